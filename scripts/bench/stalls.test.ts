import { describe, expect, it } from 'vitest'

import { machineNote } from './report'
import { measureStalls } from './stalls'

describe("the machine's own pauses", () => {
  it('are measured over the time asked, as shares and rates that add up', () => {
    const stalls = measureStalls(0.3)
    expect(stalls.seconds).toBe(0.3)
    expect(stalls.lostShare).toBeGreaterThanOrEqual(0)
    expect(stalls.lostShare).toBeLessThan(1)
    expect(stalls.over2msPerSecond).toBeLessThanOrEqual(stalls.perSecond)
    // A gap of 0.3 ms or less is not counted; the longest counted one is longer, or there is none.
    expect(stalls.longestMs === 0 || stalls.longestMs > 0.3).toBe(true)
    if (stalls.stolenShare !== null) expect(stalls.stolenShare).toBeGreaterThanOrEqual(0)
  })

  it('are reported with the stolen share when the hypervisor counts it, without when it cannot be read', () => {
    const stalls = {
      seconds: 8,
      perSecond: 39.1,
      over2msPerSecond: 8.25,
      longestMs: 35.5,
      lostShare: 0.056,
      stolenShare: 0.05,
    }
    expect(machineNote(stalls)).toBe(
      '**The machine:** a thread that only read the clock for 8 s, with nothing else running, was stopped 39.1 ' +
        'times a second for over 0.3 ms (8.3 times over 2 ms, the longest 36 ms), 5.6 % of its time; the ' +
        "hypervisor counted 5.0 % of all cores' time as stolen. A request in flight during such a pause waits " +
        'it out, whichever server answers it.',
    )
    expect(machineNote({ ...stalls, stolenShare: null })).toContain('5.6 % of its time. A request')
  })
})
