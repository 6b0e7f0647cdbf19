import { typesetByLanguage } from '@/lib/format/typography'

import { pressServiceCredit } from './credit'
import { sampleThen } from './sample'
import type { ImageSeed, Localized, Motif, PressReleaseSeed } from './types'

const credit = pressServiceCredit

// Colours the illustrations are drawn in (mostly the flags of the countries involved).
const KZ_BLUE = '#00AFCA'
const KZ_GOLD = '#FEC50C'
const KG_RED = '#E8112D'
const KG_YELLOW = '#FFEF00'
const UZ_BLUE = '#0099B5'
const UZ_GREEN = '#1EB53A'
const OTS_BLUE = '#1C9AD6'
const UN_BLUE = '#009EDB'
const HU_RED = '#CE2939'
const HU_GREEN = '#477050'
const DE_BLACK = '#000000'
const DE_RED = '#DD0000'
const DE_GOLD = '#FFCE00'
const CICA_BLUE = '#1F4E9A'
const WHITE = '#FFFFFF'

function image(
  file: string,
  motif: Motif,
  palette: string[],
  alt: Localized,
  caption?: Localized,
): ImageSeed {
  return caption ? { file, motif, palette, alt, caption, credit } : { file, motif, palette, alt, credit }
}

// The first two releases retell the ministry's own reports and say only what those say. The others have no source:
// each says on its page and in the lists that it is a sample, so that no date, meeting or figure in it passes for the
// ministry's.
const SOURCED = new Set([
  'kazakhstan-kyrgyzstan-foreign-ministers-talks-bishkek',
  'minister-attends-ots-council-of-foreign-ministers-in-gabala',
])
const SAMPLE: Localized = {
  kk: 'Үлгі мәтін: демонстрациялық жаңалық, министрліктің хабарламасы емес.',
  ru: 'Образец: демонстрационный текст, не сообщение министерства.',
  en: 'Sample: a demonstration text, not a statement by the ministry.',
}

const asSample = (release: PressReleaseSeed): PressReleaseSeed =>
  SOURCED.has(release.slug)
    ? release
    : {
        ...release,
        summary: sampleThen(SAMPLE, release.summary),
      }

const asWritten: PressReleaseSeed[] = [
  // ── 1. Talks in Bishkek ─────────────────────────────────────────────────
  // Source: the ministry's release of 13 February 2026 (gov.kz), as reproduced by Kazakh media. Only what it says.
  {
    slug: 'kazakhstan-kyrgyzstan-foreign-ministers-talks-bishkek',
    publishedAt: '2026-02-13T16:00:00+05:00',
    topics: ['bilateral-relations', 'central-asia', 'economic-diplomacy', 'culture-and-humanitarian'],
    title: {
      kk: 'Қазақстан мен Қырғызстанның сыртқы істер министрлері Бішкекте келіссөздер жүргізді',
      ru: 'Министры иностранных дел Казахстана и Кыргызстана провели переговоры в Бишкеке',
      en: 'Foreign ministers of Kazakhstan and Kyrgyzstan hold talks in Bishkek',
    },
    summary: {
      kk: 'Сыртқы істер министрі Ермек Көшербаев Бішкекке ресми сапары барысында Қырғыз Республикасының Сыртқы істер министрі Жээнбек Кулубаевпен келіссөздер жүргізді. Тараптар өзара тауар айналымын 3 млрд АҚШ долларына жеткізу, шекара маңында жоспарланған индустриялық-сауда-логистикалық кешен және мәдени-гуманитарлық байланыстар мәселелерін талқылады.',
      ru: 'В ходе официального визита в Бишкек Министр иностранных дел Ермек Кошербаев провел переговоры с Министром иностранных дел Кыргызской Республики Жээнбеком Кулубаевым. Стороны обсудили доведение взаимного товарооборота до 3 млрд долларов США, планируемый приграничный индустриально-торгово-логистический комплекс и культурно-гуманитарные связи.',
      en: 'During his official visit to Bishkek, Minister of Foreign Affairs Yermek Kosherbayev held talks with Minister of Foreign Affairs of the Kyrgyz Republic Zheenbek Kulubaev. The parties discussed bringing mutual trade to 3 billion US dollars, the planned cross-border Industrial Trade and Logistics Complex and cultural and humanitarian ties.',
    },
    body: {
      kk: [
        '2026 жылғы 13 ақпанда Қазақстан Республикасының Сыртқы істер министрі Ермек Көшербаев Бішкекке ресми сапары аясында Қырғыз Республикасының Сыртқы істер министрі Жээнбек Кулубаевпен келіссөздер жүргізді. Сыртқы саяси ведомстволардың басшылары қазақ-қырғыз ынтымақтастығының кең ауқымды мәселелерін талқылады.',
        'Ермек Көшербаев мемлекет басшыларының саяси ерік-жігерінің арқасында екі ел арасындағы қатынастар сапалы жаңа деңгейге көтерілгенін атап өтті. Жээнбек Кулубаев бауырластық пен тату көршілік қағидаттарына негізделген одақтастық қатынастардың үдемелі дамуын растады. Тараптар соңғы жылдары жоғары деңгейде қол жеткізілген уағдаластықтарды іс жүзінде іске асыру шараларын талқылады.',
        '## Сауда-экономикалық ынтымақтастық',
        'Қазақстан Қырғызстанның ең ірі үш сауда серіктесінің қатарынан берік орын алып отыр. Өзара тауар айналымы 2 млрд АҚШ долларына жетті, тараптар оны 3 млрд долларға жеткізуді мақсат етіп отыр. Соңғы 20 жылда Қазақстанның Қырғызстан экономикасына салған инвестициялары 1,4 млрд АҚШ долларын құрады.',
        'Тараптар энергетика, көлік, логистика және ауыл шаруашылығы салаларындағы ынтымақтастықты кеңейту мүмкіндіктерін атап өтті. «Қарасу» және «Ақ-Тілек» өткізу пункттерінің маңында шекара маңындағы индустриялық-сауда-логистикалық кешен құру жоспарлануда.',
        '## Мәдени-гуманитарлық байланыстар',
        'Тараптар мәдени-гуманитарлық саладағы іс-шараларды атап өтті: Қырғызстандағы Қазақ киносының күндері мен Астанадағы Қырғыз киносының күндері, жастар форумы, Бішкектегі «Алтын көпір» монументінің ашылуы және «Жәмила» қойылымының премьерасы.',
      ],
      ru: [
        '13 февраля 2026 г. Министр иностранных дел Республики Казахстан Ермек Кошербаев в рамках официального визита в Бишкек провел переговоры с Министром иностранных дел Кыргызской Республики Жээнбеком Кулубаевым. Главы внешнеполитических ведомств обсудили широкий круг вопросов казахстанско-кыргызского сотрудничества.',
        'Ермек Кошербаев отметил, что благодаря политической воле глав государств отношения двух стран вышли на качественно новый уровень. Жээнбек Кулубаев подтвердил поступательное развитие союзнических отношений на принципах братства и добрососедства. Стороны обсудили меры по практической реализации договоренностей, достигнутых на высшем уровне в последние годы.',
        '## Торгово-экономическое сотрудничество',
        'Казахстан прочно входит в тройку крупнейших торговых партнеров Кыргызстана. Взаимный товарооборот достиг 2 млрд долларов США, стороны ставят задачу довести его до 3 млрд долларов. За последние 20 лет казахстанские инвестиции в экономику Кыргызстана составили 1,4 млрд долларов США.',
        'Стороны отметили возможности расширения сотрудничества в энергетике, транспорте, логистике и сельском хозяйстве. В районе пунктов пропуска «Карасу» и «Ак-Тилек» планируется создание приграничного индустриально-торгово-логистического комплекса.',
        '## Культурно-гуманитарные связи',
        'Стороны отметили мероприятия в культурно-гуманитарной сфере: Дни казахского кино в Кыргызстане и Дни кыргызского кино в Астане, молодежный форум, открытие памятника «Золотой мост» в Бишкеке и премьеру постановки «Джамиля».',
      ],
      en: [
        'On 13 February 2026, Minister of Foreign Affairs of the Republic of Kazakhstan Yermek Kosherbayev, on an official visit to Bishkek, held talks with Minister of Foreign Affairs of the Kyrgyz Republic Zheenbek Kulubaev. The heads of the foreign ministries discussed a wide range of issues of Kazakh-Kyrgyz cooperation.',
        'Yermek Kosherbayev noted that, thanks to the political will of the Heads of State, relations between the two countries have reached a qualitatively new level. Zheenbek Kulubaev confirmed the steady development of allied relations based on the principles of brotherhood and good-neighbourliness. The parties discussed measures to put into practice the agreements reached at the highest level in recent years.',
        '## Trade and economic cooperation',
        'Kazakhstan is firmly among the three largest trading partners of the Kyrgyz Republic. Mutual trade has reached 2 billion US dollars, and the parties aim to bring it to 3 billion. Over the past 20 years, Kazakhstan has invested 1.4 billion US dollars in the Kyrgyz economy.',
        'The parties noted the opportunities to expand cooperation in energy, transport, logistics and agriculture. A cross-border Industrial Trade and Logistics Complex is planned near the Karasu and Ak-Tilek checkpoints.',
        '## Cultural and humanitarian ties',
        'The parties noted the events in the cultural and humanitarian sphere: the Days of Kazakh Cinema in Kyrgyzstan and the Days of Kyrgyz Cinema in Astana, the youth forum, the opening of the Golden Bridge monument in Bishkek and the premiere of Jamila.',
      ],
    },
    hero: image(
      'pr-bishkek-talks-hero',
      'talks',
      [KZ_BLUE, KZ_GOLD, KG_RED],
      {
        kk: 'Қазақстан мен Қырғызстан делегациялары Бішкекте келіссөздер үстелінде',
        ru: 'Делегации Казахстана и Кыргызстана за столом переговоров в Бишкеке',
        en: 'Delegations of Kazakhstan and Kyrgyzstan at the negotiating table in Bishkek',
      },
      {
        kk: 'Ермек Көшербаев пен Жээнбек Кулубаевтың келіссөздері',
        ru: 'Переговоры Ермека Кошербаева и Жээнбека Кулубаева',
        en: 'Talks between Yermek Kosherbayev and Zheenbek Kulubaev',
      },
    ),
    gallery: [
      image('pr-bishkek-cinema-days', 'cinema', [KZ_BLUE, KG_RED, KG_YELLOW], {
        kk: 'Қазақстан мен Қырғызстан туларының түстеріндегі киноэкран мен кинотаспа',
        ru: 'Киноэкран и кинолента в цветах флагов Казахстана и Кыргызстана',
        en: 'A cinema screen and film strip in the colours of the flags of Kazakhstan and Kyrgyzstan',
      }),
      image('pr-bishkek-golden-bridge-monument', 'monument', [KZ_GOLD, KG_YELLOW, KZ_BLUE], {
        kk: 'Бішкектегі «Алтын көпір» монументі',
        ru: 'Памятник «Золотой мост» в Бишкеке',
        en: 'The Golden Bridge monument in Bishkek',
      }),
      image('pr-bishkek-city-view', 'city', [KG_RED, KG_YELLOW, KZ_BLUE], {
        kk: 'Қырғыз Алатауының етегіндегі Бішкек қаласының көрінісі',
        ru: 'Вид на Бишкек у подножия Кыргызского Ала-Тоо',
        en: 'View of Bishkek at the foot of the Kyrgyz Ala-Too range',
      }),
    ],
    related: [
      'kazakhstan-uzbekistan-foreign-ministers-talks-astana',
      'central-asian-foreign-ministers-meet-in-tashkent',
    ],
  },

  // ── 2. Organization of Turkic States ─────────────────────────────────────
  // Source: the ministry's report of 7 October 2025 as carried by Kazinform (qazinform.com), the meeting's date by AZERTAC.
  {
    slug: 'minister-attends-ots-council-of-foreign-ministers-in-gabala',
    publishedAt: '2025-10-07T19:30:00+05:00',
    topics: ['multilateral-diplomacy'],
    title: {
      kk: 'Ермек Көшербаев Түркі мемлекеттері ұйымы Сыртқы істер министрлері кеңесінің отырысына қатысты',
      ru: 'Ермек Кошербаев принял участие в заседании Совета министров иностранных дел Организации тюркских государств',
      en: 'Yermek Kosherbayev attends meeting of the Council of Foreign Ministers of the Organization of Turkic States',
    },
    summary: {
      kk: 'Түркі мемлекеттері ұйымының XII саммиті алдында Габалада өткен отырыста министрлер саммиттің қорытынды құжаттарының жобаларын мақұлдады; Ермек Көшербаев Түркі инвестициялық қорын мүмкіндігінше тезірек іске қосуға шақырды.',
      ru: 'На заседании в Габале в преддверии XII саммита Организации тюркских государств министры одобрили проекты итоговых документов саммита; Ермек Кошербаев призвал как можно скорее запустить Тюркский инвестиционный фонд.',
      en: 'At the meeting held in Gabala ahead of the 12th Summit of the Organization of Turkic States, the ministers approved the draft final documents of the Summit; Yermek Kosherbayev called for the Turkic Investment Fund to be launched as soon as possible.',
    },
    body: {
      kk: [
        '2025 жылғы 7 қазанда Әзербайжан Республикасының Габала қаласында Түркі мемлекеттері ұйымы (ТМҰ) Мемлекет басшылары кеңесінің XII саммиті алдында ТМҰ Сыртқы істер министрлері кеңесінің отырысы өтті. Қазақстан делегациясын Сыртқы істер министрі Ермек Көшербаев басқарды.',
        'Қатысушылар Ұйым аясындағы ынтымақтастықты одан әрі дамыту, сондай-ақ өзекті халықаралық және өңірлік мәселелер бойынша пікір алмасты.',
        'Ермек Көшербаев сөйлеген сөзінде қазіргі геосаяси және геоэкономикалық жағдайда Ұйымның рөлі арта түскенін атап өтті. «Бүгінде ТМҰ – ортақ мүдделер мен бірлескен бастамаларды ілгерілетуге, әлемдік аренада келісілген ұстанымдарды әзірлеуге арналған аса маңызды алаң», – деді ол.',
        'Министр түркі әлемінің экономикалық ынтымақтастығының негізгі тетігіне айнала алатын Түркі инвестициялық қорын мүмкіндігінше тезірек іске қосуға шақырып, бауырлас елдерге Астанадағы Орталық Азиядағы алғашқы суперкомпьютердің және жақында ашылған Alem.AI халықаралық жасанды интеллект орталығының әлеуетін жаңа идеялар мен инновациялар алаңы ретінде пайдалануды ұсынды.',
        'Отырыс қорытындысы бойынша министрлер түркі ұйымдарының қызметін дамытуға және кеңейтуге бағытталған бірқатар құжат қабылдап, ТМҰ XII саммитінің қорытынды құжаттарының жобаларын қарап, мақұлдады.',
      ],
      ru: [
        '7 октября 2025 г. в г. Габале (Азербайджанская Республика) в преддверии XII саммита Совета глав государств Организации тюркских государств (ОТГ) состоялось заседание Совета министров иностранных дел ОТГ. Делегацию Казахстана возглавил Министр иностранных дел Ермек Кошербаев.',
        'Участники обменялись мнениями о дальнейшем развитии сотрудничества в рамках Организации, а также по актуальным международным и региональным вопросам.',
        'В своем выступлении Ермек Кошербаев подчеркнул возрастающую роль Организации в текущей геополитической и геоэкономической ситуации. «Сегодня ОТГ – важнейшая площадка для продвижения общих интересов и совместных инициатив, выработки согласованных позиций на мировой арене», – отметил он.',
        'Министр призвал как можно скорее запустить Тюркский инвестиционный фонд, который может стать ключевым элементом экономического сотрудничества тюркского мира, и предложил братским странам использовать потенциал первого в Центральной Азии суперкомпьютера в Астане и недавно открытого Международного центра искусственного интеллекта Alem.AI как площадки для новых идей и инноваций.',
        'По итогам заседания министры приняли ряд документов, направленных на развитие и расширение деятельности тюркских организаций, а также рассмотрели и одобрили проекты итоговых документов XII саммита ОТГ.',
      ],
      en: [
        'On 7 October 2025, Gabala (Republic of Azerbaijan) hosted a meeting of the Council of Foreign Ministers of the Organization of Turkic States (OTS) ahead of the 12th Summit of the OTS Council of Heads of State. The Kazakh delegation was led by Minister of Foreign Affairs Yermek Kosherbayev.',
        'The participants exchanged views on further developing cooperation within the Organization and on current international and regional issues.',
        'In his speech, Yermek Kosherbayev stressed the growing role of the Organization in the current geopolitical and geoeconomic situation. “Today, the OTS is the most important platform for promoting common interests and joint initiatives and for developing coordinated positions on the world stage,” he said.',
        'The Minister called for the Turkic Investment Fund, which can become a key element of economic cooperation in the Turkic world, to be launched as soon as possible, and invited the fraternal countries to use the potential of Central Asia’s first supercomputer, in Astana, and of the recently opened Alem.AI International Artificial Intelligence Center as a launch pad for new ideas and innovations.',
        'At the close of the meeting, the ministers adopted a number of documents on developing and expanding the work of the Turkic organisations, and reviewed and approved the draft final documents of the 12th OTS Summit.',
      ],
    },
    hero: image(
      'pr-ots-gabala-council-meeting',
      'conference',
      [OTS_BLUE, KZ_GOLD, WHITE],
      {
        kk: 'Түркі мемлекеттері ұйымы Сыртқы істер министрлері кеңесінің дөңгелек үстел басындағы отырысы',
        ru: 'Заседание Совета министров иностранных дел Организации тюркских государств за круглым столом',
        en: 'The Council of Foreign Ministers of the Organization of Turkic States in session at a round table',
      },
      {
        kk: 'ТМҰ Сыртқы істер министрлері кеңесінің отырысы, Габала',
        ru: 'Заседание СМИД ОТГ, Габала',
        en: 'Meeting of the OTS Council of Foreign Ministers, Gabala',
      },
    ),
    gallery: [
      image('pr-ots-gabala-delegation-arrival', 'airport', [KZ_BLUE, KZ_GOLD, OTS_BLUE], {
        kk: 'Қазақстан делегациясының Әзербайжанға ұшып келуі',
        ru: 'Прибытие делегации Казахстана в Азербайджан',
        en: 'The Kazakh delegation arrives in Azerbaijan',
      }),
      image('pr-ots-gabala-handshake', 'handshake', [OTS_BLUE, KZ_BLUE, KZ_GOLD], {
        kk: 'Түркі мемлекеттерінің сыртқы істер министрлері қол алысып амандасуда',
        ru: 'Министры иностранных дел тюркских государств обмениваются рукопожатием',
        en: 'Foreign ministers of the Turkic states shake hands',
      }),
    ],
    related: [
      'central-asian-foreign-ministers-meet-in-tashkent',
      'minister-receives-cica-executive-director',
    ],
  },

  // ── 3. UN General Assembly, First Committee ────────────────────────────
  {
    slug: 'kazakhstan-calls-for-nuclear-disarmament-at-un-first-committee',
    publishedAt: '2025-10-16T10:30:00+05:00',
    topics: ['multilateral-diplomacy', 'international-security'],
    title: {
      kk: 'Қазақстан БҰҰ Бас Ассамблеясының Бірінші комитетінде ядролық қарусыздануға шақырды',
      ru: 'Казахстан призвал к ядерному разоружению в Первом комитете Генеральной Ассамблеи ООН',
      en: 'Kazakhstan calls for nuclear disarmament at the First Committee of the UN General Assembly',
    },
    summary: {
      kk: 'Сыртқы істер министрінің орынбасары Нью-Йоркте өткен жалпы пікірталаста Қазақстанның ядролық қарусыздану, қаруды таратпау және биологиялық қауіпсіздік мәселелері жөніндегі ұстанымын баяндады.',
      ru: 'Заместитель Министра иностранных дел в ходе общих прений в Нью-Йорке изложил позицию Казахстана по вопросам ядерного разоружения, нераспространения и биологической безопасности.',
      en: 'Speaking in the general debate in New York, the Deputy Minister of Foreign Affairs set out Kazakhstan’s position on nuclear disarmament, non-proliferation and biological security.',
    },
    body: {
      kk: [
        'Нью-Йоркте Біріккен Ұлттар Ұйымы Бас Ассамблеясының 80-сессиясы аясында қарусыздану және халықаралық қауіпсіздік мәселелері жөніндегі Бірінші комитеттің жалпы пікірталасы өтті. Қазақстан делегациясын Сыртқы істер министрінің орынбасары басқарды.',
        'Сыртқы істер министрінің орынбасары өз сөзінде Қазақстанның әлемдегі төртінші ірі ядролық арсеналдан өз еркімен бас тартып, Семей ядролық сынақ полигонын жапқан ел ретіндегі тәжірибесін еске салды. Ол ядролық қаруы бар мемлекеттерді Ядролық қаруды таратпау туралы шарт бойынша міндеттемелерін толық орындауға шақырып, Ядролық сынақтарға жан-жақты тыйым салу туралы шарттың тезірек күшіне енуінің маңызын атап өтті.',
        'Қазақстан делегациясы 2025 жылғы наурызда Қазақстанның төрағалығымен өткен Ядролық қаруға тыйым салу туралы шартқа қатысушы мемлекеттердің үшінші кездесуінің қорытындыларына назар аударды. Сонымен қатар Орталық Азиядағы ядролық қарудан азат аймақ туралы шарттың өңірлік және жаһандық қауіпсіздікті нығайтуға қосқан үлесі атап өтілді.',
        'Министрдің орынбасары биологиялық қауіпсіздік мәселесіне ерекше тоқталып, Қазақстан ұсынған Халықаралық биологиялық қауіпсіздік агенттігін құру бастамасын қолдауға шақырды. Оның айтуынша, мұндай тетік Бактериологиялық (биологиялық) және уытты қаруға тыйым салу туралы конвенцияның институционалдық негізін нығайтуға ықпал етер еді.',
        'Сөз соңында Қазақстан өкілі 29 тамыз – Ядролық сынақтарға қарсы іс-қимылдың халықаралық күні 2009 жылы Қазақстанның бастамасымен белгіленгенін еске салып, ядролық қарусыз әлем құру жолындағы бірлескен күш-жігерді жалғастыруға шақырды. Комитет жұмысы барысында Қазақстан бірқатар қарар жобаларының бірлескен авторы ретінде қатысады.',
      ],
      ru: [
        'В Нью-Йорке в рамках 80-й сессии Генеральной Ассамблеи Организации Объединенных Наций состоялись общие прения Первого комитета по вопросам разоружения и международной безопасности. Делегацию Казахстана возглавил заместитель Министра иностранных дел.',
        'В своем выступлении заместитель Министра напомнил об опыте Казахстана как государства, добровольно отказавшегося от четвертого по величине ядерного арсенала в мире и закрывшего Семипалатинский ядерный испытательный полигон. Он призвал ядерные государства в полном объеме выполнять обязательства по Договору о нераспространении ядерного оружия и подчеркнул важность скорейшего вступления в силу Договора о всеобъемлющем запрещении ядерных испытаний.',
        'Казахстанская делегация обратила внимание на итоги третьего Совещания государств — участников Договора о запрещении ядерного оружия, прошедшего под председательством Казахстана в марте 2025 г. Отмечен также вклад Договора о зоне, свободной от ядерного оружия, в Центральной Азии в укрепление региональной и глобальной безопасности.',
        'Особое внимание заместитель Министра уделил вопросам биологической безопасности, призвав поддержать инициативу Казахстана о создании Международного агентства по биологической безопасности. По его словам, такой механизм способствовал бы укреплению институциональной основы Конвенции о запрещении бактериологического (биологического) и токсинного оружия.',
        'В завершение представитель Казахстана напомнил, что 29 августа было провозглашено Международным днем действий против ядерных испытаний в 2009 г. по инициативе Казахстана, и призвал продолжить совместные усилия по построению мира, свободного от ядерного оружия. В ходе работы Комитета Казахстан выступит соавтором ряда проектов резолюций.',
      ],
      en: [
        'The First Committee on disarmament and international security held its general debate in New York as part of the 80th session of the United Nations General Assembly. The Kazakh delegation was led by the Deputy Minister of Foreign Affairs.',
        'In his statement, the Deputy Minister recalled Kazakhstan’s experience as a state that voluntarily renounced the world’s fourth-largest nuclear arsenal and closed the Semipalatinsk nuclear test site. He called on the nuclear-weapon states to implement their obligations under the Treaty on the Non-Proliferation of Nuclear Weapons in full and stressed the importance of the early entry into force of the Comprehensive Nuclear-Test-Ban Treaty.',
        'The Kazakh delegation drew attention to the outcome of the Third Meeting of States Parties to the Treaty on the Prohibition of Nuclear Weapons, held under Kazakhstan’s presidency in March 2025. The contribution of the Treaty on a Nuclear-Weapon-Free Zone in Central Asia to regional and global security was also highlighted.',
        'The Deputy Minister paid particular attention to biological security, calling for support for Kazakhstan’s initiative to establish an International Agency for Biological Safety. In his view, such a mechanism would help to strengthen the institutional basis of the Biological and Toxin Weapons Convention.',
        'In conclusion, Kazakhstan’s representative recalled that 29 August was proclaimed the International Day against Nuclear Tests in 2009 on Kazakhstan’s initiative, and called for continued joint efforts towards a world free of nuclear weapons. During the Committee’s session, Kazakhstan will co-sponsor a number of draft resolutions.',
      ],
    },
    hero: image(
      'pr-un-first-committee-statement',
      'briefing',
      [UN_BLUE, KZ_BLUE, WHITE],
      {
        kk: 'Қазақстан өкілі БҰҰ Бірінші комитетінде мінбеден сөз сөйлеп тұр',
        ru: 'Представитель Казахстана выступает с трибуны в Первом комитете ООН',
        en: 'Kazakhstan’s representative speaks from the rostrum at the UN First Committee',
      },
      {
        kk: 'Бірінші комитеттің жалпы пікірталасы, Нью-Йорк',
        ru: 'Общие прения Первого комитета, Нью-Йорк',
        en: 'General debate of the First Committee, New York',
      },
    ),
    gallery: [
      image('pr-un-first-committee-hall', 'forum', [UN_BLUE, WHITE, KZ_GOLD], {
        kk: 'Біріккен Ұлттар Ұйымының отырыс залы, делегаттар орындарында',
        ru: 'Зал заседаний Организации Объединенных Наций, делегаты на своих местах',
        en: 'A United Nations meeting hall with delegates in their seats',
      }),
      image('pr-un-first-committee-new-york', 'city', [UN_BLUE, KZ_BLUE], {
        kk: 'Нью-Йорктегі БҰҰ штаб-пәтері орналасқан ғимараттар',
        ru: 'Здания Центральных учреждений ООН в Нью-Йорке',
        en: 'The buildings of United Nations Headquarters in New York',
      }),
    ],
    related: ['minister-receives-cica-executive-director'],
  },

  // ── 4. Central Asian foreign ministers ─────────────────────────────────
  {
    slug: 'central-asian-foreign-ministers-meet-in-tashkent',
    publishedAt: '2025-11-15T18:00:00+05:00',
    topics: ['central-asia', 'multilateral-diplomacy'],
    title: {
      kk: 'Ташкентте Орталық Азия мемлекеттері сыртқы саяси ведомстволары басшыларының кездесуі өтті',
      ru: 'В Ташкенте состоялась встреча глав внешнеполитических ведомств государств Центральной Азии',
      en: 'Heads of the foreign ministries of Central Asian states meet in Tashkent',
    },
    summary: {
      kk: 'Сыртқы істер министрі Ермек Көшербаев Орталық Азия мемлекеттері басшыларының Консультативтік кездесуі қарсаңында өткен өңір елдері сыртқы істер министрлерінің кездесуіне қатысты. Тараптар қорытынды құжаттардың жобаларын келісіп, өңірлік ынтымақтастықтың басым бағыттарын талқылады.',
      ru: 'Министр иностранных дел Ермек Кошербаев принял участие во встрече министров иностранных дел стран региона накануне Консультативной встречи глав государств Центральной Азии. Стороны согласовали проекты итоговых документов и обсудили приоритеты регионального сотрудничества.',
      en: 'Minister of Foreign Affairs Yermek Kosherbayev took part in a meeting of the region’s foreign ministers on the eve of the Consultative Meeting of the Heads of State of Central Asia. The parties agreed on the draft outcome documents and discussed the priorities of regional cooperation.',
    },
    body: {
      kk: [
        '2025 жылғы 15 қарашада Ташкентте Орталық Азия мемлекеттері сыртқы саяси ведомстволары басшыларының кездесуі өтті. Кездесу Орталық Азия мемлекеттері басшыларының Консультативтік кездесуіне дайындық аясында Өзбекстан Республикасының төрағалығымен ұйымдастырылды. Қазақстан делегациясын Сыртқы істер министрі Ермек Көшербаев басқарды.',
        'Министрлер 2024 жылы Астанада өткен алтыншы Консультативтік кездесуде қабылданған шешімдердің орындалу барысын қарап, Ташкент кездесуінің қорытынды құжаттарының жобаларын келісті.',
        'Ермек Көшербаев өз сөзінде Орталық Азияның өзара байланысы нығайған, тұрақты дамып келе жатқан өңірге айналғанын атап өтті. Министр өңір елдері арасындағы сауда көлемін арттыруды, көлік-логистикалық дәліздерді дамытуды және шекаралық өткізу пункттерінің жұмысын жетілдіруді басым міндеттер қатарына жатқызды.',
        'Тараптар су-энергетикалық ынтымақтастыққа, трансшекаралық су ресурстарын ұтымды пайдалануға және климаттың өзгеруіне бейімделуге ерекше назар аударды. Қазақстан тарапы Аралды құтқарудың халықаралық қорына төрағалық ету аясында атқарылып жатқан жұмыс туралы ақпарат берді.',
        'Кездесуде «Орталық Азия плюс» форматындағы диалогтарды одан әрі дамыту мәселесі де қаралды. Министрлер өңір елдерінің халықаралық серіктестермен өзара іс-қимылы ортақ мүдделерге сай, өзара үйлестіріліп жүргізілуі тиіс екенін атап өтті.',
        'Кездесу аясында Ермек Көшербаев өңір елдерінің сыртқы істер министрлерімен екіжақты кездесулер өткізіп, ынтымақтастықтың өзекті мәселелерін талқылады.',
      ],
      ru: [
        '15 ноября 2025 г. в Ташкенте состоялась встреча глав внешнеполитических ведомств государств Центральной Азии. Встреча организована под председательством Республики Узбекистан в рамках подготовки к Консультативной встрече глав государств Центральной Азии. Делегацию Казахстана возглавил Министр иностранных дел Ермек Кошербаев.',
        'Министры рассмотрели ход выполнения решений, принятых на шестой Консультативной встрече в Астане в 2024 г., и согласовали проекты итоговых документов Ташкентской встречи.',
        'В своем выступлении Ермек Кошербаев отметил, что Центральная Азия становится все более взаимосвязанным и устойчиво развивающимся регионом. К приоритетным задачам Министр отнес наращивание взаимной торговли, развитие транспортно-логистических коридоров и совершенствование работы пунктов пропуска на границах.',
        'Особое внимание стороны уделили водно-энергетическому сотрудничеству, рациональному использованию трансграничных водных ресурсов и адаптации к изменению климата. Казахстанская сторона проинформировала о работе, проводимой в рамках председательства в Международном фонде спасения Арала.',
        'На встрече также обсуждалось дальнейшее развитие диалогов в формате «Центральная Азия плюс». Министры отметили, что взаимодействие стран региона с международными партнерами должно выстраиваться скоординированно и с учетом общих интересов.',
        'На полях встречи Ермек Кошербаев провел двусторонние встречи с министрами иностранных дел стран региона, в ходе которых обсуждены актуальные вопросы сотрудничества.',
      ],
      en: [
        'On 15 November 2025, Tashkent hosted a meeting of the heads of the foreign ministries of the Central Asian states. Chaired by the Republic of Uzbekistan, the meeting was held as part of preparations for the Consultative Meeting of the Heads of State of Central Asia. The Kazakh delegation was led by Minister of Foreign Affairs Yermek Kosherbayev.',
        'The ministers reviewed the implementation of the decisions taken at the sixth Consultative Meeting in Astana in 2024 and agreed on the draft outcome documents of the Tashkent meeting.',
        'In his remarks, Yermek Kosherbayev noted that Central Asia is becoming an increasingly interconnected and steadily developing region. The Minister named growing intra-regional trade, developing transport and logistics corridors and improving the work of border crossing points among the priority tasks.',
        'The parties paid particular attention to water and energy cooperation, the rational use of transboundary water resources and adaptation to climate change. The Kazakh side briefed its partners on the work under way as part of its chairmanship of the International Fund for Saving the Aral Sea.',
        'The meeting also discussed the further development of dialogues in the Central Asia Plus format. The ministers noted that the region’s engagement with international partners should be coordinated and should reflect common interests.',
        'On the sidelines, Yermek Kosherbayev held bilateral meetings with the foreign ministers of the region to discuss topical issues of cooperation.',
      ],
    },
    hero: image(
      'pr-tashkent-central-asia-ministers',
      'conference',
      [KZ_BLUE, UZ_BLUE, UZ_GREEN],
      {
        kk: 'Орталық Азия елдерінің сыртқы істер министрлері жалаулар қойылған дөңгелек үстел басында',
        ru: 'Министры иностранных дел стран Центральной Азии за круглым столом с флагами',
        en: 'Foreign ministers of the Central Asian countries at a round table with flags',
      },
      {
        kk: 'Орталық Азия мемлекеттері сыртқы саяси ведомстволары басшыларының кездесуі, Ташкент',
        ru: 'Встреча глав МИД государств Центральной Азии, Ташкент',
        en: 'Meeting of the heads of the foreign ministries of Central Asia, Tashkent',
      },
    ),
    gallery: [
      image('pr-tashkent-bilateral-handshake', 'handshake', [KZ_BLUE, KZ_GOLD, UZ_GREEN], {
        kk: 'Министрлер екіжақты кездесу алдында қол алысуда',
        ru: 'Министры обмениваются рукопожатием перед двусторонней встречей',
        en: 'Ministers shake hands before a bilateral meeting',
      }),
      image('pr-tashkent-city-view', 'city', [UZ_BLUE, UZ_GREEN, WHITE], {
        kk: 'Ташкент қаласының көрінісі',
        ru: 'Вид на Ташкент',
        en: 'View of Tashkent',
      }),
    ],
    related: [
      'kazakhstan-kyrgyzstan-foreign-ministers-talks-bishkek',
      'kazakhstan-uzbekistan-foreign-ministers-talks-astana',
      'minister-attends-ots-council-of-foreign-ministers-in-gabala',
    ],
  },

  // ── 5. Consular advice for the holidays ────────────────────────────────
  {
    slug: 'advice-to-citizens-travelling-abroad-during-the-new-year-holidays',
    publishedAt: '2025-12-22T11:00:00+05:00',
    topics: ['consular-affairs'],
    title: {
      kk: 'Жаңа жылдық мерекелерде шетелге шығатын азаматтарға арналған ұсынымдар',
      ru: 'Рекомендации гражданам, выезжающим за рубеж в период новогодних праздников',
      en: 'Advice to citizens travelling abroad during the New Year holidays',
    },
    summary: {
      kk: 'Сыртқы істер министрлігі қысқы демалыс кезінде шетелге сапар жоспарлаған азаматтарға құжаттарын алдын ала тексеріп, баратын елдің заңдары мен кіру ережелерін ескеруді ұсынады.',
      ru: 'МИД Казахстана рекомендует гражданам, планирующим поездки за рубеж в период зимних каникул, заранее проверить документы и учитывать законы и правила въезда страны пребывания.',
      en: 'The Ministry of Foreign Affairs advises citizens planning trips abroad during the winter holidays to check their documents in advance and to observe the laws and entry rules of their destination.',
    },
    body: {
      kk: [
        'Жаңа жыл мен Рождество мерекелері қарсаңында шетелге шығатын Қазақстан азаматтарының саны артады. Осыған байланысты Сыртқы істер министрлігі сапарға алдын ала дайындалып, төмендегі ұсынымдарды ескеруге кеңес береді.',
        'Жолға шықпас бұрын паспорттың жарамдылық мерзімін тексеріңіз: көптеген елдер оның сапар аяқталғаннан кейін кемінде алты ай жарамды болуын талап етеді. Баратын елге кіру ережелері мен визалық талаптар туралы ақпаратты министрліктің ресми сайтынан және Қазақстанның шетелдегі мекемелерінен алуға болады.',
        'Сапардың бүкіл кезеңіне медициналық сақтандыру рәсімдеп, туристік қызметтерді тек сенімді туроператорлардан сатып алыңыз. Паспорт пен өзге де құжаттардың көшірмелерін түпнұсқалардан бөлек сақтап, электрондық нұсқаларын телефоныңызда ұстаған жөн.',
        'Болатын елдің заңдары мен әдет-ғұрпын құрметтеңіз. Бейтаныс адамдардың жүгін алып жүрмеңіз, қолма-қол ақша мен бағалы заттарды қараусыз қалдырмаңыз. Қыс мезгілінде рейстер кешігуі мүмкін, сондықтан әуе компанияларының хабарламаларын қадағалап отырыңыз.',
        'Паспорт жоғалған немесе ұрланған жағдайда жергілікті полицияға арыз беріп, Қазақстан Республикасының жақын маңдағы елшілігіне немесе консулдығына жүгіну қажет. Консулдық мекеме елге оралу үшін Қазақстан Республикасына қайтуға арналған куәлік береді.',
        'Төтенше жағдай туындаса, шетелдегі мекемелерге немесе министрліктің тәулік бойы жұмыс істейтін жедел желісіне хабарласыңыз. Байланыс деректері Сыртқы істер министрлігінің ресми сайтында жарияланған. Министрлік барша азаматтарға қауіпсіз сапар мен мерекелік көңіл күй тілейді.',
      ],
      ru: [
        'В преддверии новогодних и рождественских праздников число граждан Казахстана, выезжающих за рубеж, возрастает. В этой связи Министерство иностранных дел рекомендует заблаговременно подготовиться к поездке и учесть следующие рекомендации.',
        'Перед поездкой проверьте срок действия паспорта: многие страны требуют, чтобы он оставался действительным не менее шести месяцев после окончания поездки. Сведения о правилах въезда и визовых требованиях страны назначения можно получить на официальном сайте Министерства и в загранучреждениях Казахстана.',
        'Оформите медицинскую страховку на весь период поездки и приобретайте туристические услуги только у надежных туроператоров. Копии паспорта и других документов рекомендуется хранить отдельно от оригиналов, а их электронные версии — в своем телефоне.',
        'Уважайте законы и обычаи страны пребывания. Не перевозите багаж незнакомых людей, не оставляйте без присмотра наличные деньги и ценные вещи. В зимний период возможны задержки рейсов, поэтому следите за сообщениями авиакомпаний.',
        'В случае утраты или кражи паспорта необходимо обратиться в местную полицию, а также в ближайшее посольство или консульство Республики Казахстан. Для возвращения на родину консульское учреждение выдаст свидетельство на возвращение в Республику Казахстан.',
        'В чрезвычайных ситуациях обращайтесь в загранучреждения или на круглосуточную горячую линию Министерства. Контактные данные опубликованы на официальном сайте МИД Казахстана. Министерство желает всем гражданам безопасных поездок и праздничного настроения.',
      ],
      en: [
        'The number of Kazakh citizens travelling abroad rises ahead of the New Year and Christmas holidays. The Ministry of Foreign Affairs therefore advises travellers to prepare for their trips in advance and to bear the following in mind.',
        'Before you travel, check the validity of your passport: many countries require it to remain valid for at least six months after the end of your trip. Information on the entry rules and visa requirements of your destination is available on the Ministry’s official website and from Kazakhstan’s missions abroad.',
        'Take out medical insurance for the whole period of your trip and buy travel services only from reliable tour operators. Keep copies of your passport and other documents separately from the originals, and store electronic copies on your phone.',
        'Respect the laws and customs of the country you are visiting. Do not carry luggage for strangers, and do not leave cash or valuables unattended. Flights may be delayed in winter, so keep an eye on announcements from your airline.',
        'If your passport is lost or stolen, report it to the local police and contact the nearest Embassy or Consulate of the Republic of Kazakhstan. The consular office will issue a certificate of return to the Republic of Kazakhstan so that you can travel home.',
        'In an emergency, contact Kazakhstan’s missions abroad or the Ministry’s 24-hour hotline. Contact details are published on the Ministry’s official website. The Ministry wishes all citizens safe travels and a happy holiday season.',
      ],
    },
    hero: image(
      'pr-holiday-travel-airport',
      'airport',
      [KZ_BLUE, KZ_GOLD, WHITE],
      {
        kk: 'Қысқы кеште әуежайда тұрған ұшақ және жолаушыларға арналған трап',
        ru: 'Самолет и пассажирский трап в аэропорту зимним вечером',
        en: 'An aircraft and a passenger stairway at an airport on a winter evening',
      },
      {
        kk: 'Сапар алдында паспорттың жарамдылық мерзімі мен кіру ережелерін тексеріңіз',
        ru: 'Перед поездкой проверьте срок действия паспорта и правила въезда',
        en: 'Check your passport’s validity and the entry rules before you travel',
      },
    ),
    gallery: [
      image('pr-holiday-travel-documents', 'documents', [KZ_BLUE, KZ_GOLD], {
        kk: 'Сапарға қажетті құжаттар: паспорт, сақтандыру полисі және билет',
        ru: 'Документы для поездки: паспорт, страховой полис и билет',
        en: 'Travel documents: a passport, an insurance policy and a ticket',
      }),
      image('pr-holiday-travel-consulate-desk', 'briefing', [KZ_BLUE, WHITE, KZ_GOLD], {
        kk: 'Қазақстан елшілігінің консулдық бөліміндегі қабылдау орны',
        ru: 'Стойка приема в консульском отделе посольства Казахстана',
        en: 'The reception desk of the consular section of a Kazakh embassy',
      }),
    ],
    related: ['briefing-by-the-official-spokesperson-of-the-foreign-ministry'],
  },

  // ── 6. Humanitarian aid ───────────────────────────────────────────────
  {
    slug: 'kazakhstan-delivers-humanitarian-aid-to-afghanistan',
    publishedAt: '2026-01-27T13:00:00+05:00',
    topics: ['culture-and-humanitarian', 'multilateral-diplomacy'],
    title: {
      kk: 'Қазақстан Ауғанстан халқына гуманитарлық көмек жеткізді',
      ru: 'Казахстан доставил гуманитарную помощь народу Афганистана',
      en: 'Kazakhstan delivers humanitarian aid to the people of Afghanistan',
    },
    summary: {
      kk: 'Бидай ұнынан тұратын гуманитарлық жүк қыс айларында мұқтаж ауған отбасыларына көмек көрсету үшін жеткізілді.',
      ru: 'Гуманитарный груз пшеничной муки доставлен для помощи нуждающимся афганским семьям в зимние месяцы.',
      en: 'A humanitarian consignment of wheat flour has been delivered to support Afghan families in need during the winter months.',
    },
    body: {
      kk: [
        'Ауғанстан халқына бидай ұнынан тұратын гуманитарлық көмек жеткізілді. Жүкті жөнелтуді Қазақстан Республикасының Халықаралық даму агенттігі (KazAID) ұйымдастырды.',
        'Гуманитарлық жүк теміржол көлігімен Өзбекстан аумағы арқылы шекаралас Хайратон қаласына жеткізіліп, Қазақстанның Кабулдағы елшілігі өкілдерінің және БҰҰ Дүниежүзілік азық-түлік бағдарламасының қатысуымен тапсырылды.',
        'Көмек Дүниежүзілік азық-түлік бағдарламасымен бірлесіп, қыс айларында азық-түлікке ерекше мұқтаж отбасыларға, ең алдымен әйелдер мен балаларға таратылатын болады.',
        'Қазақстан Ауғанстанға тұрақты түрде гуманитарлық көмек көрсетіп, бұл елдің әлеуметтік-экономикалық тұрғыдан қалпына келуіне үлес қосып келеді. Сонымен қатар ауған жастарын Қазақстанның жоғары оқу орындарында оқыту бағдарламасы жалғасып жатыр.',
        'Сыртқы істер министрлігі мен KazAID халықаралық серіктестермен, соның ішінде Біріккен Ұлттар Ұйымының құрылымдарымен бірлесіп, гуманитарлық көмек көрсету жөніндегі жұмысты жалғастырады.',
      ],
      ru: [
        'Народу Афганистана доставлена гуманитарная помощь – пшеничная мука. Отправку груза организовало Агентство Республики Казахстан по международному развитию (KazAID).',
        'Гуманитарный груз доставлен железнодорожным транспортом через территорию Узбекистана в приграничный город Хайратон и передан при участии представителей Посольства Казахстана в Кабуле и Всемирной продовольственной программы ООН.',
        'Помощь будет распределена совместно со Всемирной продовольственной программой среди семей, особенно нуждающихся в продовольствии в зимние месяцы, прежде всего женщин и детей.',
        'Казахстан на регулярной основе оказывает гуманитарную помощь Афганистану, внося вклад в социально-экономическое восстановление страны. Продолжается также реализация программы обучения афганской молодежи в казахстанских вузах.',
        'МИД и KazAID продолжат работу по оказанию гуманитарной помощи совместно с международными партнерами, в том числе структурами Организации Объединенных Наций.',
      ],
      en: [
        'Humanitarian aid consisting of wheat flour has been delivered to the people of Afghanistan. The shipment was organised by the Kazakhstan Agency for International Development (KazAID).',
        'The consignment travelled by rail through Uzbekistan to the border town of Hairatan and was handed over in the presence of representatives of the Embassy of Kazakhstan in Kabul and the UN World Food Programme.',
        'Together with the World Food Programme, the aid will be distributed among families most in need of food during the winter months, women and children first of all.',
        'Kazakhstan regularly provides humanitarian assistance to Afghanistan, contributing to the country’s social and economic recovery. Its programme for educating young Afghans at Kazakh universities also continues.',
        'The Ministry of Foreign Affairs and KazAID will continue their humanitarian work together with international partners, including the agencies of the United Nations.',
      ],
    },
    hero: image(
      'pr-humanitarian-aid-handover',
      'documents',
      [KZ_BLUE, KZ_GOLD, UN_BLUE],
      {
        kk: 'Гуманитарлық жүкті қабылдап алу-тапсыру актісіне қол қою рәсімі',
        ru: 'Подписание акта приема-передачи гуманитарного груза',
        en: 'Signing of the certificate handing over the humanitarian consignment',
      },
      {
        kk: 'Жүк Хайратон қаласында тапсырылды',
        ru: 'Груз передан в Хайратоне',
        en: 'The consignment was handed over in Hairatan',
      },
    ),
    gallery: [
      image('pr-humanitarian-aid-route-mountains', 'mountains', [KZ_BLUE, UN_BLUE, WHITE], {
        kk: 'Гуманитарлық жүк өтетін таулы өңір, қысқы көрініс',
        ru: 'Горный край на пути гуманитарного груза зимой',
        en: 'Mountain country along the route of the humanitarian consignment in winter',
      }),
      image('pr-humanitarian-aid-handshake', 'handshake', [KZ_BLUE, KZ_GOLD, UN_BLUE], {
        kk: 'Қазақстан елшілігі мен Дүниежүзілік азық-түлік бағдарламасының өкілдері қол алысуда',
        ru: 'Представители посольства Казахстана и Всемирной продовольственной программы обмениваются рукопожатием',
        en: 'Representatives of the Kazakh Embassy and the World Food Programme shake hands',
      }),
    ],
    related: [
      'kazakhstan-calls-for-nuclear-disarmament-at-un-first-committee',
      'central-asian-foreign-ministers-meet-in-tashkent',
    ],
  },

  // ── 7. Round table with foreign investors ─────────────────────────────
  {
    slug: 'foreign-ministry-hosts-round-table-with-foreign-investors-in-astana',
    publishedAt: '2026-03-18T14:30:00+05:00',
    topics: ['economic-diplomacy'],
    title: {
      kk: 'Сыртқы істер министрлігінде шетелдік инвесторлармен дөңгелек үстел өтті',
      ru: 'В МИД Казахстана состоялся круглый стол с иностранными инвесторами',
      en: 'Foreign Ministry hosts a round table with foreign investors in Astana',
    },
    summary: {
      kk: 'Сыртқы істер министрі Ермек Көшербаев Қазақстанда жұмыс істейтін шетелдік компаниялар мен іскерлік қауымдастықтардың өкілдерімен кездесіп, инвестициялық ахуалды жақсарту және экономикалық дипломатияның басым бағыттары туралы пікір алмасты.',
      ru: 'Министр иностранных дел Ермек Кошербаев встретился с представителями иностранных компаний и деловых ассоциаций, работающих в Казахстане, и обсудил с ними улучшение инвестиционного климата и приоритеты экономической дипломатии.',
      en: 'Minister of Foreign Affairs Yermek Kosherbayev met representatives of foreign companies and business associations operating in Kazakhstan to discuss the investment climate and the priorities of economic diplomacy.',
    },
    body: {
      kk: [
        '2026 жылғы 18 наурызда Астанада Сыртқы істер министрі Ермек Көшербаевтың төрағалығымен шетелдік инвесторлармен дөңгелек үстел өтті. Оған Еуропа, Азия және Таяу Шығыс елдерінің компаниялары мен іскерлік қауымдастықтарының басшылары, дипломатиялық корпус, мемлекеттік органдар және «Kazakh Invest» ұлттық компаниясының өкілдері қатысты.',
        'Министр экономикалық дипломатия Қазақстан сыртқы саясатының басым бағыттарының бірі екенін атап өтті. Ол Қазақстанның шетелдегі мекемелері инвесторларды тарту және олардың жобаларын алғашқы кезеңнен бастап сүйемелдеу жұмысына белсенді атсалысатынын айтты.',
        'Ермек Көшербаев инвесторлардың құқықтарын қорғау тетіктеріне, салық режимінің тұрақтылығына, ағылшын құқығы қағидаттарына негізделген «Астана» халықаралық қаржы орталығының мүмкіндіктеріне және арнайы экономикалық аймақтардың әлеуетіне тоқталды. Басым салалар ретінде өңдеу өнеркәсібі, аса маңызды шикізат, жаңартылатын энергетика, агроөнеркәсіптік кешен, көлік-логистика және цифрлық технологиялар аталды.',
        'Шетелдік компаниялардың өкілдері Қазақстандағы жұмыс тәжірибесімен бөлісіп, шетелдік мамандарға виза және жұмысқа рұқсат беру, логистика және валюталық реттеу мәселелері бойынша нақты ұсыныстар айтты. Министрлік өкілдері сұрақтарға жауап беріп, ұсыныстар тиісті мемлекеттік органдардың қарауына жіберілетінін жеткізді.',
        'Кездесу қорытындысы бойынша мұндай диалогты тұрақты түрде өткізуге және инвесторлардың мәселелерін жедел шешу үшін министрлік пен «Kazakh Invest» ұлттық компаниясы арасындағы өзара іс-қимылды күшейтуге уағдаластық жасалды.',
      ],
      ru: [
        '18 марта 2026 г. в Астане под председательством Министра иностранных дел Ермека Кошербаева состоялся круглый стол с иностранными инвесторами. В нем приняли участие руководители компаний и деловых ассоциаций из стран Европы, Азии и Ближнего Востока, представители дипломатического корпуса, государственных органов и национальной компании «Kazakh Invest».',
        'Министр отметил, что экономическая дипломатия является одним из приоритетных направлений внешней политики Казахстана. По его словам, загранучреждения Казахстана активно участвуют в привлечении инвесторов и сопровождении их проектов начиная с самой ранней стадии.',
        'Ермек Кошербаев остановился на механизмах защиты прав инвесторов, стабильности налогового режима, возможностях Международного финансового центра «Астана», действующего на принципах английского права, а также на потенциале специальных экономических зон. В качестве приоритетных отраслей названы обрабатывающая промышленность, критически важное сырье, возобновляемая энергетика, агропромышленный комплекс, транспорт и логистика, цифровые технологии.',
        'Представители иностранных компаний поделились опытом работы в Казахстане и высказали конкретные предложения по вопросам выдачи виз и разрешений на работу иностранным специалистам, логистики и валютного регулирования. Представители Министерства ответили на вопросы и сообщили, что предложения будут направлены на рассмотрение профильных государственных органов.',
        'По итогам встречи достигнута договоренность проводить такой диалог на регулярной основе и усилить взаимодействие Министерства и национальной компании «Kazakh Invest» для оперативного решения вопросов инвесторов.',
      ],
      en: [
        'On 18 March 2026, Minister of Foreign Affairs Yermek Kosherbayev chaired a round table with foreign investors in Astana. It brought together the heads of companies and business associations from Europe, Asia and the Middle East, members of the diplomatic corps, and representatives of government agencies and the national company Kazakh Invest.',
        'The Minister noted that economic diplomacy is one of the priorities of Kazakhstan’s foreign policy. He said that Kazakhstan’s missions abroad play an active part in attracting investors and supporting their projects from the earliest stage.',
        'Yermek Kosherbayev outlined the mechanisms for protecting investors’ rights, the stability of the tax regime, the opportunities offered by the Astana International Financial Centre, which operates on the principles of English law, and the potential of the special economic zones. Manufacturing, critical raw materials, renewable energy, agribusiness, transport and logistics, and digital technologies were named as priority sectors.',
        'Representatives of foreign companies shared their experience of working in Kazakhstan and made specific proposals on visas and work permits for foreign specialists, logistics and currency regulation. Ministry officials answered their questions and said that the proposals would be referred to the relevant government agencies.',
        'The participants agreed to hold such a dialogue regularly and to strengthen cooperation between the Ministry and Kazakh Invest so that investors’ concerns can be resolved promptly.',
      ],
    },
    hero: image(
      'pr-investors-round-table-astana',
      'conference',
      [KZ_BLUE, KZ_GOLD, WHITE],
      {
        kk: 'Шетелдік инвесторлар мен министрлік өкілдері Астанадағы дөңгелек үстел басында',
        ru: 'Иностранные инвесторы и представители министерства за круглым столом в Астане',
        en: 'Foreign investors and ministry officials at a round table in Astana',
      },
      {
        kk: 'Дөңгелек үстелге компаниялар мен іскерлік қауымдастықтардың өкілдері қатысты',
        ru: 'В круглом столе участвовали представители компаний и деловых ассоциаций',
        en: 'Representatives of companies and business associations took part',
      },
    ),
    gallery: [
      image('pr-investors-round-table-hall', 'forum', [KZ_BLUE, KZ_GOLD], {
        kk: 'Сахнасы мен қатар орындықтары бар конференция залы',
        ru: 'Конференц-зал со сценой и рядами кресел',
        en: 'A conference hall with a stage and rows of seats',
      }),
      image('pr-investors-astana-skyline', 'city', [KZ_BLUE, KZ_GOLD, WHITE], {
        kk: 'Астананың іскерлік орталығының көрінісі',
        ru: 'Вид на деловой центр Астаны',
        en: 'View of the business district of Astana',
      }),
    ],
    related: [
      'kazakhstan-germany-political-consultations-in-berlin',
      'kazakhstan-uzbekistan-foreign-ministers-talks-astana',
    ],
  },

  // ── 8. Talks with Uzbekistan in Astana ────────────────────────────────
  {
    slug: 'kazakhstan-uzbekistan-foreign-ministers-talks-astana',
    publishedAt: '2026-04-09T12:00:00+05:00',
    topics: ['bilateral-relations', 'central-asia', 'economic-diplomacy'],
    title: {
      kk: 'Қазақстан мен Өзбекстанның сыртқы істер министрлері Астанада келіссөздер жүргізді',
      ru: 'Министры иностранных дел Казахстана и Узбекистана провели переговоры в Астане',
      en: 'Foreign ministers of Kazakhstan and Uzbekistan hold talks in Astana',
    },
    summary: {
      kk: 'Сыртқы істер министрі Ермек Көшербаев Астанаға ресми сапармен келген Өзбекстан Республикасының Сыртқы істер министрі Бахтиёр Саидовпен келіссөздер жүргізді. Тараптар одақтастық қатынастарды нығайту, сауда-экономикалық және көлік-логистикалық ынтымақтастықты кеңейту мәселелерін талқылады.',
      ru: 'Министр иностранных дел Ермек Кошербаев провел переговоры с Министром иностранных дел Республики Узбекистан Бахтиёром Саидовым, прибывшим в Астану с официальным визитом. Стороны обсудили укрепление союзнических отношений, расширение торгово-экономического и транспортно-логистического сотрудничества.',
      en: 'Minister of Foreign Affairs Yermek Kosherbayev held talks with Minister of Foreign Affairs of the Republic of Uzbekistan Bakhtiyor Saidov, who was in Astana on an official visit. The parties discussed strengthening their allied relations and expanding cooperation in trade, the economy, transport and logistics.',
    },
    body: {
      kk: [
        '2026 жылғы 9 сәуірде Қазақстан Республикасының Сыртқы істер министрі Ермек Көшербаев Астанаға ресми сапармен келген Өзбекстан Республикасының Сыртқы істер министрі Бахтиёр Саидовпен келіссөздер жүргізді.',
        'Министрлер 2022 жылы қол қойылған Одақтастық қатынастар туралы шарт қазақ-өзбек ынтымақтастығының берік құқықтық негізіне айналғанын атап өтіп, жоғары деңгейде қол жеткізілген уағдаластықтардың орындалу барысын қарады. Алдағы жоғары деңгейдегі байланыстарға дайындық мәселелеріне ерекше назар аударылды.',
        'Тараптар өзара тауар айналымын 10 млрд АҚШ долларына жеткізу міндетін іске асыру жолдарын талқылады. Екі ел шекарасында құрылып жатқан «Орталық Азия» халықаралық өнеркәсіптік кооперация орталығы бұл мақсатқа жетуде маңызды рөл атқаратыны атап өтілді.',
        'Көлік-логистика саласында жаңа теміржол және автомобиль бағыттарын дамыту, шекаралық өткізу пункттерін жаңғырту және транзиттік тасымал көлемін арттыру мәселелері қаралды. Сонымен қатар трансшекаралық өзендердің су ресурстарын бірлесіп басқару және энергетика саласындағы ынтымақтастық талқыланды.',
        'Министрлер мәдени-гуманитарлық байланыстарды, туризм мен жастар алмасуын дамытуға мүдделі екенін растап, БҰҰ, ТМД, ШЫҰ, ТМҰ аясында және Орталық Азия мемлекеттері басшыларының Консультативтік кездесуі форматында тығыз үйлестіруді жалғастыруға келісті.',
        'Келіссөздер қорытындысы бойынша екі елдің сыртқы істер министрліктері арасындағы 2026–2027 жылдарға арналған ынтымақтастық бағдарламасына қол қойылды.',
      ],
      ru: [
        '9 апреля 2026 г. Министр иностранных дел Республики Казахстан Ермек Кошербаев провел переговоры с Министром иностранных дел Республики Узбекистан Бахтиёром Саидовым, прибывшим в Астану с официальным визитом.',
        'Министры отметили, что подписанный в 2022 г. Договор о союзнических отношениях стал прочной правовой основой казахстанско-узбекского сотрудничества, и рассмотрели ход реализации договоренностей, достигнутых на высшем уровне. Особое внимание уделено подготовке к предстоящим контактам на высшем уровне.',
        'Стороны обсудили пути выполнения задачи по доведению взаимного товарооборота до 10 млрд долларов США. Отмечено, что важную роль в ее решении сыграет создаваемый на границе двух стран Международный центр промышленной кооперации «Центральная Азия».',
        'В транспортно-логистической сфере рассмотрены вопросы развития новых железнодорожных и автомобильных маршрутов, модернизации пунктов пропуска на границе и увеличения объемов транзитных перевозок. Обсуждены также совместное управление водными ресурсами трансграничных рек и сотрудничество в энергетике.',
        'Министры подтвердили заинтересованность в развитии культурно-гуманитарных связей, туризма и молодежных обменов и договорились продолжать тесную координацию в ООН, СНГ, ШОС, ОТГ и в формате Консультативных встреч глав государств Центральной Азии.',
        'По итогам переговоров подписана Программа сотрудничества между министерствами иностранных дел двух стран на 2026–2027 годы.',
      ],
      en: [
        'On 9 April 2026, Minister of Foreign Affairs of the Republic of Kazakhstan Yermek Kosherbayev held talks with Minister of Foreign Affairs of the Republic of Uzbekistan Bakhtiyor Saidov, who was in Astana on an official visit.',
        'The ministers noted that the Treaty on Allied Relations signed in 2022 has become a solid legal foundation for Kazakh-Uzbek cooperation, and reviewed the implementation of the agreements reached at the highest level. Particular attention was paid to preparations for forthcoming high-level contacts.',
        'The parties discussed ways of meeting the goal of raising mutual trade to 10 billion US dollars. They noted that the International Centre for Industrial Cooperation “Central Asia”, being set up on the border between the two countries, will play an important role in achieving it.',
        'On transport and logistics, the ministers considered new rail and road routes, the modernisation of border crossing points and the growth of transit traffic. They also discussed the joint management of the water resources of transboundary rivers and cooperation in energy.',
        'The ministers confirmed their interest in developing cultural and humanitarian ties, tourism and youth exchanges, and agreed to continue close coordination within the UN, the CIS, the SCO and the OTS, and in the format of the Consultative Meetings of the Heads of State of Central Asia.',
        'Following the talks, the two foreign ministries signed a Programme of Cooperation for 2026–2027.',
      ],
    },
    hero: image(
      'pr-astana-uzbekistan-talks',
      'talks',
      [KZ_BLUE, KZ_GOLD, UZ_GREEN],
      {
        kk: 'Қазақстан мен Өзбекстан делегациялары Астанада келіссөздер үстелінде',
        ru: 'Делегации Казахстана и Узбекистана за столом переговоров в Астане',
        en: 'Delegations of Kazakhstan and Uzbekistan at the negotiating table in Astana',
      },
      {
        kk: 'Ермек Көшербаев пен Бахтиёр Саидовтың келіссөздері',
        ru: 'Переговоры Ермека Кошербаева и Бахтиёра Саидова',
        en: 'Talks between Yermek Kosherbayev and Bakhtiyor Saidov',
      },
    ),
    gallery: [
      image('pr-astana-uzbekistan-programme-signing', 'documents', [KZ_BLUE, UZ_BLUE, UZ_GREEN], {
        kk: 'Министрліктер арасындағы ынтымақтастық бағдарламасына қол қою рәсімі',
        ru: 'Подписание Программы сотрудничества между министерствами',
        en: 'Signing of the Programme of Cooperation between the ministries',
      }),
      image('pr-astana-uzbekistan-handshake', 'handshake', [KZ_BLUE, KZ_GOLD, UZ_BLUE], {
        kk: 'Екі елдің сыртқы істер министрлері қол алысуда',
        ru: 'Министры иностранных дел двух стран обмениваются рукопожатием',
        en: 'The foreign ministers of the two countries shake hands',
      }),
      image('pr-astana-uzbekistan-delegation-arrival', 'airport', [UZ_BLUE, UZ_GREEN, WHITE], {
        kk: 'Өзбекстан делегациясының Астана әуежайына ұшып келуі',
        ru: 'Прибытие делегации Узбекистана в аэропорт Астаны',
        en: 'The Uzbek delegation arrives at Astana airport',
      }),
    ],
    related: [
      'kazakhstan-kyrgyzstan-foreign-ministers-talks-bishkek',
      'central-asian-foreign-ministers-meet-in-tashkent',
    ],
  },

  // ── 9. Days of culture in Budapest ────────────────────────────────────
  {
    slug: 'days-of-kazakh-culture-open-in-budapest',
    publishedAt: '2026-05-21T20:30:00+05:00',
    topics: ['culture-and-humanitarian', 'bilateral-relations'],
    title: {
      kk: 'Будапештте Қазақстан мәдениеті күндері ашылды',
      ru: 'В Будапеште открылись Дни культуры Казахстана',
      en: 'Days of Kazakh Culture open in Budapest',
    },
    summary: {
      kk: 'Венгрия астанасында Қазақстан мәдениеті күндері басталды. Бағдарламаға гала-концерт, қолөнер көрмесі және қазақстандық фильмдердің көрсетілімдері енді.',
      ru: 'В столице Венгрии начались Дни культуры Казахстана. Программа включает гала-концерт, выставку декоративно-прикладного искусства и показы казахстанских фильмов.',
      en: 'The Days of Kazakh Culture have begun in the Hungarian capital. The programme includes a gala concert, an exhibition of applied art and screenings of Kazakh films.',
    },
    body: {
      kk: [
        '2026 жылғы 21 мамырда Будапештте Қазақстан мәдениеті күндері салтанатты түрде ашылды. Іс-шараны Қазақстанның Венгриядағы елшілігі Қазақстан Республикасы Мәдениет және ақпарат министрлігімен бірлесіп ұйымдастырды.',
        'Ашылу рәсімінде Қазақстанның Венгриядағы елшісі мәдени байланыстар екі ел арасындағы достық пен өзара түсіністікті нығайтудың маңызды құралы екенін атап өтті. Венгр тарапының өкілдері қазақ және венгр халықтарын байланыстыратын ортақ дала тарихына және мәдени туыстыққа ерекше тоқталды.',
        'Мерекелік гала-концертте «Астана Опера» театрының солистері мен Құрманғазы атындағы Қазақ ұлттық халық аспаптар оркестрінің әртістері өнер көрсетті. Домбыра мен қобыздың үні, қазақ композиторларының шығармалары мен опера арияларын көрермендер ықыласпен қабылдады.',
        'Мәдениет күндері аясында қазақ қолөнері мен ұлттық киім көрмесі ашылып, қазақстандық көркем фильмдердің көрсетілімдері өтеді. Сондай-ақ Абай Құнанбайұлы шығармаларының венгр тіліндегі жаңа басылымының таныстырылымы жоспарланған.',
        'Қазақстан мәдениеті күндері 24 мамырға дейін жалғасады. Іс-шаралар Будапешттен бөлек Венгрияның бірқатар басқа қалаларында да өтеді.',
      ],
      ru: [
        '21 мая 2026 г. в Будапеште состоялось торжественное открытие Дней культуры Казахстана. Мероприятие организовано Посольством Казахстана в Венгрии совместно с Министерством культуры и информации Республики Казахстан.',
        'На церемонии открытия Посол Казахстана в Венгрии отметил, что культурные связи служат важным инструментом укрепления дружбы и взаимопонимания между двумя странами. Представители венгерской стороны особо остановились на общей степной истории и культурном родстве казахского и венгерского народов.',
        'На праздничном гала-концерте выступили солисты театра «Астана Опера» и артисты Казахского национального оркестра народных инструментов имени Курмангазы. Зрители с большим интересом встретили звучание домбры и кобыза, произведения казахских композиторов и оперные арии.',
        'В рамках Дней культуры открыта выставка казахского декоративно-прикладного искусства и национального костюма, пройдут показы казахстанских художественных фильмов. Запланирована также презентация нового издания произведений Абая Кунанбаева на венгерском языке.',
        'Дни культуры Казахстана продлятся до 24 мая. Помимо Будапешта, мероприятия пройдут и в ряде других городов Венгрии.',
      ],
      en: [
        'The Days of Kazakh Culture were formally opened in Budapest on 21 May 2026. The event was organised by the Embassy of Kazakhstan in Hungary together with the Ministry of Culture and Information of the Republic of Kazakhstan.',
        'At the opening ceremony, Kazakhstan’s Ambassador to Hungary noted that cultural ties are an important means of strengthening friendship and mutual understanding between the two countries. Hungarian representatives spoke of the shared steppe history and cultural kinship of the Kazakh and Hungarian peoples.',
        'Soloists of the Astana Opera and musicians of the Kurmangazy Kazakh National Orchestra of Folk Instruments performed at the gala concert. The audience warmly received the sound of the dombra and kobyz, works by Kazakh composers and opera arias.',
        'The programme also features an exhibition of Kazakh applied art and national costume, as well as screenings of Kazakh feature films. A new Hungarian edition of the works of Abai Kunanbayev is also to be presented.',
        'The Days of Kazakh Culture will continue until 24 May, with events in several other Hungarian cities as well as Budapest.',
      ],
    },
    hero: image(
      'pr-budapest-culture-days-gala',
      'concert',
      [KZ_BLUE, KZ_GOLD, HU_RED],
      {
        kk: 'Будапештегі гала-концерт: жарық түскен сахнадағы қазақ музыканттары',
        ru: 'Гала-концерт в Будапеште: казахские музыканты на освещенной сцене',
        en: 'Gala concert in Budapest: Kazakh musicians on a lit stage',
      },
      {
        kk: 'Құрманғазы атындағы оркестр мен «Астана Опера» солистерінің өнері',
        ru: 'Выступление оркестра имени Курмангазы и солистов «Астана Опера»',
        en: 'The Kurmangazy Orchestra and Astana Opera soloists in performance',
      },
    ),
    gallery: [
      image('pr-budapest-culture-days-film', 'cinema', [KZ_BLUE, HU_GREEN, KZ_GOLD], {
        kk: 'Қазақстандық фильм көрсетіліп жатқан кинозал экраны',
        ru: 'Экран кинозала во время показа казахстанского фильма',
        en: 'A cinema screen during the showing of a Kazakh film',
      }),
      image('pr-budapest-danube-view', 'city', [HU_RED, HU_GREEN, WHITE], {
        kk: 'Дунай жағалауындағы Будапешт қаласының көрінісі',
        ru: 'Вид на Будапешт с берега Дуная',
        en: 'View of Budapest from the bank of the Danube',
      }),
    ],
    related: ['kazakhstan-kyrgyzstan-foreign-ministers-talks-bishkek'],
  },

  // ── 10. Spokesperson's briefing ───────────────────────────────────────
  {
    slug: 'briefing-by-the-official-spokesperson-of-the-foreign-ministry',
    publishedAt: '2026-06-02T11:00:00+05:00',
    topics: ['consular-affairs', 'multilateral-diplomacy'],
    title: {
      kk: 'Сыртқы істер министрлігінің ресми өкілі кезекті брифинг өткізді',
      ru: 'Официальный представитель МИД Казахстана провел очередной брифинг',
      en: 'The Foreign Ministry’s official spokesperson holds a regular briefing',
    },
    summary: {
      kk: 'Брифингте министрліктің мамыр айындағы жұмысының қорытындылары, алдағы сыртқы саяси іс-шаралар және жазғы демалыс маусымында шетелге шығатын азаматтарға арналған консулдық ұсынымдар туралы айтылды.',
      ru: 'На брифинге речь шла об итогах работы Министерства в мае, предстоящих внешнеполитических мероприятиях и консульских рекомендациях для граждан, выезжающих за рубеж в летний сезон.',
      en: 'The briefing covered the results of the Ministry’s work in May, forthcoming foreign policy events and consular advice for citizens travelling abroad during the summer season.',
    },
    body: {
      kk: [
        '2026 жылғы 2 маусымда Қазақстан Республикасы Сыртқы істер министрлігінің ресми өкілі отандық және шетелдік бұқаралық ақпарат құралдарының өкілдеріне арналған кезекті брифинг өткізді.',
        'Ресми өкіл мамыр айында Сыртқы істер министрі Ермек Көшербаев Азия және Еуропа елдерінің әріптестерімен бірқатар келіссөздер жүргізгенін, сондай-ақ Астанада бірнеше шетелдік делегацияны қабылдағанын хабарлады.',
        'Алдағы жоспарлар туралы айта келе, ресми өкіл маусым айында министрлік өкілдерінің бірқатар көпжақты іс-шараларға қатысатынын және Қазақстанға шетелдік делегациялардың сапарлары күтілетінін айтты. Бұл туралы толық ақпарат министрліктің ресми сайтында уақтылы жарияланады.',
        'Консулдық мәселелерге тоқталған ресми өкіл жазғы демалыс маусымы қарсаңында азаматтарды баратын елге кіру ережелерін алдын ала тексеруге, медициналық сақтандыру рәсімдеуге және Қазақстанның шетелдегі мекемелерінің байланыс деректерін өзімен бірге алып жүруге шақырды. Қазақстан азаматтары визасыз бара алатын елдердің тізімі министрліктің сайтында жарияланған.',
        'Брифинг соңында ресми өкіл журналистердің өңірлік күн тәртібіне, Қазақстанның халықаралық ұйымдардағы жұмысына және шетелдегі Қазақстан азаматтарының құқықтарын қорғауға қатысты сұрақтарына жауап берді.',
      ],
      ru: [
        '2 июня 2026 г. официальный представитель Министерства иностранных дел Республики Казахстан провел очередной брифинг для представителей отечественных и зарубежных средств массовой информации.',
        'Официальный представитель сообщил, что в мае Министр иностранных дел Ермек Кошербаев провел ряд переговоров с коллегами из стран Азии и Европы, а также принял в Астане несколько иностранных делегаций.',
        'Говоря о планах на ближайший период, официальный представитель отметил, что в июне представители Министерства примут участие в ряде многосторонних мероприятий, а в Казахстан ожидаются визиты иностранных делегаций. Подробная информация будет своевременно размещаться на официальном сайте Министерства.',
        'Касаясь консульских вопросов, официальный представитель в преддверии летнего сезона отпусков призвал граждан заранее проверять правила въезда в страну назначения, оформлять медицинскую страховку и иметь при себе контактные данные загранучреждений Казахстана. Перечень стран, посещать которые граждане Казахстана могут без визы, опубликован на сайте Министерства.',
        'В завершение брифинга официальный представитель ответил на вопросы журналистов о региональной повестке, работе Казахстана в международных организациях и защите прав граждан Казахстана за рубежом.',
      ],
      en: [
        'On 2 June 2026, the official spokesperson of the Ministry of Foreign Affairs of the Republic of Kazakhstan held a regular briefing for representatives of Kazakh and foreign media.',
        'The spokesperson reported that in May Minister of Foreign Affairs Yermek Kosherbayev had held a series of talks with counterparts from Asia and Europe and had received several foreign delegations in Astana.',
        'Turning to the weeks ahead, the spokesperson said that the Ministry would take part in a number of multilateral events in June and that visits by foreign delegations to Kazakhstan were expected. Full details will be published on the Ministry’s official website in due course.',
        'On consular matters, the spokesperson urged citizens to check the entry rules of their destination in advance of the summer holiday season, to take out medical insurance and to keep the contact details of Kazakhstan’s missions abroad to hand. The list of countries that Kazakh citizens can visit without a visa is published on the Ministry’s website.',
        'At the end of the briefing, the spokesperson answered journalists’ questions on the regional agenda, Kazakhstan’s work in international organisations and the protection of the rights of Kazakh citizens abroad.',
      ],
    },
    hero: image(
      'pr-spokesperson-briefing-lectern',
      'briefing',
      [KZ_BLUE, KZ_GOLD, WHITE],
      {
        kk: 'Сыртқы істер министрлігінің баспасөз залындағы микрофондар орнатылған мінбер',
        ru: 'Трибуна с микрофонами в пресс-зале Министерства иностранных дел',
        en: 'A lectern with microphones in the press room of the Ministry of Foreign Affairs',
      },
      {
        kk: 'Ресми өкілдің брифингі, Астана',
        ru: 'Брифинг официального представителя, Астана',
        en: 'The spokesperson’s briefing, Astana',
      },
    ),
    gallery: [
      image('pr-spokesperson-briefing-press-room', 'forum', [KZ_BLUE, WHITE], {
        kk: 'Брифингке жиналған журналистер отырған баспасөз залы',
        ru: 'Пресс-зал с журналистами, собравшимися на брифинг',
        en: 'The press room with journalists gathered for the briefing',
      }),
      image('pr-spokesperson-briefing-astana-skyline', 'city', [KZ_BLUE, KZ_GOLD], {
        kk: 'Сыртқы істер министрлігі орналасқан Астананың сол жағалауының көрінісі',
        ru: 'Вид на левый берег Астаны, где расположено Министерство иностранных дел',
        en: 'View of the left bank of Astana, where the Ministry of Foreign Affairs is located',
      }),
    ],
    related: [
      'advice-to-citizens-travelling-abroad-during-the-new-year-holidays',
      'foreign-ministry-hosts-round-table-with-foreign-investors-in-astana',
    ],
  },

  // ── 11. CICA ──────────────────────────────────────────────────────────
  {
    slug: 'minister-receives-cica-executive-director',
    publishedAt: '2026-07-08T16:00:00+05:00',
    topics: ['multilateral-diplomacy', 'international-security'],
    title: {
      kk: 'Ермек Көшербаев АӨСШК Атқарушы директорын қабылдады',
      ru: 'Ермек Кошербаев принял Исполнительного директора СВМДА',
      en: 'Yermek Kosherbayev receives the Executive Director of CICA',
    },
    summary: {
      kk: 'Сыртқы істер министрі Азиядағы өзара іс-қимыл және сенім шаралары жөніндегі кеңестің Атқарушы директорымен кездесіп, ұйымның ағымдағы қызметі мен алдағы саммитке дайындықты талқылады.',
      ru: 'Министр иностранных дел встретился с Исполнительным директором Совещания по взаимодействию и мерам доверия в Азии и обсудил текущую деятельность организации и подготовку к предстоящему саммиту.',
      en: 'The Minister of Foreign Affairs met the Executive Director of the Conference on Interaction and Confidence-Building Measures in Asia to discuss its current work and preparations for the forthcoming Summit.',
    },
    body: {
      kk: [
        '2026 жылғы 8 шілдеде Қазақстан Республикасының Сыртқы істер министрі Ермек Көшербаев Азиядағы өзара іс-қимыл және сенім шаралары жөніндегі кеңестің (АӨСШК) Атқарушы директорын қабылдады.',
        'Кездесу барысында тараптар АӨСШК-ның ағымдағы қызметін, Әзербайжан Республикасының 2024–2026 жылдарға арналған төрағалығы аясында атқарылған жұмысты және ұйымның алдағы саммитіне дайындық барысын талқылады.',
        'Ермек Көшербаев АӨСШК-ны шақыру бастамасын Қазақстан 1992 жылы БҰҰ Бас Ассамблеясының 47-сессиясында ұсынғанын еске салды. Министр Қазақстан 2022 жылы Астана саммитінде қабылданған шешімге сәйкес Кеңесті толыққанды халықаралық ұйымға кезең-кезеңімен айналдыру үдерісін дәйекті түрде қолдайтынын атап өтті.',
        'Тараптар әскери-саяси өлшем, жаңа қатерлер мен сын-қатерлер, экономика, экология және гуманитарлық өлшем бойынша сенім шараларын іске асыруға ерекше назар аударды. Атқарушы директор Астанада орналасқан Хатшылыққа Қазақстан тарапынан көрсетіліп отырған тұрақты қолдау үшін алғыс білдірді.',
        'Кездесу соңында тараптар 2027 жылы атап өтілетін АӨСШК бастамасының 35 жылдығына орай бірлескен іс-шаралар өткізу мүмкіндігін қарастыруға уағдаласты.',
      ],
      ru: [
        '8 июля 2026 г. Министр иностранных дел Республики Казахстан Ермек Кошербаев принял Исполнительного директора Совещания по взаимодействию и мерам доверия в Азии (СВМДА).',
        'В ходе встречи стороны обсудили текущую деятельность СВМДА, работу, проделанную в рамках председательства Азербайджанской Республики в 2024–2026 годах, и ход подготовки к предстоящему саммиту организации.',
        'Ермек Кошербаев напомнил, что инициатива созыва СВМДА была выдвинута Казахстаном на 47-й сессии Генеральной Ассамблеи ООН в 1992 г. Министр отметил, что Казахстан последовательно поддерживает процесс поэтапной трансформации Совещания в полноформатную международную организацию в соответствии с решением, принятым на Астанинском саммите в 2022 г.',
        'Особое внимание стороны уделили реализации мер доверия в военно-политическом измерении, в сфере новых вызовов и угроз, в экономическом, экологическом и гуманитарном измерениях. Исполнительный директор поблагодарил казахстанскую сторону за неизменную поддержку Секретариата, расположенного в Астане.',
        'В завершение встречи стороны договорились проработать возможность проведения совместных мероприятий по случаю 35-летия инициативы СВМДА, которое будет отмечаться в 2027 г.',
      ],
      en: [
        'On 8 July 2026, Minister of Foreign Affairs of the Republic of Kazakhstan Yermek Kosherbayev received the Executive Director of the Conference on Interaction and Confidence-Building Measures in Asia (CICA).',
        'They discussed CICA’s current activities, the work done under the 2024–2026 chairmanship of the Republic of Azerbaijan and preparations for the organisation’s forthcoming Summit.',
        'Yermek Kosherbayev recalled that Kazakhstan put forward the initiative to convene CICA at the 47th session of the UN General Assembly in 1992. The Minister noted that Kazakhstan consistently supports the gradual transformation of the Conference into a fully fledged international organisation, in line with the decision taken at the Astana Summit in 2022.',
        'The two sides paid particular attention to implementing confidence-building measures in the military-political dimension, in addressing new challenges and threats, and in the economic, environmental and human dimensions. The Executive Director thanked Kazakhstan for its steady support for the Secretariat, which is based in Astana.',
        'In conclusion, the two sides agreed to explore joint events to mark the 35th anniversary of the CICA initiative in 2027.',
      ],
    },
    hero: image(
      'pr-cica-executive-director-meeting',
      'handshake',
      [CICA_BLUE, KZ_BLUE, KZ_GOLD],
      {
        kk: 'Сыртқы істер министрі АӨСШК Атқарушы директорымен қол алысып амандасуда',
        ru: 'Министр иностранных дел приветствует Исполнительного директора СВМДА рукопожатием',
        en: 'The Minister of Foreign Affairs greets the Executive Director of CICA with a handshake',
      },
      {
        kk: 'Кездесу Сыртқы істер министрлігінде өтті',
        ru: 'Встреча прошла в Министерстве иностранных дел',
        en: 'The meeting took place at the Ministry of Foreign Affairs',
      },
    ),
    gallery: [
      image('pr-cica-executive-director-talks', 'conference', [CICA_BLUE, KZ_BLUE, WHITE], {
        kk: 'Министрлік пен АӨСШК Хатшылығы өкілдерінің дөңгелек үстел басындағы кездесуі',
        ru: 'Встреча представителей министерства и Секретариата СВМДА за круглым столом',
        en: 'Representatives of the Ministry and the CICA Secretariat meet at a round table',
      }),
      image('pr-cica-astana-city', 'city', [CICA_BLUE, KZ_GOLD, WHITE], {
        kk: 'АӨСШК Хатшылығы орналасқан Астана қаласының көрінісі',
        ru: 'Вид на Астану, где расположен Секретариат СВМДА',
        en: 'View of Astana, home of the CICA Secretariat',
      }),
    ],
    related: [
      'kazakhstan-calls-for-nuclear-disarmament-at-un-first-committee',
      'minister-attends-ots-council-of-foreign-ministers-in-gabala',
    ],
  },

  // ── 12. Political consultations with Germany ──────────────────────────
  {
    slug: 'kazakhstan-germany-political-consultations-in-berlin',
    publishedAt: '2026-10-21T17:00:00+05:00',
    topics: ['bilateral-relations', 'economic-diplomacy'],
    title: {
      kk: 'Берлинде Қазақстан мен Германияның сыртқы саяси ведомстволары арасында саяси консультациялар өтті',
      ru: 'В Берлине состоялись политические консультации между МИД Казахстана и Германии',
      en: 'Kazakhstan and Germany hold political consultations between their foreign ministries in Berlin',
    },
    summary: {
      kk: 'Сыртқы істер министрінің орынбасары Германия Федералдық сыртқы істер министрлігінің мемлекеттік хатшысымен саяси консультациялар өткізіп, екіжақты ынтымақтастық пен көпжақты өзара іс-қимылдың өзекті мәселелерін талқылады.',
      ru: 'Заместитель Министра иностранных дел провел политические консультации со статс-секретарем Федерального министерства иностранных дел Германии, обсудив актуальные вопросы двустороннего сотрудничества и многостороннего взаимодействия.',
      en: 'The Deputy Minister of Foreign Affairs held political consultations with a State Secretary of the German Federal Foreign Office, discussing topical issues of bilateral cooperation and multilateral engagement.',
    },
    body: {
      kk: [
        '2026 жылғы 21 қазанда Берлинде Қазақстан Республикасы Сыртқы істер министрлігі мен Германия Федеративтік Республикасы Федералдық сыртқы істер министрлігі арасындағы саяси консультациялардың кезекті раунды өтті. Қазақстан делегациясын Сыртқы істер министрінің орынбасары, неміс делегациясын Федералдық сыртқы істер министрлігінің мемлекеттік хатшысы басқарды.',
        'Тараптар екіжақты саяси диалогтың жай-күйін қарап, алдағы жоғары деңгейдегі байланыстарға дайындық мәселелерін талқылады. Германия Еуропалық Одақтағы Қазақстанның жетекші сауда және инвестициялық серіктестерінің бірі екені атап өтілді.',
        'Экономикалық күн тәртібінде аса маңызды шикізат, жаңартылатын энергетика және «жасыл» сутегі, машина жасау мен агроөнеркәсіптік кешен салаларындағы ынтымақтастық, сондай-ақ Транскаспий халықаралық көлік бағытының әлеуетін арттыру мәселелері басты орын алды.',
        'Мәдени-гуманитарлық салада Алматыдағы Қазақ-неміс университетінің қызметі, ғылыми-білім беру алмасулары және Қазақстандағы неміс этносының екі ел арасындағы байланыстарды нығайтудағы рөлі атап өтілді. Тараптар 2027 жылы Қазақстан мен Германия арасында дипломатиялық қатынастар орнағанына 35 жыл толуына орай өткізілетін іс-шаралар жоспарын талқылады.',
        'Көпжақты күн тәртібі бойынша «Орталық Азия – Германия» форматындағы ынтымақтастық, Еуропалық Одақ пен Орталық Азия арасындағы өзара іс-қимыл және БҰҰ аясындағы әріптестік мәселелері бойынша пікір алмасу өтті.',
      ],
      ru: [
        '21 октября 2026 г. в Берлине состоялся очередной раунд политических консультаций между Министерством иностранных дел Республики Казахстан и Федеральным министерством иностранных дел Федеративной Республики Германия. Казахстанскую делегацию возглавил заместитель Министра иностранных дел, немецкую — статс-секретарь Федерального министерства иностранных дел.',
        'Стороны рассмотрели состояние двустороннего политического диалога и обсудили подготовку к предстоящим контактам на высоком уровне. Отмечено, что Германия является одним из ведущих торговых и инвестиционных партнеров Казахстана в Европейском союзе.',
        'Центральное место в экономической повестке заняли сотрудничество в сферах критически важного сырья, возобновляемой энергетики и «зеленого» водорода, машиностроения и агропромышленного комплекса, а также вопросы наращивания потенциала Транскаспийского международного транспортного маршрута.',
        'В культурно-гуманитарной сфере отмечены деятельность Казахстанско-Немецкого университета в Алматы, научно-образовательные обмены и роль немецкого этноса Казахстана в укреплении связей между двумя странами. Стороны обсудили план мероприятий по случаю 35-летия установления дипломатических отношений между Казахстаном и Германией в 2027 г.',
        'В рамках многосторонней повестки состоялся обмен мнениями о сотрудничестве в формате «Центральная Азия – Германия», взаимодействии Европейского союза и Центральной Азии, а также о партнерстве в рамках ООН.',
      ],
      en: [
        'On 21 October 2026, Berlin hosted a regular round of political consultations between the Ministry of Foreign Affairs of the Republic of Kazakhstan and the Federal Foreign Office of the Federal Republic of Germany. The Kazakh delegation was led by the Deputy Minister of Foreign Affairs and the German delegation by a State Secretary of the Federal Foreign Office.',
        'The parties reviewed the state of bilateral political dialogue and discussed preparations for forthcoming high-level contacts. It was noted that Germany is one of Kazakhstan’s leading trade and investment partners in the European Union.',
        'The economic agenda centred on cooperation in critical raw materials, renewable energy and green hydrogen, mechanical engineering and agribusiness, as well as on increasing the capacity of the Trans-Caspian International Transport Route.',
        'In the cultural and humanitarian sphere, the parties noted the work of the German-Kazakh University in Almaty, academic and research exchanges, and the role of Kazakhstan’s ethnic German community in strengthening ties between the two countries. They also discussed plans to mark the 35th anniversary of diplomatic relations between Kazakhstan and Germany in 2027.',
        'On the multilateral agenda, the sides exchanged views on cooperation in the Central Asia – Germany format, on engagement between the European Union and Central Asia, and on partnership within the United Nations.',
      ],
    },
    hero: image(
      'pr-berlin-political-consultations',
      'talks',
      [KZ_BLUE, DE_BLACK, DE_RED],
      {
        kk: 'Қазақстан мен Германия делегациялары Берлинде келіссөздер үстелінде',
        ru: 'Делегации Казахстана и Германии за столом переговоров в Берлине',
        en: 'Delegations of Kazakhstan and Germany at the negotiating table in Berlin',
      },
      {
        kk: 'Сыртқы істер министрліктері арасындағы саяси консультациялар',
        ru: 'Политические консультации между министерствами иностранных дел',
        en: 'Political consultations between the foreign ministries',
      },
    ),
    gallery: [
      image('pr-berlin-city-view', 'city', [DE_BLACK, DE_RED, DE_GOLD], {
        kk: 'Берлин қаласының көрінісі',
        ru: 'Вид на Берлин',
        en: 'View of Berlin',
      }),
      image('pr-berlin-consultations-handshake', 'handshake', [KZ_BLUE, KZ_GOLD, DE_GOLD], {
        kk: 'Делегация басшылары консультациялар алдында қол алысуда',
        ru: 'Главы делегаций обмениваются рукопожатием перед консультациями',
        en: 'The heads of delegation shake hands before the consultations',
      }),
    ],
    related: [
      'foreign-ministry-hosts-round-table-with-foreign-investors-in-astana',
      'central-asian-foreign-ministers-meet-in-tashkent',
    ],
  },
]

export const pressReleases: PressReleaseSeed[] = typesetByLanguage(asWritten.map(asSample))
