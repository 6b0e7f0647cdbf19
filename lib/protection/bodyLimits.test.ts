import { describe, expect, it } from 'vitest'

import { bodyProblem, nestsTooDeep } from './bodyLimits'

const bytes = (text: string) => new TextEncoder().encode(text)
const problem = (contentType: string, body: string, extra: Record<string, string> = {}) =>
  bodyProblem(new Headers({ 'content-type': contentType, ...extra }), bytes(body))

describe('a body sent to the REST API', () => {
  it('is a JSON object, or nothing', () => {
    expect(problem('application/json', '{"title": "Переговоры"}')).toBeNull()
    expect(problem('application/json; charset=utf-8', '{}')).toBeNull()
    expect(problem('text/plain', '')).toBeNull()
  })

  it('is refused as JSON when it is a string, a number, null or a list', () => {
    for (const body of ['"published"', '42', 'null', 'true', '[1, 2]'])
      expect(problem('application/json', body), body).toBe('bodyNotObject')
  })

  it('is refused under any other content type, unless it is Payload’s query sent by POST', () => {
    for (const type of [
      'text/plain',
      'application/xml',
      'application/x-www-form-urlencoded',
      'application/json, text/html',
      '',
    ])
      expect(problem(type, '{"a": 1}'), type).toBe('bodyNotJson')
    expect(
      problem('application/x-www-form-urlencoded', 'where[title][equals]=x', {
        'X-Payload-HTTP-Method-Override': 'GET',
      }),
    ).toBeNull()
  })

  it('is refused when a text, or a field’s name, holds a NUL or half of a surrogate pair', () => {
    for (const body of [
      '{"title": "a\\u0000b"}',
      '{"value": {"columns": ["\\ud800"]}}',
      '{"value": {"a\\u0000": 1}}',
      '{"title": "x\\udc00y"}',
    ])
      expect(problem('application/json', body), body).toBe('bodyUnstorableText')
    expect(problem('application/json', '{"title": "Бішкек 🇰🇿 \\ud83c\\uddf0"}')).toBeNull()
  })

  it('is refused when its objects and arrays nest deeper than 100 levels, which overflowed Payload’s copy of it', () => {
    const nested = (levels: number) => `${'{"a":['.repeat(levels / 2)}1${']}'.repeat(levels / 2)}`
    expect(problem('application/json', nested(100))).toBeNull()
    expect(problem('application/json', nested(102))).toBe('bodyTooDeep')
    expect(problem('application/json', nested(4000))).toBe('bodyTooDeep')
    // Rich text with a list nested eight deep, as the editor makes it: root, paragraphs, lists in list items.
    let node: object = { type: 'text', text: 'Астана' }
    for (let level = 0; level < 8; level++)
      node = { type: 'list', children: [{ type: 'listitem', children: [node] }] }
    expect(nestsTooDeep({ body: { root: { children: [node] } } })).toBe(false)
  })

  it('leaves malformed JSON to Payload’s own 400', () => {
    expect(problem('application/json', '{"title": "x')).toBeNull()
  })
})
