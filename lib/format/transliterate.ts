// Kazakh letters follow the state Latin alphabet reduced to ASCII (қ→q, ғ→g, ң→n, ә→a, ө→o, ұ/ү→u, і→i, һ→h),
// so "Қазақстан" becomes "qazaqstan" as Kazakhs write it; Russian letters follow common practice (ж→zh, х→kh).
// prettier-ignore
const CYRILLIC_TO_LATIN: Record<string, string> = {
  а: 'a', ә: 'a', б: 'b', в: 'v', г: 'g', ғ: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'i',
  к: 'k', қ: 'q', л: 'l', м: 'm', н: 'n', ң: 'n', о: 'o', ө: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u',
  ұ: 'u', ү: 'u', ф: 'f', х: 'kh', һ: 'h', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', і: 'i',
  ь: '', э: 'e', ю: 'yu', я: 'ya',
}

const MAX_SLUG_LENGTH = 80

/** Lowercase text with its Kazakh and Russian letters written in Latin ones; anything else unchanged. */
export function latinLetters(text: string): string {
  return Array.from(text, (char) => CYRILLIC_TO_LATIN[char] ?? char).join('')
}

/**
 * A web address from a title in Kazakh, Russian or English: lowercase Latin letters, digits and single hyphens,
 * cut at a word boundary. "Астана мен Бішкек" gives "astana-men-bishkek".
 */
export function slugFromTitle(title: string): string {
  const latin = latinLetters(title.normalize('NFC').toLowerCase())
    // Accented Latin letters lose their accents ("café" → "cafe"); anything else becomes a separator.
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  if (latin.length <= MAX_SLUG_LENGTH) return latin
  const cut = latin.slice(0, MAX_SLUG_LENGTH + 1)
  const lastHyphen = cut.lastIndexOf('-')
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : latin.slice(0, MAX_SLUG_LENGTH)).replace(/-+$/, '')
}
