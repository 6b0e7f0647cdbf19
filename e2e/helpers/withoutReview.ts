/**
 * What a test spreads into the body of a publish made as staff through REST when review is not what it tests: an
 * editor's reason for publishing without review, and, for a text already published, the change called minor (no
 * public note). The site refuses a staff publish without them (collections/shared/publication/rules.ts).
 */
export const WITHOUT_REVIEW = {
  publishReason: 'Automated test: published without review.',
  changeKind: 'minor',
} as const
