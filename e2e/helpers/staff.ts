import type { APIRequestContext } from '@playwright/test'
import { expect } from '@playwright/test'

import { E2E_ADMIN } from '../../playwright.config'

/** Signs the seeded administrator in through REST and returns the header that authorizes further calls. */
export async function staffAuthorization(request: APIRequestContext): Promise<{ Authorization: string }> {
  const response = await request.post('/api/users/login', { data: E2E_ADMIN })
  expect(response.ok()).toBe(true)
  const { token } = (await response.json()) as { token: string }
  return { Authorization: `JWT ${token}` }
}

/** Lexical's stored form of one paragraph. */
export function paragraph(text: string) {
  return {
    root: {
      type: 'root',
      version: 1,
      direction: 'ltr',
      format: '',
      indent: 0,
      children: [
        {
          type: 'paragraph',
          version: 1,
          direction: 'ltr',
          format: '',
          indent: 0,
          children: [{ type: 'text', version: 1, text, format: 0, style: '', mode: 'normal', detail: 0 }],
        },
      ],
    },
  }
}
