// The shape of the demo content. Texts are written per language; the seed turns them into Payload documents.
export interface Localized {
  kk: string
  ru: string
  en: string
}

/** Paragraphs of a body, per language. A paragraph starting with "## " becomes a subheading. */
export interface LocalizedParagraphs {
  kk: string[]
  ru: string[]
  en: string[]
}

export type Motif =
  | 'talks' // two delegations at a table, two flags
  | 'handshake'
  | 'forum' // hall with a stage and rows of seats
  | 'briefing' // lectern with microphones
  | 'cinema' // screen and film strip
  | 'monument' // a bridge-like arch
  | 'city' // skyline (Astana, Bishkek, …)
  | 'mountains'
  | 'documents' // signing of documents
  | 'concert' // stage with lights
  | 'airport' // aircraft and ramp, arrival of a delegation
  | 'conference' // round table with flags

export interface ImageSeed {
  /** File name without extension, unique across the seed, Latin letters and hyphens. */
  file: string
  motif: Motif
  /** Two or three CSS hex colours the picture is drawn in (e.g. the flags of the countries involved). */
  palette: string[]
  alt: Localized
  caption?: Localized
  credit: Localized
}

export interface TopicSeed {
  slug: string
  name: Localized
}

export interface PressReleaseSeed {
  slug: string
  /** ISO 8601 with the Almaty offset, e.g. "2026-02-13T15:30:00+05:00". */
  publishedAt: string
  topics: string[]
  title: Localized
  summary: Localized
  body: LocalizedParagraphs
  hero: ImageSeed
  gallery: ImageSeed[]
  related: string[]
}

export type EventKind = 'official-visit' | 'forum' | 'cultural' | 'briefing' | 'conference' | 'meeting'

export interface EventSeed {
  slug: string
  /** Whole days from the day the seed runs: negative for past events, positive for upcoming ones. */
  startsInDays: number
  /** Local time in Asia/Almaty, "HH:mm". */
  startsAt: string
  /** Days after the start day on which the event ends (0 for the same day). */
  endsAfterDays: number
  /** Local time in Asia/Almaty, "HH:mm". */
  endsAt: string
  kind: EventKind
  topics: string[]
  title: Localized
  location: Localized
  summary: Localized
  body: LocalizedParagraphs
  images: ImageSeed[]
  registrationUrl?: string
  broadcastUrl?: string
}

export type DocumentKind = 'order' | 'statement' | 'agreement' | 'joint-statement' | 'memorandum' | 'protocol'

export interface DocumentSeed {
  slug: string
  documentType: DocumentKind
  number?: string
  /** The day of signing, "YYYY-MM-DD". */
  signedOn: string
  topics: string[]
  title: Localized
  place: Localized
  signatory?: Localized
  summary: Localized
  /** The text printed on the PDF's page, per language. */
  text: Localized
}
