import { getTranslations } from 'next-intl/server'

import { locales, type Locale } from '@/i18n/locales'
import { getPathname } from '@/i18n/navigation'
import { paths } from '@/lib/pages/paths'
import type { Topic } from '@/payload-types'

const FIELD = 'mt-2 block w-full max-w-md rounded border border-slate-500 px-3 py-2 text-base'

/**
 * Subscribing to press releases: a plain POST form, so it works without JavaScript. Only the e-mail address is asked
 * for; the language (the page's unless changed) and a topic are choices, not personal data.
 */
export async function SubscribeForm({ locale, topics }: { locale: Locale; topics: Topic[] }) {
  const t = await getTranslations({ locale, namespace: 'Subscribe' })
  return (
    <form
      method="post"
      action={getPathname({ href: paths.subscribeRequest(), locale })}
      className="mt-8 max-w-xl space-y-6"
    >
      <div>
        <label htmlFor="subscribe-email" className="block font-semibold text-slate-900">
          {t('email')}
        </label>
        <p id="subscribe-email-hint" className="mt-1 text-sm text-slate-600">
          {t('emailHint')}
        </p>
        <input
          id="subscribe-email"
          name="email"
          type="email"
          required
          autoComplete="email"
          maxLength={254}
          aria-describedby="subscribe-email-hint"
          className={FIELD}
        />
      </div>
      <fieldset>
        <legend className="font-semibold text-slate-900">{t('language')}</legend>
        <div className="mt-2 flex flex-wrap gap-x-6 gap-y-2">
          {locales.map((language) => (
            <label key={language} className="inline-flex items-center gap-2">
              <input type="radio" name="language" value={language} defaultChecked={language === locale} />
              <span>{t('languageName', { language })}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div>
        <label htmlFor="subscribe-topic" className="block font-semibold text-slate-900">
          {t('topic')}
        </label>
        <p id="subscribe-topic-hint" className="mt-1 text-sm text-slate-600">
          {t('topicHint')}
        </p>
        <select id="subscribe-topic" name="topic" aria-describedby="subscribe-topic-hint" className={FIELD}>
          <option value="">{t('anyTopic')}</option>
          {topics.map((topic) => (
            <option key={topic.id} value={topic.id}>
              {topic.name}
            </option>
          ))}
        </select>
      </div>
      <button
        type="submit"
        className="rounded bg-ministry-700 px-6 py-2.5 font-semibold text-white hover:bg-ministry-800"
      >
        {t('submit')}
      </button>
    </form>
  )
}
