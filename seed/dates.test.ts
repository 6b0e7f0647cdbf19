import { describe, expect, it } from 'vitest'

import { almatyInstant } from './dates'

describe('event times counted in Almaty days', () => {
  it('places a wall-clock time in Almaty on the right UTC instant', () => {
    expect(almatyInstant(new Date('2026-11-26T12:00:00Z'), 2, '10:00')).toBe('2026-11-28T05:00:00.000Z')
  })

  it('counts from Almaty’s date when UTC is still on the day before', () => {
    // 21:00 UTC on 26 November is 02:00 on 27 November in Almaty.
    expect(almatyInstant(new Date('2026-11-26T21:00:00Z'), 0, '09:30')).toBe('2026-11-27T04:30:00.000Z')
  })

  it('goes back for past events and across months', () => {
    expect(almatyInstant(new Date('2026-03-02T06:00:00Z'), -3, '18:00')).toBe('2026-02-27T13:00:00.000Z')
  })

  it('refuses a time that is not HH:mm', () => {
    expect(() => almatyInstant(new Date(), 0, '9am')).toThrow(/HH:mm/)
  })
})
