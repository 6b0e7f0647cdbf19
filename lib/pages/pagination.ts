/**
 * The page number in `?page=`: absent means 1; anything but a plain positive integer is not a page (null),
 * and the caller answers 404.
 */
export function parsePage(value: string | string[] | undefined): number | null {
  if (value === undefined) return 1
  if (typeof value !== 'string' || !/^[1-9]\d{0,5}$/.test(value)) return null
  return Number(value)
}

/**
 * The page numbers a list links to: the first and the last, and two either side of the current one; `gap` where
 * numbers are left out. An archive of ten years has over a thousand pages, and a link to each would make every page
 * of the list heavy.
 */
export function visiblePages(page: number, totalPages: number): (number | 'gap')[] {
  const shown = new Set([1, totalPages])
  for (let near = page - 2; near <= page + 2; near++) if (near >= 1 && near <= totalPages) shown.add(near)
  const numbers = [...shown].sort((a, b) => a - b)
  return numbers.flatMap((number, index) => {
    const previous = numbers[index - 1]
    if (previous === undefined || number === previous + 1) return [number]
    // A single missing number is shown rather than hidden behind a gap of the same width.
    return number === previous + 2 ? [previous + 1, number] : ['gap' as const, number]
  })
}
