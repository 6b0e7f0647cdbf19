import { describe, expect, it } from 'vitest'

import { FEEDBACK_PER_CLIENT, FEEDBACK_WINDOW_SECONDS, FeedbackLimit } from './feedback'

describe('FeedbackLimit', () => {
  it('takes ten answers per client address in ten minutes, then says how long to wait', async () => {
    const limit = new FeedbackLimit()
    expect(FEEDBACK_PER_CLIENT).toBe(10)
    for (let i = 0; i < FEEDBACK_PER_CLIENT; i++) expect(await limit.attempt('203.0.113.7')).toBeUndefined()
    const wait = await limit.attempt('203.0.113.7')
    expect(wait).toBeGreaterThan(FEEDBACK_WINDOW_SECONDS - 5)
    expect(wait).toBeLessThanOrEqual(FEEDBACK_WINDOW_SECONDS)
    // Another address is counted apart.
    expect(await limit.attempt('203.0.113.8')).toBeUndefined()
  })

  it('takes answers again once the window has passed', async () => {
    const limit = new FeedbackLimit({ perClient: 1, windowSeconds: 1 })
    expect(await limit.attempt('198.51.100.1')).toBeUndefined()
    expect(await limit.attempt('198.51.100.1')).toBe(1)
    await new Promise((resolve) => setTimeout(resolve, 1100))
    expect(await limit.attempt('198.51.100.1')).toBeUndefined()
  })
})
