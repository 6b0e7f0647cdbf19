import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import { getPathname } from '@/i18n/navigation'
import { FEEDBACK_COMMENT_MAX_LENGTH, FEEDBACK_THANKS_ID } from '@/lib/forms/feedback'
import { paths } from '@/lib/pages/paths'

const BUTTON =
  'inline-block cursor-pointer rounded border-2 border-ministry-700 px-5 py-1.5 font-semibold text-ministry-700 hover:bg-ministry-50'

/**
 * "Is this page useful?" at the bottom of a page: a plain POST form, so it works without JavaScript. "Yes" sends at
 * once; "No" opens a comment box (a native disclosure) with its own button. The route handler sends the visitor back
 * to `#feedback-thanks`, and CSS's `:target` then shows the thanks in place of the form: the page itself stays the
 * cached page everyone gets.
 */
export async function FeedbackForm({ locale, path }: { locale: Locale; path: string }) {
  const t = await getTranslations({ locale, namespace: 'Feedback' })
  return (
    <section aria-label={t('label')} className="feedback mt-14 border-t border-slate-200 pt-6 print:hidden">
      <p
        id={FEEDBACK_THANKS_ID}
        tabIndex={-1}
        className="feedback-thanks text-lg font-semibold text-ministry-900"
      >
        {t('thanks')}
      </p>
      <form method="post" action={getPathname({ href: paths.feedback(), locale })} className="feedback-form">
        <input type="hidden" name="page" value={getPathname({ href: path, locale })} />
        <h2 className="text-lg font-semibold text-ministry-900">{t('question')}</h2>
        <div className="mt-3 flex flex-wrap items-start gap-3">
          <button type="submit" name="answer" value="yes" className={BUTTON}>
            {t('yes')}
          </button>
          <details className="group min-w-0 flex-1">
            <summary
              className={`${BUTTON} list-none group-open:bg-ministry-50 [&::-webkit-details-marker]:hidden`}
            >
              {t('no')}
            </summary>
            <div className="mt-4 max-w-xl">
              <label htmlFor="feedback-comment" className="block font-semibold text-slate-900">
                {t('comment')}
              </label>
              <p id="feedback-comment-hint" className="mt-1 text-sm text-slate-600">
                {t('commentHint', { max: FEEDBACK_COMMENT_MAX_LENGTH })}
              </p>
              <textarea
                id="feedback-comment"
                name="comment"
                rows={4}
                maxLength={FEEDBACK_COMMENT_MAX_LENGTH}
                aria-describedby="feedback-comment-hint"
                className="mt-2 w-full rounded border border-slate-400 px-3 py-2"
              />
              <button
                type="submit"
                name="answer"
                value="no"
                className="mt-3 rounded bg-ministry-700 px-5 py-2 font-semibold text-white hover:bg-ministry-800"
              >
                {t('send')}
              </button>
            </div>
          </details>
        </div>
      </form>
    </section>
  )
}
