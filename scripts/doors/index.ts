// `npm run fuzz:doors -- [--engine sqlite|postgres|both] [--requests 20000] [--seed 2026] [--port 3106]
// [--only /admin]`: every door of the production build (`next build` first), or those whose name holds `--only`,
// on a fresh database of each engine, as anonymous, author, editor and administrator. Prints the requests it sent
// per door, kind and answer, and what went wrong; exits 1 on any finding.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { prepareDatabase, startOwnServer } from '@/e2e/helpers/ownServer'
import type { DatabaseKind } from '@/lib/config/environment'
import { createPostgresDatabase, type TestDatabase } from '@/tests/helpers/databases'

import { databaseState } from './databaseState'
import { fuzz } from './fuzz'
import { doorMap } from './map'
import { formatReport, reportJson } from './report'
import { prepareSite } from './site'

const { values } = parseArgs({
  options: {
    engine: { type: 'string', default: 'both' },
    requests: { type: 'string', default: '20000' },
    seed: { type: 'string', default: '2026' },
    port: { type: 'string', default: String(Number(process.env.E2E_PORT ?? 3100) + 6) },
    report: { type: 'string' },
    only: { type: 'string' },
  },
})
const engines: DatabaseKind[] =
  values.engine === 'both' ? ['sqlite', 'postgres'] : [values.engine as DatabaseKind]

function sqliteDatabase(): TestDatabase {
  const dir = mkdtempSync(path.join(tmpdir(), 'mfa-doors-'))
  return {
    uri: `file:${path.join(dir, 'portal.db')}`,
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  }
}

async function runOn(engine: DatabaseKind, port: number) {
  const database = engine === 'postgres' ? await createPostgresDatabase('mfa_doors') : sqliteDatabase()
  // The fuzzer speaks for many clients (X-Forwarded-For), so that per-client limits do not answer everything.
  process.env.TRUSTED_PROXIES = '127.0.0.1'
  process.env.DATABASE_URI = database.uri
  process.env.PAYLOAD_SECRET ??= 'doors-fuzz-secret'
  try {
    await prepareDatabase(database.uri, port)
    const server = await startOwnServer(database.uri, port)
    const state = await databaseState(database.uri)
    try {
      const config = await (await import('@payload-config')).default
      const site = await prepareSite(server.url)
      const report = await fuzz({
        site,
        doors: doorMap(config).filter((door) => !values.only || door.name.includes(values.only)),
        config,
        database: state,
        seed: Number(values.seed),
        requests: Number(values.requests),
      })
      console.log(formatReport(engine, report))
      if (report.findings.some((finding) => finding.problem === 'server error')) {
        // Payload logs every refusal as an error too: its distinct messages, then the causes under them.
        const errors = server.output().match(/(ERROR: .*|caused by: .*)$/gm) ?? []
        console.log(`\nWhat the server logged:\n${[...new Set(errors)].slice(0, 80).join('\n')}`)
      }
      return reportJson(report)
    } finally {
      await state.close()
      await server.stop()
    }
  } finally {
    await database.drop()
  }
}

const reports: Record<string, unknown> = {}
let findings = 0
for (const [n, engine] of engines.entries()) {
  const report = await runOn(engine, Number(values.port) + n)
  reports[engine] = report
  findings += report.findings.length
}
if (values.report) writeFileSync(values.report, JSON.stringify(reports, null, 2))
process.exit(findings > 0 ? 1 : 0)
