import { NextRequest } from 'next/server'
import { describe, expect, it } from 'vitest'

import { preferredAdminLanguage, withAdminLanguage } from './requestLanguage'

describe('the admin language a browser asks for', () => {
  it.each([
    ['kk-KZ,kk;q=0.9,ru;q=0.8,en-US;q=0.7', 'kk'],
    ['kk', 'kk'],
    ['ru-RU,ru;q=0.9,en;q=0.8', 'ru'],
    ['en-GB,en;q=0.9', 'en'],
    ['de-DE,de;q=0.9,ru;q=0.5', 'ru'],
    ['en;q=0.5,kk;q=0.8', 'kk'],
    ['ru;q=0,en', 'en'],
    ['KK-kz', 'kk'],
  ])('%s gets %s', (header, language) => {
    expect(preferredAdminLanguage(header)).toBe(language)
  })

  it('is Kazakh, the state language, when the browser names none of the three or nothing', () => {
    expect(preferredAdminLanguage('de-DE,fr;q=0.8')).toBe('kk')
    expect(preferredAdminLanguage('*')).toBe('kk')
    expect(preferredAdminLanguage(null)).toBe('kk')
  })
})

const adminRequest = (headers: Record<string, string>) =>
  new NextRequest('http://localhost/admin/collections/press-releases', { headers })

describe('handing the language to Payload', () => {
  it('passes the browser’s language on as if chosen, keeping the other cookies', () => {
    const response = withAdminLanguage(
      adminRequest({ 'accept-language': 'kk-KZ,kk;q=0.9,ru;q=0.8', cookie: 'payload-token=abc' }),
    )
    expect(response.headers.get('x-middleware-request-cookie')).toBe('payload-token=abc; payload-lng=kk')
    // Nothing is stored in the browser: only the user's own choice is.
    expect(response.headers.get('set-cookie')).toBeNull()
  })

  it('leaves the user’s own choice alone', () => {
    const response = withAdminLanguage(adminRequest({ 'accept-language': 'kk', cookie: 'payload-lng=ru' }))
    expect(response.headers.get('x-middleware-request-cookie')).toBeNull()
  })
})
