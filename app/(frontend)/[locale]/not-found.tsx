import { useTranslations } from 'next-intl'

import { Link } from '@/i18n/navigation'

export default function NotFound() {
  const t = useTranslations('NotFound')
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl font-bold text-ministry-900">{t('title')}</h1>
      <p className="mt-4 text-lg text-slate-700">{t('text')}</p>
      <p className="mt-6">
        <Link href="/" className="font-semibold text-ministry-700 underline underline-offset-4">
          {t('back')}
        </Link>
      </p>
    </div>
  )
}
