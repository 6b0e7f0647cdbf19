/**
 * The page number in `?page=`: absent means 1; anything but a plain positive integer is not a page (null),
 * and the caller answers 404.
 */
export function parsePage(value: string | string[] | undefined): number | null {
  if (value === undefined) return 1
  if (typeof value !== 'string' || !/^[1-9]\d{0,5}$/.test(value)) return null
  return Number(value)
}
