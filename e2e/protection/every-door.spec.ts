// A bounded sample of scripts/doors: every door of the production build tried with hostile ids, slugs, languages,
// queries, bodies, methods and content types, as anonymous, author, editor and administrator, on a fresh database of
// each engine. `npm run fuzz:doors` is the long run (docs/security.md).
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'

import { expect, test } from '@playwright/test'

/** Enough to reach every kind of door on each engine in about a minute. */
const SAMPLE = Number(process.env.DOORS_SAMPLE ?? 1500)
const SEED = process.env.DOORS_SEED ?? '2026'
// Next to the suite's own port (E2E_PORT), after those the outage and health tests use.
const PORTS = {
  sqlite: Number(process.env.E2E_PORT ?? 3100) + 6,
  postgres: Number(process.env.E2E_PORT ?? 3100) + 7,
}

interface Report {
  sent: number
  byCategory: Record<string, number>
  findings: { problem: string; request: string; detail: string }[]
}

for (const engine of ['sqlite', 'postgres'] as const) {
  test(`every door answers without a server error or a changed record on ${engine}`, async () => {
    test.setTimeout(300_000)
    const reportFile = test.info().outputPath(`${engine}.json`)
    const args = [
      '--no-install',
      'tsx',
      'scripts/doors/index.ts',
      '--engine',
      engine,
      '--requests',
      String(SAMPLE),
    ]
    const child = spawn(
      'npx',
      [...args, '--seed', SEED, '--port', String(PORTS[engine]), '--report', reportFile],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve))
    await test.info().attach(`every door on ${engine}`, { body: output, contentType: 'text/plain' })
    const report = (JSON.parse(readFileSync(reportFile, 'utf8')) as Record<string, Report>)[engine]
    expect(report?.findings, output.slice(-6000)).toEqual([])
    expect(report?.sent).toBe(SAMPLE)
    expect(Object.keys(report?.byCategory ?? {}).length).toBe(10)
    expect(code).toBe(0)
  })
}
