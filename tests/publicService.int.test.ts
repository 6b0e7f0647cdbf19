// Issue #10, "publish like a government": the urgent notice of the site settings and visitors' "Is this page useful?"
// answers, run against each database engine by the publicService.*.int.test.ts files.
import type { Payload } from 'payload'
import { describe } from 'vitest'

import { locales } from '@/i18n/locales'
import type { DatabaseKind } from '@/lib/config/environment'
import { site } from '@/seed/content/site'

import type { TestDatabase } from './helpers/databases'
import { suiteContext } from './security/context'
import { feedbackTests } from './publicService/feedback'
import { urgentNoticeTests } from './publicService/urgentNotice'
import { testEngine } from './helpers/engine'

function publicServiceSuite(kind: DatabaseKind, createDatabase: () => TestDatabase | Promise<TestDatabase>) {
  describe(`public service on ${kind}`, () => {
    const get = suiteContext('public service', kind, createDatabase, seedSite)
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

const { kind, createDatabase } = testEngine()
publicServiceSuite(kind, createDatabase)
