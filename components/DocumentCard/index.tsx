import { Link } from '@/components/Link'
import { isoInAlmaty } from '@/lib/format/dates'
import { paths } from '@/lib/pages/paths'
import type { DocumentListData } from '@/lib/reads/documents'

interface Props {
  document: DocumentListData
  /** "Соглашение № 11-1-4/245 от 13 февраля 2026 г." (lib/format/documentCitation.ts). */
  citation: string
}

/** A line of the documents list: what the document is, its number and date, then its title and summary. */
export function DocumentCard({ document, citation }: Props) {
  return (
    <article className="relative border-b border-slate-200 py-5 focus-within:ring-3 focus-within:ring-gold-400">
      <p className="text-sm text-slate-600">
        <time dateTime={isoInAlmaty(document.signedAt)}>{citation}</time>
      </p>
      <h2 className="mt-1 text-lg leading-snug font-semibold text-ministry-900">
        {/* The whole line is the link's target area; the title is its accessible name. */}
        <Link
          href={paths.document(document.slug)}
          className="after:absolute after:inset-0 focus:outline-none"
        >
          {document.title}
        </Link>
      </h2>
      {document.summary && <p className="mt-2 text-sm leading-relaxed text-slate-700">{document.summary}</p>}
    </article>
  )
}
