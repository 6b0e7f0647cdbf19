import { describe, expect, it } from 'vitest'

import {
  almatyYear,
  almatyYearRange,
  formatCitationDate,
  formatSince,
  formatDate,
  formatEventSpan,
  formatTime,
  isoInAlmaty,
} from './dates'

const NBSP = '\u00a0'

// 10:00 UTC is 15:00 in Almaty.
const talks = new Date('2026-02-13T10:00:00Z')

describe('dates in the visitor’s language, on Almaty’s clock', () => {
  it('writes a date as each language’s press service does', () => {
    expect(formatDate(talks, 'en')).toBe('13 February 2026')
    expect(formatDate(talks, 'ru')).toBe(`13${NBSP}февраля 2026${NBSP}г.`)
    expect(formatDate(talks, 'kk')).toBe(`2026${NBSP}жылғы 13${NBSP}ақпан`)
  })

  it('counts the day in Almaty, not in UTC', () => {
    // 20:30 UTC on 12 February is already 01:30 on 13 February in Almaty.
    expect(formatDate('2026-02-12T20:30:00Z', 'en')).toBe('13 February 2026')
    expect(formatTime('2026-02-12T20:30:00Z', 'ru')).toBe('01:30')
  })

  it('gives times on a 24-hour clock in every language', () => {
    expect(formatTime(talks, 'kk')).toBe('15:00')
    expect(formatTime(talks, 'en')).toBe('15:00')
  })

  it('gives machine-readable instants with Almaty’s offset', () => {
    expect(isoInAlmaty(talks)).toBe('2026-02-13T15:00+05:00')
    expect(new Date(isoInAlmaty(talks)).getTime()).toBe(talks.getTime())
  })

  it('counts years on Almaty’s calendar', () => {
    expect(almatyYear('2025-12-31T19:30:00Z')).toBe(2026)
    expect(almatyYearRange(2026)).toEqual({
      start: '2025-12-31T19:00:00.000Z',
      end: '2026-12-31T19:00:00.000Z',
    })
  })

  it('gives an event’s span on one day or over several', () => {
    expect(formatEventSpan('2026-02-13T05:00:00Z', '2026-02-13T07:30:00Z', 'ru')).toBe(
      `13${NBSP}февраля 2026${NBSP}г., 10:00–12:30`,
    )
    expect(formatEventSpan('2026-02-13T05:00:00Z', '2026-02-14T12:00:00Z', 'kk')).toBe(
      `2026${NBSP}жылғы 13${NBSP}ақпан, 10:00${NBSP}— 2026${NBSP}жылғы 14${NBSP}ақпан, 17:00`,
    )
    expect(formatEventSpan('2026-02-13T05:00:00Z', null, 'en')).toBe('13 February 2026, 10:00')
    expect(formatEventSpan('2026-02-13T05:00:00Z', '2026-02-14T12:00:00Z', 'en')).toBe(
      '13 February 2026, 10:00 – 14 February 2026, 17:00',
    )
  })

  it('says since when, the Kazakh month in the ablative', () => {
    expect(formatSince('2026-12-06T12:00:00Z', 'kk')).toBe(`2026${NBSP}жылғы 6${NBSP}желтоқсаннан бастап`)
    expect(formatSince('2026-12-06T12:00:00Z', 'ru')).toBe(`с 6${NBSP}декабря 2026${NBSP}г.`)
    expect(formatSince('2026-12-06T12:00:00Z', 'en')).toBe('since 6 December 2026')
    const months = Array.from({ length: 12 }, (_, month) =>
      formatSince(new Date(Date.UTC(2026, month, 10, 7)), 'kk').replace(`2026${NBSP}жылғы 10${NBSP}`, ''),
    )
    expect(months).toEqual([
      'қаңтардан бастап',
      'ақпаннан бастап',
      'наурыздан бастап',
      'сәуірден бастап',
      'мамырдан бастап',
      'маусымнан бастап',
      'шілдеден бастап',
      'тамыздан бастап',
      'қыркүйектен бастап',
      'қазаннан бастап',
      'қарашадан бастап',
      'желтоқсаннан бастап',
    ])
  })

  it('cites a document’s date in each language’s order, the Kazakh month with its ending', () => {
    expect(formatCitationDate('2025-11-20T12:00:00Z', 'kk')).toBe(`2025${NBSP}жылғы 20${NBSP}қарашадағы`)
    expect(formatCitationDate('2025-11-20T12:00:00Z', 'ru')).toBe(`20${NBSP}ноября 2025${NBSP}г.`)
    expect(formatCitationDate('2025-11-20T12:00:00Z', 'en')).toBe('20 November 2025')
    const endings = Array.from({ length: 12 }, (_, month) =>
      formatCitationDate(new Date(Date.UTC(2026, month, 10, 7)), 'kk').replace(
        `2026${NBSP}жылғы 10${NBSP}`,
        '',
      ),
    )
    expect(endings).toEqual([
      'қаңтардағы',
      'ақпандағы',
      'наурыздағы',
      'сәуірдегі',
      'мамырдағы',
      'маусымдағы',
      'шілдедегі',
      'тамыздағы',
      'қыркүйектегі',
      'қазандағы',
      'қарашадағы',
      'желтоқсандағы',
    ])
  })
})
