import type { Payload } from 'payload'
import { RateLimiterRes } from 'rate-limiter-flexible'

import type { Locale } from '@/i18n/locales'
import { configuredAttemptStore, type AttemptStore } from '@/lib/protection/attemptStore'
import { safeReturnPath } from '@/lib/protection/returnPath'

export const FEEDBACK_ANSWERS = ['yes', 'no'] as const
export type FeedbackAnswer = (typeof FEEDBACK_ANSWERS)[number]

/** Room for a few sentences on what was missing; the form's textarea says so too. */
export const FEEDBACK_COMMENT_MAX_LENGTH = 1200
/** An address of this site: longer is no page of ours. */
export const FEEDBACK_PAGE_MAX_LENGTH = 300

/** Answers per client address in the window: a person answers a few pages; a script filling the table does not get far. */
export const FEEDBACK_PER_CLIENT = 10
export const FEEDBACK_WINDOW_SECONDS = 10 * 60

/** The element the form's route sends the visitor back to: shown, in place of the form, only as the address's target. */
export const FEEDBACK_THANKS_ID = 'feedback-thanks'

/** The form's fields are a few short values: a larger body is no answer from our form, and is not read. */
export const FEEDBACK_BODY_LIMIT = 16 * 1024

/** What the visitor told us, and nothing about the visitor. */
export interface FeedbackSubmission {
  page: string
  language: Locale
  answer: FeedbackAnswer
  comment: string | null
}

export type FeedbackProblem = 'page' | 'answer' | 'comment'

const isAnswer = (value: unknown): value is FeedbackAnswer =>
  FEEDBACK_ANSWERS.some((answer) => answer === value)

/**
 * The form's fields as submitted on a page in `locale`: the page must be one of this site's, under that language (its
 * path only: a query is another visitor's search, not the page), the answer yes or no, the comment within its length.
 */
export function readFeedbackForm(
  form: URLSearchParams,
  locale: Locale,
): { submission: FeedbackSubmission } | { problem: FeedbackProblem } {
  const path = safeReturnPath(form.get('page'))?.split('?')[0]
  if (!path || path.length > FEEDBACK_PAGE_MAX_LENGTH || path.split('/')[1] !== locale)
    return { problem: 'page' }
  const answer = form.get('answer')
  if (!isAnswer(answer)) return { problem: 'answer' }
  const comment = (form.get('comment') ?? '').replace(/\r\n/g, '\n').trim()
  if (comment.length > FEEDBACK_COMMENT_MAX_LENGTH) return { problem: 'comment' }
  return { submission: { page: path, language: locale, answer, comment: comment || null } }
}

/** Stores an answer. Only the site's own form route calls this: the collection refuses every write from outside. */
export async function recordFeedback(payload: Payload, submission: FeedbackSubmission): Promise<void> {
  await payload.create({ collection: 'feedback', data: submission, overrideAccess: true })
}

/**
 * Answers per client address, as sign-ins are counted (lib/protection/attemptLimits.ts), keyed by the address, which is written
 * nowhere else and kept only for the window.
 */
export class FeedbackLimit {
  private readonly limiter

  constructor({
    store = configuredAttemptStore(),
    perClient = FEEDBACK_PER_CLIENT,
    windowSeconds = FEEDBACK_WINDOW_SECONDS,
  }: { store?: AttemptStore; perClient?: number; windowSeconds?: number } = {}) {
    this.limiter = store({
      keyPrefix: 'feedback-client',
      points: perClient,
      duration: windowSeconds,
      blockDuration: 0,
    })
  }

  /** Counts an answer. Undefined when it may be taken; otherwise the seconds until the next one may. */
  async attempt(client: string): Promise<number | undefined> {
    try {
      await this.limiter.consume(client)
      return undefined
    } catch (refusal) {
      // A store that fails must not read as "too many": that error goes on to the caller.
      if (!(refusal instanceof RateLimiterRes)) throw refusal
      return Math.max(1, Math.ceil(refusal.msBeforeNext / 1000))
    }
  }
}
