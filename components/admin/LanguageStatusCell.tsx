import type { DefaultServerCellComponentProps } from 'payload'

import { translationText } from '@/i18n/admin/labels/translation'
import { localeNames, locales, type Locale } from '@/i18n/locales'
import { isEditorialCollection } from '@/lib/pages/paths'

type LanguageState = 'published' | 'draft' | 'missing'

// Read out by screen readers, not shown: the symbols carry the meaning on screen.
const VISUALLY_HIDDEN = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const

const STATES: Record<LanguageState, { symbol: string; color: string; label: Record<Locale, string> }> = {
  published: {
    symbol: '●',
    color: '#15803d',
    label: { kk: 'жарияланған', ru: 'опубликовано', en: 'published' },
  },
  draft: {
    symbol: '◐',
    color: '#b45309',
    label: { kk: 'тек жоба', ru: 'только черновик', en: 'draft only' },
  },
  missing: {
    symbol: '○',
    color: '#64748b',
    label: { kk: 'жазылмаған', ru: 'не написано', en: 'not written' },
  },
}

const OUTDATED_COLOR = '#b91c1c'

/**
 * The list view's "Languages" column: per language, published (●), a draft only (◐) or not written (○), and ⚠ where
 * the translation is outdated (its source changed significantly since). Two small reads per row: the published
 * statuses, and the latest draft's titles and translation state.
 */
export async function LanguageStatusCell({
  rowData,
  collectionSlug,
  payload,
  i18n,
}: DefaultServerCellComponentProps) {
  // Payload passes the collection's slug to every cell, its config not always (in relationship drawers).
  const collection = collectionSlug
  if (!isEditorialCollection(collection)) return null
  // Payload also renders cells with no row at all (e.g. when it builds the columns of an empty table).
  if (rowData?.id === undefined) return null
  const id = Number(rowData.id)
  const [published, latest] = await Promise.all([
    payload.findByID({ collection, id, locale: 'all', depth: 0, select: { _status: true } }),
    payload.findByID({
      collection,
      id,
      locale: 'all',
      depth: 0,
      draft: true,
      select: { title: true, translations: true },
    }),
  ])
  // With locale 'all', localized values come back keyed by language.
  const status = published._status as unknown as Partial<Record<Locale, string>> | undefined
  const titles = latest.title as unknown as Partial<Record<Locale, string>> | undefined
  const adminLanguage: Locale = (locales as readonly string[]).includes(i18n.language)
    ? (i18n.language as Locale)
    : 'en'
  return (
    <span style={{ display: 'inline-flex', gap: '0.75rem', whiteSpace: 'nowrap' }}>
      {locales.map((locale) => {
        const state: LanguageState =
          status?.[locale] === 'published' ? 'published' : titles?.[locale] ? 'draft' : 'missing'
        const outdated = Boolean(latest.translations?.[locale]?.outdatedSince)
        const description = `${localeNames[locale]}: ${STATES[state].label[adminLanguage]}${
          outdated ? `, ${translationText.outdated[adminLanguage]}` : ''
        }`
        return (
          <span
            key={locale}
            title={description}
            data-language-state={state}
            data-outdated={outdated || undefined}
          >
            <span aria-hidden="true">
              <span style={{ color: STATES[state].color }}>{STATES[state].symbol}</span>{' '}
              {locale.toUpperCase()}
              {outdated ? <span style={{ color: OUTDATED_COLOR }}> ⚠</span> : null}
            </span>
            <span style={VISUALLY_HIDDEN}>{description}</span>
          </span>
        )
      })}
    </span>
  )
}
