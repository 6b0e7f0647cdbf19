import { readFileSync } from 'node:fs'

import { expect, test } from '@playwright/test'

import { COMPILE_HINT } from '../../server/compileHints.mjs'

// The build under test is the one the server serves (playwright.config.ts starts `next start` on it).
const { rootMainFiles } = JSON.parse(readFileSync('.next/build-manifest.json', 'utf8')) as {
  rootMainFiles: string[]
}

test('the framework scripts a page starts with reach the browser marked for compiling as they load', async ({
  request,
}) => {
  const page = await (await request.get('/ru')).text()
  expect(rootMainFiles.length).toBeGreaterThan(0)
  for (const script of rootMainFiles) {
    const address = `/_next/${script}`
    expect(page, `the page loads ${address}`).toContain(`src="${address}`)
    const response = await request.get(address)
    expect(response.status()).toBe(200)
    expect((await response.text()).startsWith(COMPILE_HINT), address).toBe(true)
  }
})
