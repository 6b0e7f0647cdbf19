// Another server process saving releases into the same SQLite file, as a second instance, a job runner or a script
// would: it starts Payload on DATABASE_URI, says it is ready, and on "go" saves a Russian text into each release id
// given on its command line, all at once, then prints what became of each save as one line of JSON.
import { createInterface } from 'node:readline'

import { ANSWERS, READY, saveRussian } from './savingProtocol'

const ids = process.argv.slice(2).map(Number)
const { default: config } = await import('@payload-config')
const { getPayload } = await import('payload')
const payload = await getPayload({ config })

const lines = createInterface({ input: process.stdin })
console.log(READY)
for await (const line of lines) {
  if (line === 'go') break
}
const results = await Promise.allSettled(ids.map((id) => saveRussian(payload, id)))
const answers = results.map((result) => (result.status === 'fulfilled' ? 'saved' : why(result.reason)))
console.log(`${ANSWERS}${JSON.stringify(answers)}`)
lines.close()
await payload.destroy()
process.exit(0)

/** The database's own words come as the cause of Drizzle's "Failed query". */
function why(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : ''
  return `${String(error).slice(0, 80)}${cause}`
}
