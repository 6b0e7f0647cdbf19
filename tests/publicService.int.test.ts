// Issue #10, "publish like a government": the urgent notice of the site settings and visitors' "Is this page useful?"
// answers, on the engine of the Vitest project; the parts in publicService/.
import type { Payload } from 'payload'
import { describe } from 'vitest'

import { locales } from '@/i18n/locales'
import { site } from '@/seed/content/site'

import { testEngine } from './helpers/engine'
import { feedbackTests } from './publicService/feedback'
import { urgentNoticeTests } from './publicService/urgentNotice'
import { suiteContext } from './security/context'

const { kind, createDatabase } = testEngine()

describe(`public service on ${kind}`, () => {
  const get = suiteContext('public service', kind, createDatabase, seedSite)
  describe('the urgent notice', () => urgentNoticeTests(get))
  describe('“Is this page useful?”', () => feedbackTests(get))
})

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
