import { describe, expect, it } from 'vitest'

import { parseWrkSummary, type LoadResult } from './load'
import {
  frontMeetsTarget,
  judged,
  loadTable,
  medianPair,
  meetsTargets,
  nginxRate,
  type PageRun,
  type Round,
  unequalAnswers,
} from './report'

const WRK_OUTPUT = `Running 1s test @ http://127.0.0.1:3619/missing
  1 threads and 4 connections
Requests/sec:    759.87
{"requests":762,"duration":1002797,"p50":4979,"p99":31473,"max":42027,"connect":1,"read":2,"write":0,"status":762,"timeout":3,"cpu":87,"bytes":152400}
`

describe('a wrk run', () => {
  it('is read from the JSON line summary.lua prints, in milliseconds, with socket and HTTP errors apart', () => {
    const result = parseWrkSummary(WRK_OUTPUT)
    expect(result.requests).toBe(762)
    expect(result.requestsPerSecond).toBeCloseTo(759.87, 1)
    expect([result.p50, result.p99, result.max]).toEqual([4.979, 31.473, 42.027])
    expect(result.errors).toBe(6)
    expect(result.httpErrors).toBe(762)
    // 0.87 s of wrk's own processor time over a run of 1.0028 s.
    expect(result.generatorBusy).toBeCloseTo(0.868, 3)
    expect(result.bytesPerAnswer).toBe(200)
  })

  it("says nothing of wrk's own load where /proc could not tell it", () => {
    expect(parseWrkSummary(WRK_OUTPUT.replace('"cpu":87', '"cpu":-1')).generatorBusy).toBeNull()
  })

  it('without a summary is an error, not a run of zeros', () => {
    expect(() => parseWrkSummary('unable to connect to 127.0.0.1:3619 Connection refused\n')).toThrow(
      /no summary/,
    )
  })
})

describe("issue 20's targets for a page served by the site itself", () => {
  const result = (values: Partial<LoadResult>): LoadResult => ({
    requestsPerSecond: 1000,
    p50: 20,
    p99: 40,
    max: 100,
    errors: 0,
    httpErrors: 0,
    requests: 8000,
    generatorBusy: 0.5,
    bytesPerAnswer: 16_000,
    ...values,
  })
  const run = (next: Partial<LoadResult>, nginx = 19_000): PageRun => ({
    page: { name: 'list', label: 'release list', path: '/ru/press-releases', cached: true },
    bytes: 70_000,
    next: result(next),
    pairs: [
      { nginx: result({ requestsPerSecond: nginx }), fronted: result({ requestsPerSecond: nginx * 0.9 }) },
    ],
    frontedCache: 'HIT',
    nodeFloor: result({}),
  })

  it('are met at 5 % of nginx with p99 within 2.5× p50 and no request slower than 250 ms', () => {
    expect(meetsTargets(run({}))).toBe(true)
  })

  it('are missed by a slow share, a long tail, one slow request or any error', () => {
    expect(meetsTargets(run({ requestsPerSecond: 900 }))).toBe(false)
    expect(meetsTargets(run({ p99: 51 }))).toBe(false)
    expect(meetsTargets(run({ max: 250 }))).toBe(false)
    expect(meetsTargets(run({ httpErrors: 1 }))).toBe(false)
  })

  it("are printed with how busy wrk itself was, so that a rate the generator set is not read as the server's", () => {
    const busy = {
      ...run({ generatorBusy: 0.42 }),
      pairs: [{ ...run({}).pairs[0]!, nginx: result({ generatorBusy: 0.97 }) }],
    }
    const table = loadTable({
      title: 'demo',
      releases: 12,
      events: 9,
      pages: [busy],
      render: {},
      publish: 'skipped',
    })
    expect(table).toContain('| wrk busy ')
    expect(table).toContain('| 42 / 50 / 97 % ')
  })

  it('are judged for the pages the site keeps, not for search, rendered for each query', () => {
    expect(judged(run({}), meetsTargets)).toBe('yes')
    expect(judged(run({ p99: 51 }), meetsTargets)).toBe('NO')
    const search: PageRun = {
      ...run({ p99: 51 }),
      page: { name: 'search', label: 'search', path: '/ru/search?q=x', cached: false },
    }
    expect(judged(search, meetsTargets)).toBe('none: per query')
  })
})

describe('nginx in front of the site, measured in pairs with nginx serving the page as a file', () => {
  const result = (requestsPerSecond: number): LoadResult => ({
    requestsPerSecond,
    p50: 1,
    p99: 5,
    max: 20,
    errors: 0,
    httpErrors: 0,
    requests: requestsPerSecond * 8,
    generatorBusy: 0.5,
    bytesPerAnswer: 16_000,
  })
  const run = (pairs: [number, number][], frontedCache = 'HIT'): PageRun => ({
    page: { name: 'list', label: 'release list', path: '/ru/press-releases', cached: true },
    bytes: 70_000,
    next: result(10_000),
    pairs: pairs.map(([nginx, fronted]) => ({ nginx: result(nginx), fronted: result(fronted) })),
    frontedCache,
    nodeFloor: result(5_000),
  })

  it('is judged by the pair whose ratio is the median, not by the fastest or the slowest run', () => {
    const pairs: [number, number][] = [
      [25_000, 19_000], // 76 %
      [20_000, 17_000], // 85 %
      [24_000, 20_000], // 83 %
    ]
    expect(medianPair(run(pairs)).fronted.requestsPerSecond).toBe(20_000)
    expect(nginxRate(run(pairs))).toBe(24_000)
    expect(frontMeetsTarget(run(pairs))).toBe(true)
    expect(
      frontMeetsTarget(
        run([
          [25_000, 19_000],
          [20_000, 15_000],
          [24_000, 20_000],
        ]),
      ),
    ).toBe(false)
  })

  it('is not met by answers that did not come from its cache', () => {
    expect(frontMeetsTarget(run([[20_000, 19_000]], 'MISS'))).toBe(false)
  })
})

describe('the same answer from every server', () => {
  const result = (bytesPerAnswer: number): LoadResult => ({
    requestsPerSecond: 50_000,
    p50: 0.5,
    p99: 1.2,
    max: 9,
    errors: 0,
    httpErrors: 0,
    requests: 400_000,
    generatorBusy: 0.6,
    bytesPerAnswer,
  })
  const round = (site: number, floor: number): Round => ({
    title: 'demo',
    releases: 12,
    events: 9,
    pages: [
      {
        page: { name: 'release', label: 'release', path: '/ru/press-releases/x', cached: true },
        bytes: 17_745,
        next: result(site),
        pairs: [{ nginx: result(20_200), fronted: result(site) }],
        frontedCache: 'HIT',
        nodeFloor: result(floor),
      },
    ],
    render: {},
    publish: 'not measured',
  })

  it('passes servers whose own headers differ by some dozens of bytes', () => {
    expect(unequalAnswers(round(20_171, 20_190))).toBe('')
  })

  it('names each server’s bytes when one sent another page', () => {
    expect(unequalAnswers(round(18_470, 20_384))).toBe(
      '- **release: not the same answer from every server:** page 18.0 KB, nginx-fronted 18.0 KB, node floor ' +
        '19.9 KB, nginx static 19.7 KB an answer.',
    )
  })
})
