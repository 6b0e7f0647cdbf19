// What an attacker or a broken client puts where an id, a slug, a language or a body belongs.
import type { FlattenedField } from 'payload'

/** Written into fields a client must not set: if any of these is ever stored, a field was let through. */
export const MARKERS = {
  text: 'fuzz-forbidden-7c1',
  date: '2001-02-03T04:05:06.789Z',
  id: 987654321,
} as const

export const HOSTILE_IDS = [
  'abc',
  'undefined',
  'null',
  'NaN',
  'Infinity',
  '-1',
  '0',
  '1.5',
  '1e3',
  '0x1f',
  '%00',
  '1%00',
  '%2F',
  '..%2F..%2Fusers',
  '%252F',
  '9'.repeat(40),
  '9007199254740993',
  '%20',
  '1%20OR%201%3D1',
  '%E2%80%AE1',
  '%3Cscript%3E',
  '%C0%AF',
  '%FF',
  '[object%20Object]',
]

export const HOSTILE_SLUGS = [
  'does-not-exist',
  'UPPER-case',
  'қазақстан',
  '%D2%9B%D0%B0%D0%B7%D0%B0%D2%9B',
  '%00',
  'a%00b',
  '%2F..%2F..%2Fetc%2Fpasswd',
  '..',
  '%2E%2E',
  '-',
  '--x--',
  'a'.repeat(2000),
  '%F0%9F%87%B0%F0%9F%87%BF',
  '%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  "'%20OR%201%3D1--",
  '%25',
  '%C0%AF',
  '%FF%FE',
  'x.json',
  '__proto__',
  'constructor',
  '1',
]

export const HOSTILE_LOCALES = ['xx', 'KK', 'kk-KZ', 'ru_RU', 'en%00', '..', 'all', 'undefined', 'EN']

export const HOSTILE_VALUES = [
  '',
  '0',
  '-1',
  '1e309',
  'abc',
  'true',
  '%00',
  'Қазақстан',
  '<script>alert(1)</script>',
  '../../../etc/passwd',
  'http://169.254.169.254/latest/meta-data/',
  'javascript:alert(1)',
  '//evil.example/',
  'a'.repeat(5000),
  '%FF%FE',
  '[]',
  '{}',
]

export const HOSTILE_CONTENT_TYPES = [
  'text/plain',
  'application/xml',
  'multipart/form-data',
  'multipart/form-data; boundary=x',
  'application/x-www-form-urlencoded',
  'application/json; charset=utf-16',
  'application/octet-stream',
  'application/json, text/html',
]

/** A body whose nesting is a denial of service for a recursive walker: JSON.parse accepts it. */
const deeplyNested = (depth: number) => `${'{"a":['.repeat(depth)}1${']}'.repeat(depth)}`

/** Bodies that are not what any door takes: the raw text sent, and whether it claims to be JSON. */
export const BROKEN_BODIES: { name: string; text: string }[] = [
  { name: 'empty', text: '' },
  { name: 'truncated', text: '{"title": "Переговоры' },
  { name: 'not JSON', text: 'title=abc&_status=published' },
  { name: 'array', text: '[1,2,3]' },
  { name: 'string', text: '"published"' },
  { name: 'number', text: '42' },
  { name: 'null', text: 'null' },
  { name: 'nested 2000', text: deeplyNested(2000) },
  { name: 'nested 20', text: deeplyNested(20) },
  {
    name: 'prototype',
    text: '{"__proto__": {"role": "admin"}, "constructor": {"prototype": {"role": "admin"}}}',
  },
  { name: 'oversize', text: JSON.stringify({ title: 'x'.repeat(1_100_000) }) },
  { name: 'BOM', text: '\uFEFF{"title": "x"}' },
  { name: 'NUL', text: '{"title": "a\\u0000b"}' },
  { name: 'lone surrogate', text: '{"title": "\\ud800"}' },
]

/** Values of the wrong type for a field, by what the field takes. */
export function wrongTypesFor(field: Pick<FlattenedField, 'type'>): unknown[] {
  const common = [null, {}, [], { $ne: 1 }, 'x'.repeat(70_000)]
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'email':
      return [...common, 1, true, ['a'], { kk: 'a' }]
    case 'number':
      return [...common, 'abc', '1e309', Number.MAX_SAFE_INTEGER * 10]
    case 'date':
      return [...common, 'notadate', '2026-13-45', 1e20, -1]
    case 'checkbox':
      return [...common, 'yes', 2]
    case 'select':
    case 'radio':
      return [...common, 'no-such-option', 1]
    case 'relationship':
    case 'upload':
      return [...common, 'abc', -1, 1.5, MARKERS.id, [MARKERS.id], { relationTo: 'users', value: 1 }]
    case 'richText':
      return [...common, 'plain text', { root: 'x' }, { root: { children: 'x' } }]
    default:
      return [...common, 'x', 1]
  }
}

/**
 * Fields no client may set, with values that are found if ever stored: the record's own bookkeeping, another user's
 * id, a role, the publication records the hooks keep, an account's secrets.
 */
export function forbiddenFields(otherUserId: number): Record<string, unknown> {
  return {
    id: MARKERS.id,
    createdAt: MARKERS.date,
    firstPublishedAt: MARKERS.date,
    lastUpdatedAt: MARKERS.date,
    withdrawnAt: MARKERS.date,
    publicationLog: [{ at: MARKERS.date, by: otherUserId, reviewed: true, reason: MARKERS.text }],
    changeHistory: [{ at: MARKERS.date, note: MARKERS.text }],
    reviewSubmittedBy: otherUserId,
    hash: MARKERS.text,
    salt: MARKERS.text,
    resetPasswordToken: MARKERS.text,
    loginAttempts: 0,
    sessions: [{ id: MARKERS.text, createdAt: MARKERS.date, expiresAt: '2099-01-01T00:00:00.000Z' }],
    // An address to fetch the file from, which Payload's safeFetch refuses (lib/protection/bodyLimits.ts).
    url: `http://127.0.0.1:9/${MARKERS.text}.png`,
    filename: `${MARKERS.text}.png`,
    mimeType: 'text/html',
    searchText: MARKERS.text,
  }
}
