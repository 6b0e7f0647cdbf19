// Templates for `npm run seed -- --bulk`: thousands of short, plausible releases and events, so that lists, search
// and renders can be measured at the size of a ministry's archive. The Kazakh and Russian forms of each partner
// are spelled out (genitive, locative) rather than derived, since endings follow each word's sounds.
import type { Locale } from '@/i18n/locales'
import { typesetByLanguage } from '@/lib/format/typography'

import type { EventKind, Localized } from './types'

export interface Partner {
  /** For slugs: Latin letters and hyphens. */
  key: string
  kk: { name: string; genitive: string; city: string; inCity: string }
  ru: { name: string; genitive: string; city: string; inCity: string }
  /** `bare` has no article: "Kazakhstan – Republic of Korea business forum". */
  en: { name: string; bare: string; city: string }
}

const partner = (key: string, kk: Partner['kk'], ru: Partner['ru'], en: Partner['en']): Partner => ({
  key,
  kk,
  ru,
  en,
})

export const partners: Partner[] = [
  partner(
    'germany',
    { name: 'Германия', genitive: 'Германияның', city: 'Берлин', inCity: 'Берлинде' },
    { name: 'Германия', genitive: 'Германии', city: 'Берлин', inCity: 'в Берлине' },
    { name: 'Germany', bare: 'Germany', city: 'Berlin' },
  ),
  partner(
    'turkiye',
    { name: 'Түркия', genitive: 'Түркияның', city: 'Анкара', inCity: 'Анкарада' },
    { name: 'Турция', genitive: 'Турции', city: 'Анкара', inCity: 'в Анкаре' },
    { name: 'Türkiye', bare: 'Türkiye', city: 'Ankara' },
  ),
  partner(
    'china',
    { name: 'Қытай', genitive: 'Қытайдың', city: 'Бейжің', inCity: 'Бейжіңде' },
    { name: 'Китай', genitive: 'Китая', city: 'Пекин', inCity: 'в Пекине' },
    { name: 'China', bare: 'China', city: 'Beijing' },
  ),
  partner(
    'uzbekistan',
    { name: 'Өзбекстан', genitive: 'Өзбекстанның', city: 'Ташкент', inCity: 'Ташкентте' },
    { name: 'Узбекистан', genitive: 'Узбекистана', city: 'Ташкент', inCity: 'в Ташкенте' },
    { name: 'Uzbekistan', bare: 'Uzbekistan', city: 'Tashkent' },
  ),
  partner(
    'japan',
    { name: 'Жапония', genitive: 'Жапонияның', city: 'Токио', inCity: 'Токиода' },
    { name: 'Япония', genitive: 'Японии', city: 'Токио', inCity: 'в Токио' },
    { name: 'Japan', bare: 'Japan', city: 'Tokyo' },
  ),
  partner(
    'france',
    { name: 'Франция', genitive: 'Францияның', city: 'Париж', inCity: 'Парижде' },
    { name: 'Франция', genitive: 'Франции', city: 'Париж', inCity: 'в Париже' },
    { name: 'France', bare: 'France', city: 'Paris' },
  ),
  partner(
    'korea',
    {
      name: 'Корея Республикасы',
      genitive: 'Корея Республикасының',
      city: 'Сеул',
      inCity: 'Сеулде',
    },
    { name: 'Республика Корея', genitive: 'Республики Корея', city: 'Сеул', inCity: 'в Сеуле' },
    { name: 'the Republic of Korea', bare: 'Republic of Korea', city: 'Seoul' },
  ),
  partner(
    'azerbaijan',
    { name: 'Әзербайжан', genitive: 'Әзербайжанның', city: 'Баку', inCity: 'Бакуда' },
    { name: 'Азербайджан', genitive: 'Азербайджана', city: 'Баку', inCity: 'в Баку' },
    { name: 'Azerbaijan', bare: 'Azerbaijan', city: 'Baku' },
  ),
  partner(
    'hungary',
    { name: 'Венгрия', genitive: 'Венгрияның', city: 'Будапешт', inCity: 'Будапештте' },
    { name: 'Венгрия', genitive: 'Венгрии', city: 'Будапешт', inCity: 'в Будапеште' },
    { name: 'Hungary', bare: 'Hungary', city: 'Budapest' },
  ),
  partner(
    'italy',
    { name: 'Италия', genitive: 'Италияның', city: 'Рим', inCity: 'Римде' },
    { name: 'Италия', genitive: 'Италии', city: 'Рим', inCity: 'в Риме' },
    { name: 'Italy', bare: 'Italy', city: 'Rome' },
  ),
]

const KK_MONTHS_LOCATIVE = [
  'қаңтарда',
  'ақпанда',
  'наурызда',
  'сәуірде',
  'мамырда',
  'маусымда',
  'шілдеде',
  'тамызда',
  'қыркүйекте',
  'қазанда',
  'қарашада',
  'желтоқсанда',
]

/** "2026 жылғы 13 ақпанда", "13 февраля 2026 года", "On 13 February 2026": how a release opens. */
export function openingDate(date: Date, locale: Locale): string {
  const almaty = new Date(date.getTime() + 5 * 3_600_000)
  const [year, month, day] = [almaty.getUTCFullYear(), almaty.getUTCMonth(), almaty.getUTCDate()]
  if (locale === 'kk') return `${year} жылғы ${day} ${KK_MONTHS_LOCATIVE[month]}`
  const inLocale = (tag: string) =>
    new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(
      new Date(Date.UTC(year, month, day)),
    )
  return locale === 'ru' ? `${inLocale('ru')} ${year} года` : `On ${inLocale('en-GB')} ${year}`
}

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

export interface BulkText {
  title: Localized
  summary: Localized
}

export interface ReleaseTemplate {
  key: string
  topics: string[]
  text: (p: Partner, on: Localized) => BulkText
}

// Templates are written readably; what they produce is typeset as the press service sets its texts.
const typesetReleases = (templates: ReleaseTemplate[]): ReleaseTemplate[] =>
  templates.map((template) => ({ ...template, text: (p, on) => typesetByLanguage(template.text(p, on)) }))
const typesetEvents = (templates: EventTemplate[]): EventTemplate[] =>
  templates.map((template) => ({ ...template, text: (p) => typesetByLanguage(template.text(p)) }))

export const releaseTemplates: ReleaseTemplate[] = typesetReleases([
  {
    key: 'political-consultations',
    topics: ['bilateral-relations'],
    text: (p, on) => ({
      title: {
        kk: `Қазақстан мен ${p.kk.name} арасында ${p.kk.inCity} саяси консультациялар өтті`,
        ru: `${capitalized(p.ru.inCity)} состоялись политические консультации между МИД Казахстана и ${p.ru.genitive}`,
        en: `Kazakhstan and ${p.en.name} hold political consultations in ${p.en.city}`,
      },
      summary: {
        kk: `${on.kk} ${p.kk.inCity} Қазақстан Республикасы мен ${p.kk.name} сыртқы істер министрліктері арасында кезекті саяси консультациялар өтті. Тараптар екіжақты ынтымақтастықтың өзекті мәселелерін және алдағы жоғары деңгейдегі байланыстардың кестесін талқылады.`,
        ru: `${on.ru} ${p.ru.inCity} состоялись очередные политические консультации между министерствами иностранных дел Республики Казахстан и ${p.ru.genitive}. Стороны обсудили актуальные вопросы двустороннего сотрудничества и график предстоящих контактов на высшем уровне.`,
        en: `${on.en}, the foreign ministries of the Republic of Kazakhstan and ${p.en.name} held regular political consultations in ${p.en.city}. The parties discussed current issues of bilateral cooperation and the schedule of upcoming high-level contacts.`,
      },
    }),
  },
  {
    key: 'minister-receives-ambassador',
    topics: ['bilateral-relations'],
    text: (p, on) => ({
      title: {
        kk: `Сыртқы істер министрі ${p.kk.genitive} Қазақстандағы Елшісін қабылдады`,
        ru: `Министр иностранных дел принял Посла ${p.ru.genitive} в Казахстане`,
        en: `Foreign Minister receives the Ambassador of ${p.en.name} to Kazakhstan`,
      },
      summary: {
        kk: `${on.kk} Қазақстан Республикасының Сыртқы істер министрі ${p.kk.genitive} Қазақстандағы Елшісін қабылдады. Кездесуде саяси диалогты нығайту, сауда-экономикалық және инвестициялық ынтымақтастықты кеңейту мәселелері талқыланды.`,
        ru: `${on.ru} Министр иностранных дел Республики Казахстан принял Посла ${p.ru.genitive} в Казахстане. На встрече обсуждены вопросы укрепления политического диалога, расширения торгово-экономического и инвестиционного сотрудничества.`,
        en: `${on.en}, the Minister of Foreign Affairs of the Republic of Kazakhstan received the Ambassador of ${p.en.name} to Kazakhstan. They discussed strengthening political dialogue and expanding trade, economic and investment cooperation.`,
      },
    }),
  },
  {
    key: 'business-forum',
    topics: ['economic-diplomacy', 'bilateral-relations'],
    text: (p, on) => ({
      title: {
        kk: `${p.kk.inCity} «Қазақстан – ${p.kk.name}» бизнес-форумы өтті`,
        ru: `${capitalized(p.ru.inCity)} прошел бизнес-форум «Казахстан – ${p.ru.name}»`,
        en: `Kazakhstan – ${p.en.bare} business forum held in ${p.en.city}`,
      },
      summary: {
        kk: `${on.kk} ${p.kk.inCity} Сыртқы істер министрлігінің қолдауымен «Қазақстан – ${p.kk.name}» бизнес-форумы өтті. Форумға екі елдің жүзден астам компаниясы қатысып, энергетика, көлік-логистика және ауыл шаруашылығы салаларындағы бірлескен жобаларды талқылады.`,
        ru: `${on.ru} ${p.ru.inCity} при поддержке Министерства иностранных дел прошел бизнес-форум «Казахстан – ${p.ru.name}». Более ста компаний двух стран обсудили совместные проекты в энергетике, транспорте и логистике, а также в сельском хозяйстве.`,
        en: `${on.en}, the Kazakhstan – ${p.en.bare} business forum, supported by the Ministry of Foreign Affairs, took place in ${p.en.city}. More than a hundred companies from the two countries discussed joint projects in energy, transport and logistics, and agriculture.`,
      },
    }),
  },
  {
    key: 'consular-consultations',
    topics: ['consular-affairs'],
    text: (p, on) => ({
      title: {
        kk: `Қазақстан мен ${p.kk.name} консулдық мәселелер бойынша консультациялар өткізді`,
        ru: `Казахстан и ${p.ru.name} провели консультации по консульским вопросам`,
        en: `Kazakhstan and ${p.en.name} hold consultations on consular issues`,
      },
      summary: {
        kk: `${on.kk} ${p.kk.inCity} Қазақстан мен ${p.kk.name} сыртқы істер ведомстволарының консулдық қызметтері арасында консультациялар өтті. Тараптар азаматтардың құқықтарын қорғау, визалық рәсімдерді жеңілдету және еңбек көші-қоны мәселелерін қарады.`,
        ru: `${on.ru} ${p.ru.inCity} прошли консультации консульских служб внешнеполитических ведомств Казахстана и ${p.ru.genitive}. Стороны рассмотрели вопросы защиты прав граждан, упрощения визовых процедур и трудовой миграции.`,
        en: `${on.en}, the consular services of the foreign ministries of Kazakhstan and ${p.en.name} held consultations in ${p.en.city}. The parties considered protecting the rights of citizens, simplifying visa procedures and labour migration.`,
      },
    }),
  },
  {
    key: 'days-of-kazakh-culture',
    topics: ['culture-and-humanitarian'],
    text: (p, on) => ({
      title: {
        kk: `${p.kk.inCity} Қазақстан мәдениеті күндері ашылды`,
        ru: `${capitalized(p.ru.inCity)} открылись Дни культуры Казахстана`,
        en: `Days of Kazakh culture open in ${p.en.city}`,
      },
      summary: {
        kk: `${on.kk} ${p.kk.inCity} Қазақстан мәдениеті күндері басталды. Бағдарламаға қазақ музыканттарының концерті, қолөнер көрмесі және қазақ киносының көрсетілімдері енді.`,
        ru: `${on.ru} ${p.ru.inCity} начались Дни культуры Казахстана. В программу вошли концерт казахстанских музыкантов, выставка декоративно-прикладного искусства и показы казахстанского кино.`,
        en: `${on.en}, Days of Kazakh culture began in ${p.en.city}. The programme includes a concert by Kazakh musicians, an exhibition of applied arts and screenings of Kazakh films.`,
      },
    }),
  },
  {
    key: 'deputy-minister-meets-delegation',
    topics: ['economic-diplomacy'],
    text: (p, on) => ({
      title: {
        kk: `Сыртқы істер министрінің орынбасары ${p.kk.name} делегациясымен кездесті`,
        ru: `Заместитель Министра иностранных дел встретился с делегацией ${p.ru.genitive}`,
        en: `Deputy Foreign Minister meets a delegation of ${p.en.name}`,
      },
      summary: {
        kk: `${on.kk} Қазақстан Республикасының Сыртқы істер министрінің орынбасары Астанаға келген ${p.kk.name} делегациясымен кездесті. Тараптар үкіметаралық комиссияның кезекті отырысына дайындықты және бірлескен инвестициялық жобаларды талқылады.`,
        ru: `${on.ru} Заместитель Министра иностранных дел Республики Казахстан встретился с делегацией ${p.ru.genitive}, прибывшей в Астану. Стороны обсудили подготовку очередного заседания межправительственной комиссии и совместные инвестиционные проекты.`,
        en: `${on.en}, the Deputy Minister of Foreign Affairs of the Republic of Kazakhstan met a delegation of ${p.en.name} visiting Astana. The parties discussed preparations for the next meeting of the intergovernmental commission and joint investment projects.`,
      },
    }),
  },
])

/** The closing paragraph every bulk release shares after its summary. */
export const releaseClosing: Localized = typesetByLanguage({
  kk: 'Тараптар екі ел арасындағы келісімдерді іске асыруды жалғастыруға және өзара тиімді ынтымақтастықты одан әрі дамытуға дайын екенін растады.',
  ru: 'Стороны подтвердили готовность продолжить реализацию договоренностей между двумя странами и дальнейшее развитие взаимовыгодного сотрудничества.',
  en: 'The parties confirmed their readiness to continue implementing the agreements between the two countries and to further develop mutually beneficial cooperation.',
})

const MINISTRY: Localized = {
  kk: 'Сыртқы істер министрлігі, Астана',
  ru: 'Министерство иностранных дел, Астана',
  en: 'Ministry of Foreign Affairs, Astana',
}

export interface EventTemplate {
  key: string
  kind: EventKind
  topics: string[]
  text: (p: Partner) => BulkText & { location: Localized }
}

const cityOf = (p: Partner): Localized => ({ kk: p.kk.city, ru: p.ru.city, en: p.en.city })

export const eventTemplates: EventTemplate[] = typesetEvents([
  {
    key: 'official-visit',
    kind: 'official-visit',
    topics: ['bilateral-relations'],
    text: (p) => ({
      title: {
        kk: `${p.kk.genitive} Сыртқы істер министрінің Астанаға ресми сапары`,
        ru: `Официальный визит Министра иностранных дел ${p.ru.genitive} в Астану`,
        en: `Official visit of the Minister of Foreign Affairs of ${p.en.name} to Astana`,
      },
      location: MINISTRY,
      summary: {
        kk: 'Сапар бағдарламасына келіссөздер мен бірлескен баспасөз мәслихаты кіреді.',
        ru: 'Программа визита включает переговоры и совместную пресс-конференцию.',
        en: 'The programme of the visit includes talks and a joint press conference.',
      },
    }),
  },
  {
    key: 'business-forum',
    kind: 'forum',
    topics: ['economic-diplomacy'],
    text: (p) => ({
      title: {
        kk: `«Қазақстан – ${p.kk.name}» бизнес-форумы`,
        ru: `Бизнес-форум «Казахстан – ${p.ru.name}»`,
        en: `Kazakhstan – ${p.en.bare} business forum`,
      },
      location: cityOf(p),
      summary: {
        kk: 'Екі елдің іскер топтары энергетика, көлік-логистика және ауыл шаруашылығындағы бірлескен жобаларды талқылайды.',
        ru: 'Деловые круги двух стран обсуждают совместные проекты в энергетике, транспорте и логистике, а также в сельском хозяйстве.',
        en: 'Business communities of the two countries discuss joint projects in energy, transport and logistics, and agriculture.',
      },
    }),
  },
  {
    key: 'days-of-kazakh-culture',
    kind: 'cultural',
    topics: ['culture-and-humanitarian'],
    text: (p) => ({
      title: {
        kk: `${p.kk.inCity} Қазақстан мәдениеті күндері`,
        ru: `Дни культуры Казахстана ${p.ru.inCity}`,
        en: `Days of Kazakh culture in ${p.en.city}`,
      },
      location: cityOf(p),
      summary: {
        kk: 'Бағдарламада қазақ музыканттарының концерті, қолөнер көрмесі және қазақ киносының көрсетілімдері бар.',
        ru: 'В программе концерт казахстанских музыкантов, выставка декоративно-прикладного искусства и показы казахстанского кино.',
        en: 'The programme includes a concert by Kazakh musicians, an exhibition of applied arts and screenings of Kazakh films.',
      },
    }),
  },
  {
    key: 'political-consultations',
    kind: 'meeting',
    topics: ['bilateral-relations'],
    text: (p) => ({
      title: {
        kk: `Қазақстан мен ${p.kk.name} арасындағы саяси консультациялар`,
        ru: `Политические консультации между МИД Казахстана и ${p.ru.genitive}`,
        en: `Political consultations between Kazakhstan and ${p.en.name}`,
      },
      location: MINISTRY,
      summary: {
        kk: 'Тараптар екіжақты ынтымақтастықтың өзекті мәселелерін және алдағы байланыстардың кестесін талқылайды.',
        ru: 'Стороны обсуждают актуальные вопросы двустороннего сотрудничества и график предстоящих контактов.',
        en: 'The parties discuss current issues of bilateral cooperation and the schedule of upcoming contacts.',
      },
    }),
  },
  {
    key: 'spokesperson-briefing',
    kind: 'briefing',
    topics: ['multilateral-diplomacy'],
    text: () => ({
      title: {
        kk: 'Сыртқы істер министрлігі ресми өкілінің брифингі',
        ru: 'Брифинг официального представителя МИД',
        en: 'Briefing by the MFA spokesperson',
      },
      location: MINISTRY,
      summary: {
        kk: 'Ресми өкіл Қазақстан сыртқы саясатының өзекті мәселелері бойынша журналистердің сұрақтарына жауап береді.',
        ru: 'Официальный представитель отвечает на вопросы журналистов об актуальных темах внешней политики Казахстана.',
        en: 'The spokesperson answers journalists’ questions on current issues of Kazakhstan’s foreign policy.',
      },
    }),
  },
])
