import type { Payload } from 'payload'

import { paragraphsToRichText } from '@/seed/richText'

/** What a saving process says on its standard output, among Payload's own log lines. */
export const READY = 'ready to save'
export const ANSWERS = 'answers: '

/** The save every writer in the burst makes, in this process or another: a Russian text, published. */
export function saveRussian(payload: Payload, id: number) {
  return payload.update({
    collection: 'press-releases',
    id,
    locale: 'ru',
    context: { disableRevalidate: true },
    data: {
      title: `Русский текст ${id}`,
      summary: 'Кратко',
      body: paragraphsToRichText(['Текст']),
      _status: 'published',
    },
  })
}
