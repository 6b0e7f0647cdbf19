// Issue #10, "publish like a government": the urgent notice of the site settings and visitors' "Is this page useful?"
// answers, run against each database engine by the publicService.*.int.test.ts files.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe } from 'vitest'

import { locales } from '@/i18n/locales'
import type { DatabaseKind } from '@/lib/config'
import { site } from '@/seed/content/site'

import type { TestDatabase } from '../helpers/databases'
import { startPayload, stopPayload } from '../helpers/payload'
import { SecurityContext } from '../security/context'
import { SITE } from '../security/rest'
import { feedbackTests } from './feedback'
import { urgentNoticeTests } from './urgentNotice'

export function publicServiceSuite(
  kind: DatabaseKind,
  createDatabase: () => TestDatabase | Promise<TestDatabase>,
) {
  describe(`public service on ${kind}`, () => {
    let database: TestDatabase
    let payload: Payload | undefined
    let context: SecurityContext | undefined

    beforeAll(async () => {
      // REST requests are made as from this origin (Payload's csrf list), as in the security suite.
      process.env.SITE_URL = SITE
      database = await createDatabase()
      payload = await startPayload(database.uri, kind)
      context = new SecurityContext(payload, kind)
      await seedSite(payload)
    })

    afterAll(async () => {
      await stopPayload(payload)
      await database?.drop()
    })

    const get = () => {
      if (!context) throw new Error('The public service suite did not start')
      return context
    }
    describe('the urgent notice', () => urgentNoticeTests(get))
    describe('“Is this page useful?”', () => feedbackTests(get))
  })
}

/** The settings as the seed publishes them, in every language: what an editor's notice is saved beside. */
async function seedSite(payload: Payload): Promise<void> {
  let navigationIds: (string | null | undefined)[] = []
  for (const locale of locales) {
    const saved = await payload.updateGlobal({
      slug: 'site',
      locale,
      context: { disableRevalidate: true },
      data: {
        _status: 'published',
        ministryName: site.ministryName[locale],
        contacts: {
          ...site.contacts,
          address: site.contacts.address[locale],
          hours: site.contacts.hours[locale],
        },
        navigation: site.navigation.map((item, index) => ({
          id: navigationIds[index],
          path: item.path,
          label: item.label[locale],
        })),
      },
    })
    navigationIds = saved.navigation?.map((item) => item.id) ?? []
  }
}
