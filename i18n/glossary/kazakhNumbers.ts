// Kazakh endings follow the sound a word ends in, and a number written in digits hides it: «2-сі» but «5-і», «6-сы».
// The portal's templates are worded to need no ending on a number, and a noun after a number stays singular
// («5 жазба», not «5 жазбалар»). This finds any text that breaks either rule, for the tests of every template.

/** Nouns a number may join with a hyphen, as Kazakh numbers pages and figures: «5-бет», «2-сурет». */
const NOUNS_AFTER_A_HYPHEN = ['бет', 'сурет', 'файл']

const ENDING_ON_A_NUMBER = new RegExp(`\\d+-(?!(?:${NOUNS_AFTER_A_HYPHEN.join('|')})(?!\\p{L}))\\p{L}+`, 'u')
const PLURAL_AFTER_A_NUMBER = /\d+[\s\u00a0]+\p{L}*(?:лар|лер|дар|дер|тар|тер)\p{L}{0,5}(?!\p{L})/u

/** What is wrong with a Kazakh text as filled in: an ending on a number, a plural or a label after one. */
export function kazakhNumberProblems(text: string, labels: string[] = []): string[] {
  const problems: string[] = []
  const ending = ENDING_ON_A_NUMBER.exec(text)
  if (ending) problems.push(`an ending on a number: «${ending[0]}»`)
  const plural = PLURAL_AFTER_A_NUMBER.exec(text)
  if (plural) problems.push(`a plural after a number: «${plural[0]}»`)
  for (const label of labels) {
    if (new RegExp(`\\d[\\s\\u00a0]+${label}`, 'u').test(text))
      problems.push(`a label after a number: «${label}»`)
    if (text.includes(`Барлық ${label}`))
      problems.push(`«Барлық» before a label in the nominative: «${label}»`)
  }
  return problems
}
