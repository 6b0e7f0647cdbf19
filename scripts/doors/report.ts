import type { FuzzReport } from './fuzz'

const table = (title: string, counts: Map<string, number>) => {
  const rows = [...counts].sort(([a], [b]) => a.localeCompare(b))
  const width = Math.max(title.length, ...rows.map(([key]) => key.length))
  return [
    `${title.padEnd(width)}  requests`,
    ...rows.map(([key, count]) => `${key.padEnd(width)}  ${String(count).padStart(8)}`),
  ].join('\n')
}

/** The run in figures: requests per door, per kind of hostility, per actor and per answer; then what went wrong. */
export function formatReport(engine: string, report: FuzzReport): string {
  const serverErrors = report.findings.filter((finding) => finding.problem === 'server error').length
  const changed = report.findings.filter((finding) => finding.problem === 'refused but changed').length
  return [
    `Every door on ${engine}: ${report.sent} requests (seed ${report.seed}) in ${report.seconds} s`,
    '',
    table('door', report.byDoor),
    '',
    table('kind', report.byCategory),
    '',
    table('as', report.byActor),
    '',
    table('answer', report.byStatus),
    '',
    `server errors: ${serverErrors}; no answer: ${report.findings.filter((finding) => finding.problem === 'no answer').length}`,
    `refused requests compared before and after: ${report.refusedAndCompared}; records changed by a refused request: ${changed}`,
    `unlisted fields stored, roles changed, author publishes: ${
      report.findings.filter((finding) =>
        ['unlisted field stored', 'role changed', 'author published'].includes(finding.problem),
      ).length
    }`,
    ...report.findings
      .slice(0, 40)
      .map((finding) => `  ${finding.problem}: ${finding.request}\n    ${finding.detail}`),
  ].join('\n')
}

/** The report as plain data, for a test to read. */
export function reportJson(report: FuzzReport) {
  return {
    ...report,
    byDoor: Object.fromEntries(report.byDoor),
    byCategory: Object.fromEntries(report.byCategory),
    byActor: Object.fromEntries(report.byActor),
    byStatus: Object.fromEntries(report.byStatus),
  }
}
