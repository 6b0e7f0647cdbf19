import { readFileSync } from 'node:fs'

import { expect, test } from '@playwright/test'

import { staffAuthorization } from '../helpers/staff'

test.describe('uploads', () => {
  test('a file address cannot lead out of the media folder', async ({ request }) => {
    const secret = readFileSync('package.json', 'utf8').slice(0, 40)
    for (const path of [
      '/api/media/file/..%2F..%2F..%2Fpackage.json',
      '/api/media/file/%2e%2e%2f%2e%2e%2f%2e%2e%2fpackage.json',
      '/api/media/file/..%5C..%5C..%5Cpackage.json',
      '/api/media/file/....//....//....//package.json',
    ]) {
      const answer = await request.get(path)
      expect(answer.status(), path).toBeGreaterThanOrEqual(400)
      expect(answer.status(), path).toBeLessThan(500)
      expect(await answer.text(), path).not.toContain(secret)
    }
  })

  test('a page disguised as a photo is refused with a clear 400, in the uploader’s language', async ({
    request,
  }) => {
    const answer = await request.post('/api/media', {
      headers: { ...(await staffAuthorization(request)), 'Accept-Language': 'ru' },
      multipart: {
        file: {
          name: 'photo.png',
          mimeType: 'image/png',
          buffer: Buffer.from('<html><script>1</script></html>'),
        },
        _payload: JSON.stringify({ alt: 'Фото' }),
      },
    })
    expect(answer.status()).toBe(400)
    expect(JSON.stringify(await answer.json())).toContain('Этот тип файла не принимается')
  })
})
