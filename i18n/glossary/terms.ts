import type { Locale } from '@/i18n/locales'

/**
 * The ministry's terms, one name for one thing in each language, and the variants that have crept into texts before.
 * Each form is the nominative as the ministry writes it on its own pages; a variant is a pattern that matches a wrong
 * name in any case ending. `i18n/glossary/glossary.test.ts` holds every shipped text to this list.
 */
export interface GlossaryTerm {
  kk: string
  ru: string
  en: string
  variants: Partial<Record<Locale, RegExp[]>>
}

export const glossary: GlossaryTerm[] = [
  // Bodies and titles
  {
    kk: 'Қазақстан Республикасының Сыртқы істер министрлігі',
    ru: 'Министерство иностранных дел Республики Казахстан',
    en: 'Ministry of Foreign Affairs of the Republic of Kazakhstan',
    variants: {
      kk: [/Сыртқы істер министірлігі/iu],
      en: [/Foreign Ministry of (the Republic of )?Kazakhstan/i],
    },
  },
  {
    kk: 'Сыртқы істер министрі',
    ru: 'Министр иностранных дел',
    en: 'Minister of Foreign Affairs',
    variants: { en: [/Foreign Affairs Minister/i] },
  },
  {
    kk: 'Сыртқы істер министрінің орынбасары',
    ru: 'заместитель Министра иностранных дел',
    en: 'Deputy Minister of Foreign Affairs',
    variants: { kk: [/вице-министр/iu], ru: [/вице-министр/iu], en: [/vice[- ]minister/i] },
  },
  {
    kk: 'Қырғыз Республикасы',
    ru: 'Кыргызская Республика',
    en: 'Kyrgyz Republic',
    variants: { kk: [/Кыргыз/u], ru: [/киргиз/iu], en: [/Kirghiz|Kyrgyzia/i] },
  },
  {
    kk: 'Бішкек',
    ru: 'Бишкек',
    en: 'Bishkek',
    variants: { kk: [/Бишкек/u], ru: [/Бішкек/u] },
  },
  {
    kk: 'Ермек Көшербаев',
    ru: 'Ермек Кошербаев',
    en: 'Yermek Kosherbayev',
    variants: { kk: [/Кошербаев/u], ru: [/Көшербаев/u], en: [/Ermek Kosherbayev|Kosherbaev/] },
  },
  {
    kk: 'Жээнбек Кулубаев',
    ru: 'Жээнбек Кулубаев',
    en: 'Zheenbek Kulubaev',
    variants: { en: [/Jeenbek|Kulubayev/] },
  },
  {
    kk: 'Түркі мемлекеттері ұйымы',
    ru: 'Организация тюркских государств',
    en: 'Organization of Turkic States',
    variants: { kk: [/Түркі мемлекеттерінің ұйым/iu], en: [/Organisation of Turkic States/i] },
  },
  {
    kk: 'Азиядағы өзара іс-қимыл және сенім шаралары жөніндегі кеңес',
    ru: 'Совещание по взаимодействию и мерам доверия в Азии',
    en: 'Conference on Interaction and Confidence-Building Measures in Asia',
    variants: { en: [/Confidence Building Measures/i] },
  },
  // Treaties, places and days
  {
    kk: 'Ядролық сынақтарға жан-жақты тыйым салу туралы шарт',
    ru: 'Договор о всеобъемлющем запрещении ядерных испытаний',
    en: 'Comprehensive Nuclear-Test-Ban Treaty',
    variants: {
      kk: [/ядролық сынақтарға (жаппай|толық|жалпылама|жалпы) тыйым/iu],
      ru: [/договор\p{L}* о (полном|всеобщем) запрещении ядерных/iu],
      en: [/Comprehensive (Nuclear )?Test[- ]Ban Treaty/i, /Comprehensive Nuclear Test[- ]Ban/i],
    },
  },
  {
    kk: 'Ядролық сынақтарға қарсы іс-қимылдың халықаралық күні',
    ru: 'Международный день действий против ядерных испытаний',
    en: 'International Day against Nuclear Tests',
    variants: {
      kk: [/ядролық сынақтарға қарсы халықаралық/iu, /ядролық сынақтарға қарсы іс-қимыл күн/iu],
      ru: [/международн\p{L}* д(ень|н\p{L}*) (борьбы )?против ядерных/iu],
      en: [
        /International Day (of Action )?against Nuclear Testing/i,
        /International Day of Action against Nuclear/i,
      ],
    },
  },
  {
    kk: 'Семей ядролық сынақ полигоны',
    ru: 'Семипалатинский ядерный испытательный полигон',
    en: 'Semipalatinsk nuclear test site',
    variants: {
      kk: [/Семей полигон/iu],
      ru: [/семипалатинск\p{L}* ядерн\p{L}* полигон/iu, /семипалатинск\p{L}* полигон/iu],
      en: [/Semipalatinsk (test site|polygon|nuclear testing site|nuclear site)/i],
    },
  },
  {
    kk: 'әлемдегі төртінші ірі ядролық арсенал',
    ru: 'четвертый по величине ядерный арсенал в мире',
    en: 'the world’s fourth-largest nuclear arsenal',
    variants: {
      kk: [/төртінші ядролық арсенал/iu],
      ru: [/четв[её]рт\p{L}* (в мире )?ядерн\p{L}* арсенал/iu],
      en: [/fourth nuclear arsenal/i, /fourth largest/i],
    },
  },
  {
    kk: 'Қазақ киносының күндері / Қырғыз киносының күндері',
    ru: 'Дни казахского кино / Дни кыргызского кино',
    en: 'Days of Kazakh Cinema / Days of Kyrgyz Cinema',
    variants: {
      kk: [
        /(Қазақстан|Қырғызстан) киносының күнд/iu,
        /(Қазақ|Қырғыз) киносы күнд/iu,
        /(Қазақ|Қырғыз) кино күнд/iu,
      ],
      ru: [
        /(дни|дней|дням|днях|днями) (казахстанского|кыргызстанского) кино/iu,
        /недел\p{L}* (казахского|кыргызского) кино/iu,
      ],
      en: [
        /(Kazakh|Kazakhstan|Kyrgyz) (Cinema|Film) Days/i,
        /Days of (Kazakhstan|Kazakhstani|Kyrgyzstan) Cinema/i,
        /Days of (Kazakh|Kyrgyz) Film/i,
      ],
    },
  },
  {
    kk: 'шекара маңындағы индустриялық-сауда-логистикалық кешен',
    ru: 'приграничный индустриально-торгово-логистический комплекс',
    en: 'cross-border Industrial Trade and Logistics Complex',
    variants: {
      kk: [/Индустриялық-сауда-логистикалық/u],
      ru: [/Индустриально-торгово-логистическ/u],
      en: [/industrial trade and logistics complex/],
    },
  },
  // Document types
  {
    kk: 'бірлескен мәлімдеме',
    ru: 'совместное заявление',
    en: 'joint statement',
    variants: {
      kk: [/ортақ мәлімдеме/iu, /бірлескен өтініш/iu],
      ru: [/общее заявление/iu],
      en: [/common statement/i],
    },
  },
  {
    kk: 'өзара түсіністік туралы меморандум',
    ru: 'меморандум о взаимопонимании',
    en: 'memorandum of understanding',
    variants: { kk: [/өзара түсіністік меморандум/iu] },
  },
  { kk: 'бұйрық', ru: 'приказ', en: 'order', variants: {} },
  { kk: 'мәлімдеме', ru: 'заявление', en: 'statement', variants: {} },
  { kk: 'келісім', ru: 'соглашение', en: 'agreement', variants: {} },
  { kk: 'хаттама', ru: 'протокол', en: 'protocol', variants: {} },
  {
    kk: 'баспасөз релизі',
    ru: 'пресс-релиз',
    en: 'press release',
    variants: { kk: [/пресс-релиз/iu], en: [/(?<![/\w-])press-releases?(?![/\w-])/i] },
  },
]
