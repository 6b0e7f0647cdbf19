import { adminQueryText } from '@/i18n/admin/labels/adminQuery'
import { inAdminLanguage } from '@/i18n/admin/labels/text'
import type { RefusedAdminQuery as Refusal } from '@/lib/protection/adminQuery'

/** Said in place of an admin view whose address holds a query it cannot use, with the way back to the view. */
export function RefusedAdminQuery({ refusal, language }: { refusal: Refusal; language: string }) {
  const text = adminQueryText[refusal.part]
  return (
    <main
      className="refused-admin-query"
      style={{ maxWidth: '48rem', margin: '0 auto', padding: '4rem 1.5rem' }}
    >
      <h1 style={{ marginBottom: '1rem' }}>{inAdminLanguage(text.heading, language)}</h1>
      <p>{inAdminLanguage(text.explanation, language)}</p>
      <p style={{ opacity: 0.75 }}>
        {inAdminLanguage(adminQueryText.details, language)}: <code>{refusal.reason}</code>
      </p>
      <p style={{ marginTop: '2rem' }}>
        <a className="btn btn--style-primary btn--size-medium" href={refusal.path}>
          {inAdminLanguage(text.back, language)}
        </a>
      </p>
    </main>
  )
}
