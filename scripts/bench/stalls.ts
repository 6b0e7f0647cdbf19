// The machine's own share of a tail. A thread that only reads the clock, while nothing else runs and the other core
// is idle, has no reason to wait: each gap between two readings is time the kernel or, on a virtual machine, the
// hypervisor gave to someone else. Every request in flight during such a gap waits it out, whatever the server.
import { readFileSync } from 'node:fs'

export interface Stalls {
  seconds: number
  /** Gaps longer than GAP_MS, per second. */
  perSecond: number
  /** Of those, longer than 2 ms, per second. */
  over2msPerSecond: number
  longestMs: number
  /** The share of the time spent in gaps. */
  lostShare: number
  /** The share of all cores' time the hypervisor reported as stolen (/proc/stat), null where it cannot be read. */
  stolenShare: number | null
}

/** Shorter gaps are the clock's and the CPU's own: interrupts, cache misses. */
const GAP_MS = 0.3

/** Jiffies of all CPUs: [stolen, total], or null off Linux. */
function cpuTimes(): [number, number] | null {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]?.trim().split(/\s+/).slice(1).map(Number)
    if (!fields || fields.length < 8) return null
    // user nice system idle iowait irq softirq steal (guest time is already counted in user).
    const times = fields.slice(0, 8)
    return [times[7] ?? 0, times.reduce((sum, value) => sum + value, 0)]
  } catch {
    return null
  }
}

/** Spins on this thread for `seconds` (it blocks the event loop: run it while nothing else is measured). */
export function measureStalls(seconds: number): Stalls {
  const before = cpuTimes()
  const gaps: number[] = []
  const end = performance.now() + seconds * 1000
  let last = performance.now()
  while (last < end) {
    const now = performance.now()
    if (now - last > GAP_MS) gaps.push(now - last)
    last = now
  }
  const after = cpuTimes()
  const lost = gaps.reduce((sum, gap) => sum + gap, 0)
  return {
    seconds,
    perSecond: gaps.length / seconds,
    over2msPerSecond: gaps.filter((gap) => gap > 2).length / seconds,
    longestMs: Math.max(0, ...gaps),
    lostShare: lost / (seconds * 1000),
    stolenShare:
      before && after && after[1] > before[1] ? (after[0] - before[0]) / (after[1] - before[1]) : null,
  }
}
