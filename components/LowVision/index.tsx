import { getFormatter, getTranslations } from 'next-intl/server'
import type { ReactNode } from 'react'

import type { Locale } from '@/i18n/locales'
import { getPathname } from '@/i18n/navigation'
import type { LowVisionSettings } from '@/lib/pages/lowVision'
import { CONTRASTS, IMAGE_MODES, TEXT_SIZES } from '@/lib/pages/lowVision'
import { paths } from '@/lib/pages/paths'

interface Props {
  locale: Locale
  /** The page this form is on, without the language: where the visitor comes back to. */
  path: string
  settings: LowVisionSettings | null
}

/**
 * A plain GET form to the settings route (app/(frontend)/[locale]/low-vision), which keeps the choice in a cookie and
 * redirects back: the version works without JavaScript.
 */
function SettingsForm({ locale, path, children }: { locale: Locale; path: string; children: ReactNode }) {
  return (
    <form method="get" action={getPathname({ href: paths.lowVisionSettings(), locale })} className="contents">
      <input type="hidden" name="back" value={getPathname({ href: path, locale })} />
      {children}
    </form>
  )
}

const option =
  'min-h-8 min-w-8 rounded border-2 border-slate-900 px-3 py-1 font-semibold aria-pressed:bg-slate-900 aria-pressed:text-white hover:underline'

/** The version for the visually impaired: one button in the standard version, its settings bar once switched on. */
export async function LowVision({ locale, path, settings }: Props) {
  const [t, format] = await Promise.all([
    getTranslations({ locale, namespace: 'LowVision' }),
    getFormatter({ locale }),
  ])
  if (!settings) {
    return (
      <SettingsForm locale={locale} path={path}>
        <button
          type="submit"
          name="mode"
          value="on"
          className="flex min-h-11 items-center gap-2 rounded border border-white/60 px-3 py-1.5 text-left text-sm font-semibold hover:bg-white/10"
        >
          <svg
            aria-hidden="true"
            viewBox="0 0 24 24"
            className="size-5 shrink-0"
            fill="none"
            stroke="currentColor"
          >
            <path strokeWidth="2" d="M2 12s3.6-7 10-7 10 7 10 7-3.6 7-10 7S2 12 2 12Z" />
            <circle cx="12" cy="12" r="3" strokeWidth="2" />
          </svg>
          {t('toggle')}
        </button>
      </SettingsForm>
    )
  }
  const groups = [
    {
      id: 'low-vision-text',
      label: t('textSize'),
      name: 'text',
      options: TEXT_SIZES.map((size) => ({
        value: size,
        label: format.number(Number(size) / 100, { style: 'percent' }),
        pressed: settings.text === size,
      })),
    },
    {
      id: 'low-vision-contrast',
      label: t('contrast'),
      name: 'contrast',
      options: CONTRASTS.map((contrast) => ({
        value: contrast,
        label: t(contrast === 'high' ? 'contrastHigh' : 'contrastStandard'),
        pressed: settings.contrast === contrast,
      })),
    },
    {
      id: 'low-vision-images',
      label: t('images'),
      name: 'images',
      options: IMAGE_MODES.map((mode) => ({
        value: mode,
        label: t(mode === 'hidden' ? 'imagesHidden' : 'imagesShown'),
        pressed: settings.images === mode,
      })),
    },
  ]
  return (
    <section
      aria-label={t('toggle')}
      className="border-b-4 border-slate-900 bg-white text-slate-900 print:hidden"
    >
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-8 gap-y-2 px-4 py-2">
        <SettingsForm locale={locale} path={path}>
          {groups.map((group) => (
            <div
              key={group.id}
              role="group"
              aria-labelledby={group.id}
              className="flex flex-wrap items-center gap-2"
            >
              <span id={group.id} className="font-semibold">
                {group.label}:
              </span>
              {group.options.map((choice) => (
                <button
                  key={choice.value}
                  type="submit"
                  name={group.name}
                  value={choice.value}
                  aria-pressed={choice.pressed}
                  className={option}
                >
                  {choice.label}
                </button>
              ))}
            </div>
          ))}
          <button type="submit" name="mode" value="off" className={`${option} ml-auto`}>
            {t('off')}
          </button>
        </SettingsForm>
      </div>
    </section>
  )
}
