import { createServer, type ServerResponse, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { SEARCHES_AT_ONCE, searchTurns, serveInTurn, TURN_AT_MOST_MS } from './searchTurns.mjs'
import { locales } from '../i18n/locales'

describe('searches taking turns', () => {
  let server: Server
  let base: string
  /** Renders the handler has begun and the test has not finished, by address, in the order they began. */
  const begun: { url: string; response: ServerResponse }[] = []

  beforeAll(async () => {
    server = createServer((request, response) => {
      serveInTurn(request, response, () => begun.push({ url: request.url ?? '', response }))
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(async () => {
    server.closeAllConnections()
    await new Promise<void>((resolve) => server.close(() => resolve()))
  })

  const until = async (condition: () => boolean) => {
    for (let tries = 0; !condition(); tries++) {
      if (tries > 200) throw new Error('timed out')
      await new Promise((resolve) => setTimeout(resolve, 5))
    }
  }
  const finish = (url: string) => {
    const at = begun.findIndex((render) => render.url === url)
    const [render] = begun.splice(at, 1)
    render?.response.end(`answer to ${url}`)
  }

  it('renders a few searches at once, starts the others in the order they came, and never holds other pages', async () => {
    const urls = ['/ru/search?q=1', '/kk/search?q=2', '/en/search/?q=3', '/ru/search?q=4']
    expect(SEARCHES_AT_ONCE).toBe(2)
    const answers: Promise<string>[] = []
    for (const url of urls) {
      answers.push(fetch(base + url).then((response) => response.text()))
      // One at a time, so that the order they came in is known.
      await until(() => searchTurns().running + searchTurns().waiting === answers.length)
    }
    expect(begun.map((render) => render.url)).toEqual(urls.slice(0, 2))
    expect(searchTurns()).toEqual({ running: 2, waiting: 2 })

    // A release, or a list whose address merely holds "search", is served while searches wait.
    const release = fetch(`${base}/ru/press-releases/search-and-rescue`).then((response) => response.text())
    await until(() => begun.length === 3)
    finish('/ru/press-releases/search-and-rescue')
    expect(await release).toBe('answer to /ru/press-releases/search-and-rescue')

    finish('/kk/search?q=2')
    await until(() => begun.some((render) => render.url === urls[2]))
    expect(begun.map((render) => render.url)).toEqual([urls[0], urls[2]])
    finish(urls[0]!)
    finish(urls[2]!)
    await until(() => begun.length === 1)
    finish(urls[3]!)
    expect(await Promise.all(answers)).toEqual(urls.map((url) => `answer to ${url}`))
    await until(() => searchTurns().running === 0)
    expect(searchTurns()).toEqual({ running: 0, waiting: 0 })
  })

  it.each(locales)(
    'takes the searches of /%s in turn, as of every language of i18n/locales.ts',
    async (locale) => {
      const answer = fetch(`${base}/${locale}/search?q=x`).then((response) => response.text())
      await until(() => begun.length === 1)
      expect(searchTurns().running).toBe(1)
      finish(`/${locale}/search?q=x`)
      expect(await answer).toBe(`answer to /${locale}/search?q=x`)
      await until(() => searchTurns().running === 0)
    },
  )

  it('starts the next search when one still renders after its turn, as one waiting on a silent database does', async () => {
    const urls = ['/ru/search?q=x', '/ru/search?q=y', '/ru/search?q=z']
    const answers = urls.map((url) => fetch(base + url).then((response) => response.text()))
    await until(() => begun.length === 2 && searchTurns().waiting === 1)
    const full = performance.now()
    await until(() => begun.length === 3)
    expect(performance.now() - full).toBeGreaterThan(TURN_AT_MOST_MS - 50)
    for (const url of urls) finish(url)
    expect(await Promise.all(answers)).toEqual(urls.map((url) => `answer to ${url}`))
    await until(() => searchTurns().running === 0)
  })

  it('gives up the turn of a visitor who left, whether waiting or being answered', async () => {
    const first = new AbortController()
    const leaving = new AbortController()
    const answers = [
      fetch(`${base}/ru/search?q=a`, { signal: first.signal }).catch(() => 'left'),
      fetch(`${base}/ru/search?q=b`).then((response) => response.text()),
    ]
    await until(() => begun.length === 2)
    const left = fetch(`${base}/ru/search?q=c`, { signal: leaving.signal }).catch(() => 'left')
    await until(() => searchTurns().waiting === 1)
    leaving.abort()
    expect(await left).toBe('left')
    await until(() => searchTurns().waiting === 0)

    const last = fetch(`${base}/ru/search?q=d`).then((response) => response.text())
    await until(() => searchTurns().waiting === 1)
    // The first visitor leaves during the render: the waiting search starts, not the one that left before it.
    first.abort()
    await until(() => begun.some((render) => render.url === '/ru/search?q=d'))
    expect(begun.map((render) => render.url)).not.toContain('/ru/search?q=c')
    finish('/ru/search?q=a')
    finish('/ru/search?q=b')
    finish('/ru/search?q=d')
    expect(await Promise.all([...answers, last])).toEqual([
      'left',
      'answer to /ru/search?q=b',
      'answer to /ru/search?q=d',
    ])
    await until(() => searchTurns().running === 0)
  })
})
