import { expect, test } from '@playwright/test'

import { E2E_ADMIN } from '../../playwright.config'
import { sendChunked, sendLargeBody } from '../helpers/rawRequest'

const TWENTY_MB = 20 * 1024 * 1024

test.describe('request bodies', () => {
  for (const chunked of [false, true]) {
    test(`a 20 MB sign-in body is refused at once with 413${chunked ? ', even without a Content-Length' : ''}`, async () => {
      const answer = await sendLargeBody('/api/users/login', {
        size: TWENTY_MB,
        chunked,
        headers: { 'Content-Type': 'application/json', 'Accept-Language': 'ru' },
      })
      expect(answer.status).toBe(413)
      expect(JSON.parse(answer.body)).toEqual({
        errors: [{ message: 'Слишком большой запрос: допускается не более 1\u00a0МБ.' }],
      })
      // Refused after the first megabyte or so, not after reading (or parsing) all twenty.
      expect(answer.bytesSent).toBeLessThan(TWENTY_MB / 2)
      expect(answer.milliseconds).toBeLessThan(5_000)
    })
  }

  test('an upload larger than 25 MB is refused with 413, even without a Content-Length', async ({
    request,
  }) => {
    const { token } = (await (await request.post('/api/users/login', { data: E2E_ADMIN })).json()) as {
      token: string
    }
    const boundary = 'e2e-boundary'
    const answer = await sendLargeBody('/api/media', {
      size: 40 * 1024 * 1024,
      chunked: true,
      headers: {
        Authorization: `JWT ${token}`,
        'Content-Type': `multipart/form-data; boundary=${boundary}`,
        'Accept-Language': 'en',
      },
      prefix:
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.jpg"\r\n` +
        'Content-Type: image/jpeg\r\n\r\n',
    })
    expect(answer.status).toBe(413)
    expect(answer.body).toContain('The file is too large: at most 25 MB is accepted.')
    expect(answer.bytesSent).toBeLessThan(40 * 1024 * 1024)
  })

  test('a small body without a Content-Length still reaches Payload whole', async () => {
    const answer = await sendChunked('/api/users/login', JSON.stringify(E2E_ADMIN), {
      'Content-Type': 'application/json',
    })
    expect(answer.status).toBe(200)
    expect(JSON.parse(answer.body)).toMatchObject({ user: { email: E2E_ADMIN.email } })
  })
})
