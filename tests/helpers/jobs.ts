/**
 * Payload runs a job once its time has passed (`waitUntil` < now): one queued for this very millisecond may not be due
 * yet when `jobs.run()` asks, so a job meant to be due at once is queued a second in the past.
 */
export const dueNow = () => new Date(Date.now() - 1000)
