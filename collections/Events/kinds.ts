import en from '@/messages/en.json'
import kk from '@/messages/kk.json'
import ru from '@/messages/ru.json'

export const EVENT_KINDS = [
  'official-visit',
  'forum',
  'conference',
  'meeting',
  'briefing',
  'cultural',
] as const
export type EventKind = (typeof EVENT_KINDS)[number]

/** The admin's labels come from the same messages the public site shows. */
export const eventKindOptions = EVENT_KINDS.map((kind) => ({
  value: kind,
  label: { en: en.EventKind[kind], ru: ru.EventKind[kind], kk: kk.EventKind[kind] },
}))
