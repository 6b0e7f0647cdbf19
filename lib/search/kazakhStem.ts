// Kazakh has no Snowball stemmer. Its nouns take endings in a fixed order (stem + plural + possessive + case), each in
// the vowel of the stem's last syllable (back а о ұ ы, front ә е ө ү і) and, for most, in д/т/н/л variants chosen by
// the sound before. Search needs every form of a word to give one key, not the dictionary form: endings come off
// from the end, longest first, again and again, so that a word and the same word with one more ending meet
// («Астана», «Астанада», «Астанадағы» → «астана»). Where a stem itself ends like an ending («Қазақстан» ends like the
// ablative -тан) it loses it in every form alike, which search does not mind. The rules and their limits are in
// docs/public-site.md#search; kazakhStem.test.ts holds them to 200+ forms from the seed's texts.

const BACK = new Set('аоұыя')
const FRONT = new Set('әеөүіэ')
const VOWELS = new Set('аәеиоөуұүыіэюяё')
const VOICELESS = new Set('кқпстфхцчшщ')

/** What the stem must end in for an ending to follow it: the sound rules choose among д/т/н/л and с/∅ variants. */
type After =
  | 'vowel'
  | 'vowelNotPossessive'
  | 'voiced'
  | 'voiceless'
  | 'nasal'
  | 'possessive'
  | 'pluralising'
  | 'agent'
  | 'any'

const SOUND: Record<After, (letter: string) => boolean> = {
  vowel: (letter) => VOWELS.has(letter),
  // -сы follows a vowel («Республика-сы»), but after ы/і only in the agent nouns in -шы («басшы-сы»): «жұмысы» is
  // «жұмыс» with -ы.
  vowelNotPossessive: (letter) => VOWELS.has(letter) && letter !== 'ы' && letter !== 'і',
  // у after a vowel is a consonant [w] and takes the voiced endings: «кездесу-і», «кездесу-ді», «кездесу-ге».
  voiced: (letter) => letter === 'у' || (!VOWELS.has(letter) && !VOICELESS.has(letter)),
  voiceless: (letter) => VOICELESS.has(letter),
  nasal: (letter) => 'мнң'.includes(letter),
  // -на, -нда, -н… follow the possessive ы/і («сапар-ы-на», «келісім-і-н»).
  possessive: (letter) => letter === 'ы' || letter === 'і',
  // -лар follows vowels and р, й, у («жобалар», «министрлер», «ұйымдар» take -дар).
  pluralising: (letter) => VOWELS.has(letter) || 'рйу'.includes(letter),
  any: () => true,
  agent: () => false,
}

interface Ending {
  text: string
  after: After[]
}

const endings = (texts: string, ...after: After[]): Ending[] =>
  texts.split(' ').map((text) => ({ text, after }))

const ENDINGS: Ending[] = [
  // Case: attributive locative, ablative, locative, dative, genitive, accusative, instrumental.
  ...endings('дағы дегі', 'vowel', 'voiced'),
  ...endings('тағы тегі', 'voiceless'),
  ...endings('ндағы ндегі нда нде на не ндан нден н', 'possessive'),
  ...endings('дан ден да де ға ге', 'vowel', 'voiced'),
  ...endings('тан тен та те қа ке ты ті тың тің', 'voiceless'),
  ...endings('нан нен', 'nasal', 'possessive'),
  ...endings('ның нің', 'vowel', 'nasal'),
  ...endings('дың дің ды ді', 'voiced'),
  ...endings('ны ні', 'vowel'),
  ...endings('мен бен пен менен', 'any'),
  // Possessive: "our" (еліміз, мемлекетіміз) and the third person (сапары, Республикасы); "my" and "your" do not
  // occur in the ministry's texts and would cut many stems (білім, келісім).
  ...endings('ымыз іміз ыңыз іңіз ы і', 'voiced', 'voiceless'),
  ...endings('мыз міз ңыз ңіз', 'vowel'),
  ...endings('сы сі', 'vowelNotPossessive', 'agent'),
  // Plural.
  ...endings('лар лер', 'pluralising'),
  ...endings('дар дер', 'voiced'),
  ...endings('тар тер', 'voiceless'),
].sort((a, b) => b.text.length - a.text.length)

function lastVowel(text: string): string | undefined {
  for (let index = text.length - 1; index >= 0; index--) {
    const letter = text[index]
    if (letter !== undefined && VOWELS.has(letter)) return letter
  }
  return undefined
}

/** The ending's vowel agrees with the stem's last one; и, у and loanwords' letters agree with either. */
function harmonises(stem: string, ending: string): boolean {
  const before = lastVowel(stem)
  const own = lastVowel(ending)
  if (own === undefined) return true
  if (before === undefined) return false
  if (BACK.has(own)) return !FRONT.has(before)
  if (FRONT.has(own)) return !BACK.has(before)
  return true
}

function strippable(word: string, { text, after }: Ending): string | null {
  if (!word.endsWith(text)) return null
  const stem = word.slice(0, -text.length)
  const last = stem.at(-1)
  // A stem keeps a vowel and two letters («ел» in «елдер», «елге», «елі»), three if it ends in a vowel: «басы» is
  // «бас» with an ending, not «ба» with -сы.
  if (last === undefined || lastVowel(stem) === undefined) return null
  if (stem.length < (VOWELS.has(last) ? 3 : 2)) return null
  const agent = after.includes('agent') && /[шщ][ыі]$/.test(stem)
  if (!agent && !after.some((sound) => SOUND[sound](last))) return null
  return harmonises(stem, text) ? stem : null
}

// A final voiced consonant is written voiceless in the bare stem («министрлік», «министрлігі»): keys use the latter.
const DEVOICED: Record<string, string> = { б: 'п', г: 'к', ғ: 'қ' }

/** The key of a folded Kazakh word: every ending the rules know taken off, the last consonant made voiceless. */
export function kazakhStem(word: string): string {
  let stem = word
  for (let step = 0; step < 6; step++) {
    const next = ENDINGS.map((ending) => strippable(stem, ending)).find((cut) => cut !== null)
    if (next === undefined || next === null) break
    stem = next
  }
  const last = stem.at(-1)
  return last !== undefined && DEVOICED[last] ? stem.slice(0, -1) + DEVOICED[last] : stem
}
