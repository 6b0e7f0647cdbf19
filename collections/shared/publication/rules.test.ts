import { describe, expect, it } from 'vitest'

import { decide, type Save } from './rules'

const NOW = '2026-02-13T09:00:00.000Z'
const editor = { id: 2, canPublish: true }
const author = { id: 1, canPublish: false }
const save = (overrides: Partial<Save>): Save => ({
  before: {},
  after: {},
  publishing: false,
  user: editor,
  fromClient: true,
  now: NOW,
  ...overrides,
})
const paths = (given: Partial<Save>) => decide(save(given)).errors.map((error) => error.path)

describe('review', () => {
  it('lets an author submit and nothing more', () => {
    const submitted = decide(save({ user: author, after: { reviewState: 'submitted' } }))
    expect(submitted.errors).toEqual([])
    expect(submitted.set.reviewSubmittedBy).toBe(1)
    expect(
      paths({ user: author, before: { reviewState: 'submitted' }, after: { reviewState: 'approved' } }),
    ).toEqual(['reviewState'])
  })

  it('approves or sends back only a submitted text, sending back with a comment, never one’s own', () => {
    expect(paths({ after: { reviewState: 'approved' } })).toEqual(['reviewState'])
    const submitted = { reviewState: 'submitted' as const, reviewSubmittedBy: 1 }
    expect(paths({ before: submitted, after: { ...submitted, reviewState: 'returned' } })).toEqual([
      'reviewComment',
    ])
    expect(
      paths({ before: submitted, after: { ...submitted, reviewState: 'returned', reviewComment: 'Ок' } }),
    ).toEqual([])
    const own = { reviewState: 'submitted' as const, reviewSubmittedBy: 2 }
    expect(paths({ before: own, after: { ...own, reviewState: 'approved' } })).toEqual(['reviewState'])
  })

  it('asks a staff publish of an unapproved text for a reason, but not the site’s own code', () => {
    expect(paths({ publishing: true })).toEqual(['publishReason'])
    const approved = { reviewState: 'approved' as const }
    expect(paths({ publishing: true, before: approved, after: approved })).toEqual([])
    expect(paths({ publishing: true, fromClient: false })).toEqual([])
    expect(paths({ publishing: true, user: undefined })).toEqual([])
  })

  it('logs each publish and resets the review for the next edit', () => {
    const { set } = decide(save({ publishing: true, after: { publishReason: ' Срочно ' } }))
    expect(set.publicationLog).toEqual([{ at: NOW, by: 2, reviewed: false, reason: 'Срочно' }])
    expect(set).toMatchObject({ reviewState: null, publishReason: null, firstPublishedAt: NOW })
  })
})

describe('change notes', () => {
  const published = { firstPublishedAt: '2026-01-01T00:00:00.000Z' }
  const reviewed = { ...published, reviewState: 'approved' as const }

  it('asks what kind of change a publish of a published text is', () => {
    expect(paths({ publishing: true, before: reviewed, after: reviewed })).toEqual(['changeKind'])
    expect(
      paths({ publishing: true, before: reviewed, after: { ...reviewed, changeKind: 'significant' } }),
    ).toEqual(['changeNote'])
  })

  it('records a significant change with its note and date, a minor one not at all', () => {
    const significant = decide(
      save({
        publishing: true,
        before: reviewed,
        after: { ...reviewed, changeKind: 'significant', changeNote: 'Нақтыланды' },
      }),
    )
    expect(significant.set).toMatchObject({
      changeHistory: [{ at: NOW, note: 'Нақтыланды' }],
      lastUpdatedAt: NOW,
    })
    const minor = decide(
      save({ publishing: true, before: reviewed, after: { ...reviewed, changeKind: 'minor' } }),
    )
    expect(minor.set).toMatchObject({
      changeHistory: [],
      lastUpdatedAt: null,
      firstPublishedAt: published.firstPublishedAt,
    })
  })
})

describe('withdrawal', () => {
  const published = { firstPublishedAt: '2026-01-01T00:00:00.000Z' }

  it('needs an explanation and a published text, and no review or change note', () => {
    expect(paths({ publishing: true, before: published, after: { withdrawn: true } })).toEqual([
      'withdrawalExplanation',
    ])
    expect(paths({ publishing: true, after: { withdrawn: true, withdrawalExplanation: 'Қате' } })).toEqual([
      'withdrawn',
    ])
    const done = decide(
      save({
        publishing: true,
        before: published,
        after: { withdrawn: true, withdrawalExplanation: 'Қате' },
      }),
    )
    expect(done.errors).toEqual([])
    expect(done.set.withdrawnAt).toBe(NOW)
  })

  it('keeps the date of a withdrawal, and clears it when the text is restored', () => {
    const withdrawn = { ...published, withdrawn: true, withdrawnAt: '2026-02-01T00:00:00.000Z' }
    expect(
      decide(
        save({
          publishing: true,
          before: withdrawn,
          after: { ...withdrawn, changeKind: 'minor', publishReason: 'x' },
        }),
      ).set.withdrawnAt,
    ).toBe(withdrawn.withdrawnAt)
    expect(
      decide(
        save({
          publishing: true,
          before: withdrawn,
          after: { ...withdrawn, withdrawn: false, changeKind: 'minor', publishReason: 'x' },
        }),
      ).set.withdrawnAt,
    ).toBeNull()
  })
})
