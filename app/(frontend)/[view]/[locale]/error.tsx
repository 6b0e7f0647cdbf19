'use client'

import { useErrorTexts } from '@/components/ErrorTexts/ErrorTexts.client'

export default function ErrorPage({ reset }: { reset: () => void }) {
  const t = useErrorTexts()
  return (
    <div className="max-w-2xl" role="alert">
      <h1 className="text-3xl font-bold text-ministry-900">{t.title}</h1>
      <p className="mt-4 text-lg text-slate-700">{t.text}</p>
      <button
        type="button"
        onClick={reset}
        className="mt-6 rounded bg-ministry-700 px-4 py-2 font-semibold text-white hover:bg-ministry-800"
      >
        {t.retry}
      </button>
    </div>
  )
}
