'use client'
import { useTranslation } from '@payloadcms/ui'
import type { ReactNode } from 'react'
import { registerLocale, setDefaultLocale } from 'react-datepicker'

// Payload's date picker registers the admin's date-fns locale in an effect, after it has rendered, and the locale
// itself arrives a moment after the first render: its input keeps the English "February 13th, 2026, 11:00" until
// something else renders it again. Registered here, while the admin around every picker renders, each picker is
// drawn in the admin's language from its first render: «2026 жылғы 13 ақпан, 11:00», «13 февраля 2026 г., 11:00».
// Registering is idempotent and global to react-datepicker, hence safe to repeat on each render.
export function DatePickerLocale({ children }: { children?: ReactNode }) {
  const { i18n } = useTranslation()
  if (i18n.dateFNS) {
    // The names Payload registers under (its getFormattedLocale), so both registrations agree.
    const name = i18n.language === 'en' ? 'enUS' : i18n.language
    registerLocale(name, i18n.dateFNS)
    setDefaultLocale(name)
  }
  return children
}
