// `npm run seed [-- --reset] [-- --bulk]`: fills the database that DATABASE_URI selects with the demo content;
// `--bulk` adds a 10,000-release archive on top of it (seed/bulk.ts).
import { getPayload } from 'payload'

import { refreshPlannerStatistics } from '@/lib/database/plannerStatistics'
import config from '@payload-config'

import { adminLogin, upsertAdmin } from './admin'
import { seedBulk } from './bulk'
import { seed } from './index'

const reset = process.argv.includes('--reset')
const bulk = process.argv.includes('--bulk')
const payload = await getPayload({ config })
try {
  const summary = await seed(payload, { reset })
  const login = adminLogin()
  await upsertAdmin(payload, login)
  console.log(
    `Seeded ${summary.pressReleases} press releases, ${summary.events} events, ${summary.documents} documents, ` +
      `${summary.topics} topics and ${summary.media} images and PDFs in kk, ru and en${reset ? ' (after a reset)' : ''}.`,
  )
  console.log(`Administrator: ${login.email}`)
  if (bulk) {
    const started = performance.now()
    const added = await seedBulk(payload)
    await refreshPlannerStatistics(payload)
    const seconds = ((performance.now() - started) / 1000).toFixed(0)
    console.log(
      `Bulk archive: added ${added.pressReleases} press releases and ${added.events} events in ${seconds} s.`,
    )
  }
} finally {
  await payload.destroy()
}
process.exit(0)
