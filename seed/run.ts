// `npm run seed [-- --reset]`: fills the database that DATABASE_URI selects with the demo content.
import config from '@payload-config'
import { getPayload } from 'payload'

import { adminLogin, upsertAdmin } from './admin'
import { seed } from './index'

const reset = process.argv.includes('--reset')
const payload = await getPayload({ config })
try {
  const summary = await seed(payload, { reset })
  const login = adminLogin()
  await upsertAdmin(payload, login)
  console.log(
    `Seeded ${summary.pressReleases} press releases, ${summary.events} events, ${summary.topics} topics ` +
      `and ${summary.media} images in kk, ru and en${reset ? ' (after a reset)' : ''}.`,
  )
  console.log(`Administrator: ${login.email}`)
} finally {
  await payload.destroy()
}
process.exit(0)
