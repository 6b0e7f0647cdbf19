import type { JsonLdThing } from '@/lib/metadata/jsonLd'
import { serializeJsonLd } from '@/lib/metadata/jsonLd'

/** Structured data for search engines; escaped so that no text inside can end the script element. */
export function JsonLd({ data }: { data: JsonLdThing }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />
}
