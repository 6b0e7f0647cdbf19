// Asia/Almaty has kept UTC+5 all year since 1 March 2024.
const ALMATY_OFFSET_HOURS = 5

/**
 * The instant (ISO, UTC) of a wall-clock time in Almaty, `days` calendar days after the Almaty date of `today`.
 */
export function almatyInstant(today: Date, days: number, time: string): string {
  const match = /^(\d{2}):(\d{2})$/.exec(time)
  if (!match) throw new Error(`Expected a time as HH:mm, got "${time}"`)
  const almatyNow = new Date(today.getTime() + ALMATY_OFFSET_HOURS * 3_600_000)
  return new Date(
    Date.UTC(
      almatyNow.getUTCFullYear(),
      almatyNow.getUTCMonth(),
      almatyNow.getUTCDate() + days,
      Number(match[1]) - ALMATY_OFFSET_HOURS,
      Number(match[2]),
    ),
  ).toISOString()
}
