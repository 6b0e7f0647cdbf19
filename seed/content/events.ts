import { typesetByLanguage } from '@/lib/format/typography'

import { pressServiceCredit } from './credit'
import type { EventSeed } from './types'

const credit = pressServiceCredit

// Flag colours used in the palettes.
const KZ_BLUE = '#00AFCA'
const KZ_GOLD = '#FEC50C'
const KG_RED = '#E8112D'
const KG_YELLOW = '#FFEF00'
const KR_RED = '#CD2E3A'
const KR_BLUE = '#0047A0'
const UN_BLUE = '#009EDB'
const EU_BLUE = '#003399'
const EU_GOLD = '#FFCC00'

export const events: EventSeed[] = typesetByLanguage([
  // ── Past events ──────────────────────────────────────────────────────────
  {
    slug: 'official-visit-of-the-korean-foreign-minister-to-astana',
    startsInDays: -40,
    startsAt: '09:30',
    endsAfterDays: 1,
    endsAt: '17:00',
    kind: 'official-visit',
    topics: ['bilateral-relations', 'economic-diplomacy'],
    title: {
      kk: 'Корея Республикасы Сыртқы істер министрінің Астанаға ресми сапары',
      ru: 'Официальный визит Министра иностранных дел Республики Корея в Астану',
      en: 'Official visit of the Minister of Foreign Affairs of the Republic of Korea to Astana',
    },
    location: {
      kk: 'Сыртқы істер министрлігі, Астана',
      ru: 'Министерство иностранных дел, Астана',
      en: 'Ministry of Foreign Affairs, Astana',
    },
    summary: {
      kk: 'Қазақстан Республикасының Сыртқы істер министрі Ермек Көшербаев Астанаға ресми сапармен келген корей әріптесімен келіссөздер жүргізді. Тараптар саяси диалогты, сауда-инвестициялық ынтымақтастықты және «Орталық Азия – Корея Республикасы» форматындағы өзара іс-қимылды талқылады.',
      ru: 'Министр иностранных дел Республики Казахстан Ермек Кошербаев провел переговоры с корейским коллегой, находившимся в Астане с официальным визитом. Стороны обсудили политический диалог, торгово-инвестиционное сотрудничество и взаимодействие в формате «Центральная Азия – Республика Корея».',
      en: 'Minister of Foreign Affairs of the Republic of Kazakhstan Yermek Kosherbayev held talks with his Korean counterpart, who was in Astana on an official visit. The parties discussed political dialogue, trade and investment cooperation and interaction within the Central Asia – Republic of Korea format.',
    },
    body: {
      kk: [
        'Келіссөздер шағын және кеңейтілген құрамда Қазақстан Республикасының Сыртқы істер министрлігінде өтті. Ермек Көшербаев Корея Республикасы Қазақстанның Азиядағы негізгі серіктестерінің бірі екенін, екі ел арасындағы қатынастар стратегиялық әріптестік рухында дамып келе жатқанын атап өтті.',
        'Тараптар жоғары деңгейде қол жеткізілген уағдаластықтардың іске асырылу барысын қарап, өзара тауар айналымын арттыру, энергетика, аса маңызды шикізат, көлік және логистика, денсаулық сақтау мен цифрлық технологиялар салаларындағы ынтымақтастықты кеңейту жолдарын талқылады. Қазақстанда корей компанияларының қатысуымен жүзеге асырылып жатқан бірлескен жобаларға ерекше назар аударылды.',
        'Министрлер сондай-ақ «Орталық Азия – Корея Республикасы» форматындағы алдағы іс-шараларға дайындық және халықаралық ұйымдар, соның ішінде Біріккен Ұлттар Ұйымы аясындағы өзара іс-қимыл туралы пікір алмасты.',
        'Сапар бағдарламасы аясында Сауда және интеграция министрлігінде және іскер топтар өкілдерімен кездесулер өтті, сондай-ақ екі халық арасындағы достық көпірі саналатын Қазақстандағы корей этносының өкілдерімен кездесу ұйымдастырылды.',
      ],
      ru: [
        'Переговоры в узком и расширенном составах состоялись в Министерстве иностранных дел Республики Казахстан. Ермек Кошербаев отметил, что Республика Корея является одним из ключевых партнеров Казахстана в Азии, а отношения двух стран развиваются в духе стратегического партнерства.',
        'Стороны рассмотрели ход реализации договоренностей, достигнутых на высшем уровне, и обсудили пути наращивания взаимного товарооборота, расширения сотрудничества в сферах энергетики, критически важного сырья, транспорта и логистики, здравоохранения и цифровых технологий. Особое внимание уделено совместным проектам, реализуемым в Казахстане с участием корейских компаний.',
        'Министры также обменялись мнениями о подготовке предстоящих мероприятий в формате «Центральная Азия – Республика Корея» и о взаимодействии в рамках международных организаций, в том числе Организации Объединенных Наций.',
        'Программа визита включала встречи в Министерстве торговли и интеграции и с представителями деловых кругов, а также встречу с представителями корейского этноса Казахстана, который служит мостом дружбы между двумя народами.',
      ],
      en: [
        'The talks in restricted and extended formats took place at the Ministry of Foreign Affairs of the Republic of Kazakhstan. Yermek Kosherbayev noted that the Republic of Korea is one of Kazakhstan’s key partners in Asia and that relations between the two countries are developing in the spirit of strategic partnership.',
        'The parties reviewed the implementation of the agreements reached at the highest level and discussed ways to increase mutual trade and to expand cooperation in energy, critical raw materials, transport and logistics, healthcare and digital technologies. Particular attention was paid to joint projects implemented in Kazakhstan with the participation of Korean companies.',
        'The ministers also exchanged views on preparations for upcoming events within the Central Asia – Republic of Korea format and on cooperation within international organisations, including the United Nations.',
        'The programme of the visit included meetings at the Ministry of Trade and Integration and with the business community, as well as a meeting with representatives of the Korean ethnic community of Kazakhstan, which serves as a bridge of friendship between the two peoples.',
      ],
    },
    images: [
      {
        file: 'ev-korea-visit-talks',
        motif: 'talks',
        palette: [KZ_BLUE, KR_RED, KR_BLUE],
        alt: {
          kk: 'Келіссөздер үстелі басында отырған екі делегация, артында – Қазақстан мен Корея Республикасының тулары',
          ru: 'Две делегации за столом переговоров, на заднем плане – флаги Казахстана и Республики Корея',
          en: 'Two delegations seated at a negotiating table, with the flags of Kazakhstan and the Republic of Korea in the background',
        },
        caption: {
          kk: 'Сыртқы істер министрлігінде кеңейтілген құрамда өткен келіссөздер',
          ru: 'Переговоры в расширенном составе в Министерстве иностранных дел',
          en: 'Talks in extended format at the Ministry of Foreign Affairs',
        },
        credit,
      },
      {
        file: 'ev-korea-visit-handshake',
        motif: 'handshake',
        palette: [KZ_BLUE, KZ_GOLD, KR_BLUE],
        alt: {
          kk: 'Қазақстан мен Корея Республикасының тулары аясындағы қол алысу',
          ru: 'Рукопожатие на фоне флагов Казахстана и Республики Корея',
          en: 'A handshake in front of the flags of Kazakhstan and the Republic of Korea',
        },
        credit,
      },
    ],
  },
  {
    slug: 'conference-from-semipalatinsk-to-a-nuclear-weapon-free-world',
    startsInDays: -21,
    startsAt: '10:00',
    endsAfterDays: 0,
    endsAt: '17:30',
    kind: 'conference',
    topics: ['international-security', 'multilateral-diplomacy'],
    title: {
      kk: '«Семей ядролық сынақ полигонынан ядролық қарусыз әлемге» халықаралық конференциясы',
      ru: 'Международная конференция «От Семипалатинского ядерного испытательного полигона к миру, свободному от ядерного оружия»',
      en: 'International conference “From Semipalatinsk to a Nuclear-Weapon-Free World”',
    },
    location: {
      kk: 'Назарбаев Университеті, Астана',
      ru: 'Назарбаев Университет, Астана',
      en: 'Nazarbayev University, Astana',
    },
    summary: {
      kk: 'Қазақстан Республикасының Сыртқы істер министрлігі Семей ядролық сынақ полигонының жабылуына және ядролық қарусыздану мен ядролық қаруды таратпау мәселелеріне арналған халықаралық конференция өткізді. Оған дипломаттар, халықаралық ұйымдардың өкілдері, сарапшылар мен жұртшылық қатысты.',
      ru: 'Министерство иностранных дел Республики Казахстан провело международную конференцию, посвященную закрытию Семипалатинского ядерного испытательного полигона и вопросам ядерного разоружения и нераспространения. В ней приняли участие дипломаты, представители международных организаций, эксперты и общественность.',
      en: 'The Ministry of Foreign Affairs of the Republic of Kazakhstan held an international conference devoted to the closure of the Semipalatinsk nuclear test site and to nuclear disarmament and non-proliferation. Diplomats, representatives of international organisations, experts and members of the public took part.',
    },
    body: {
      kk: [
        'Конференцияны Қазақстан Республикасының Сыртқы істер министрі Ермек Көшербаев ашты. Ол 450-ден астам ядролық сынақ жүргізілген Семей ядролық сынақ полигонының жабылуы және Қазақстанның әлемдегі төртінші ірі ядролық арсеналдан өз еркімен бас тартуы ел сыртқы саясатының іргетасын қалағанын еске салды.',
        'Қатысушылар ядролық қаруды таратпаудың жаһандық режимінің жай-күйін, Ядролық сынақтарға жан-жақты тыйым салу туралы шарттың күшіне ену перспективаларын, Орталық Азиядағы ядролық қарудан азат аймақ туралы шарттың рөлін, сондай-ақ Қазақстан қатысушысы болып табылатын Ядролық қаруға тыйым салу туралы шарттың іске асырылуын талқылады.',
        'Арнайы сессия ядролық сынақтардың гуманитарлық салдарына, зардап шеккен тұрғындарға көмек көрсетуге және бұрынғы полигонға іргелес өңірлердегі қоршаған ортаны қалпына келтіруге арналды. Қатысушылар алдында зардап шеккен қауымдастықтардың өкілдері мен жас зерттеушілер сөз сөйледі.',
        'Қатысушылар Қазақстанның бастамасымен БҰҰ Бас Ассамблеясы жариялаған Ядролық сынақтарға қарсы іс-қимылдың халықаралық күнінің, сондай-ақ ядролық қауіпсіздікті нығайтуға қосылған практикалық үлес ретінде Қазақстандағы МАГАТЭ-нің Төмен байытылған уран банкінің маңызын атап өтті. Конференция ұсынымдары тиісті халықаралық ұйымдардың назарына жеткізіледі.',
      ],
      ru: [
        'Конференцию открыл Министр иностранных дел Республики Казахстан Ермек Кошербаев. Он напомнил, что закрытие Семипалатинского ядерного испытательного полигона, на котором было проведено более 450 ядерных испытаний, и добровольный отказ Казахстана от четвертого по величине ядерного арсенала в мире заложили основу внешней политики страны.',
        'Участники обсудили состояние глобального режима нераспространения, перспективы вступления в силу Договора о всеобъемлющем запрещении ядерных испытаний, роль Договора о зоне, свободной от ядерного оружия, в Центральной Азии, а также реализацию Договора о запрещении ядерного оружия, участником которого является Казахстан.',
        'Отдельная сессия была посвящена гуманитарным последствиям ядерных испытаний, помощи пострадавшему населению и восстановлению окружающей среды в регионах, прилегающих к бывшему полигону. Перед участниками выступили представители пострадавших сообществ и молодые исследователи.',
        'Участники отметили значение Международного дня действий против ядерных испытаний, провозглашенного Генеральной Ассамблеей ООН по инициативе Казахстана, а также Банка низкообогащенного урана МАГАТЭ в Казахстане как практического вклада в укрепление ядерной безопасности. Рекомендации конференции будут доведены до сведения профильных международных организаций.',
      ],
      en: [
        'The conference was opened by Minister of Foreign Affairs of the Republic of Kazakhstan Yermek Kosherbayev. He recalled that the closure of the Semipalatinsk nuclear test site, where more than 450 nuclear tests had been conducted, and Kazakhstan’s voluntary renunciation of the world’s fourth-largest nuclear arsenal laid the foundation of the country’s foreign policy.',
        'Participants discussed the state of the global non-proliferation regime, the prospects for the entry into force of the Comprehensive Nuclear-Test-Ban Treaty, the role of the Treaty on a Nuclear-Weapon-Free Zone in Central Asia, and the implementation of the Treaty on the Prohibition of Nuclear Weapons, to which Kazakhstan is a party.',
        'A separate session was devoted to the humanitarian consequences of nuclear testing, assistance to the affected population and environmental rehabilitation in the regions adjacent to the former test site. Representatives of affected communities and young researchers addressed the participants.',
        'Participants noted the significance of the International Day against Nuclear Tests, proclaimed by the UN General Assembly at the initiative of Kazakhstan, and of the IAEA Low Enriched Uranium Bank in Kazakhstan as a practical contribution to strengthening nuclear security. The recommendations of the conference will be brought to the attention of the relevant international organisations.',
      ],
    },
    images: [
      {
        file: 'ev-semipalatinsk-conference-round-table',
        motif: 'conference',
        palette: [KZ_BLUE, KZ_GOLD, UN_BLUE],
        alt: {
          kk: 'Мемлекеттік тулар мен Біріккен Ұлттар Ұйымының туы қойылған халықаралық конференцияның дөңгелек үстелі',
          ru: 'Круглый стол международной конференции с государственными флагами и флагом Организации Объединенных Наций',
          en: 'Round table of an international conference, with national flags and the flag of the United Nations',
        },
        credit,
      },
      {
        file: 'ev-semipalatinsk-conference-plenary',
        motif: 'forum',
        palette: [KZ_BLUE, UN_BLUE],
        alt: {
          kk: 'Пленарлық отырыс кезіндегі сахнасы мен орындықтар қатары бар конференция залы',
          ru: 'Конференц-зал со сценой и рядами кресел во время пленарного заседания',
          en: 'Conference hall with a stage and rows of seats during the plenary session',
        },
        caption: {
          kk: 'Конференцияның пленарлық отырысы',
          ru: 'Пленарное заседание конференции',
          en: 'Plenary session of the conference',
        },
        credit,
      },
    ],
  },
  {
    slug: 'days-of-kazakh-cinema-in-bishkek',
    startsInDays: -9,
    startsAt: '18:00',
    endsAfterDays: 2,
    endsAt: '21:00',
    kind: 'cultural',
    topics: ['culture-and-humanitarian', 'central-asia'],
    title: {
      kk: 'Бішкектегі Қазақ киносының күндері',
      ru: 'Дни казахского кино в Бишкеке',
      en: 'Days of Kazakh Cinema in Bishkek',
    },
    location: {
      kk: '«Ала-Тоо» кинотеатры, Бішкек',
      ru: 'Кинотеатр «Ала-Тоо», Бишкек',
      en: 'Ala-Too Cinema, Bishkek',
    },
    summary: {
      kk: 'Қазақстан Республикасының Қырғыз Республикасындағы Елшілігі Шәкен Айманов атындағы «Қазақфильм» киностудиясымен бірлесіп Бішкекте Қазақ киносының күндерін өткізді. Үш күн бойы көрермендер отандық кинематографистердің көркем, деректі және анимациялық фильмдерімен танысты.',
      ru: 'Посольство Республики Казахстан в Кыргызской Республике совместно с киностудией «Казахфильм» имени Шакена Айманова провело в Бишкеке Дни казахского кино. В течение трех дней зрители знакомились с художественными, документальными и анимационными фильмами казахстанских кинематографистов.',
      en: 'The Embassy of the Republic of Kazakhstan in the Kyrgyz Republic, together with the Kazakhfilm studio named after Shaken Aimanov, held the Days of Kazakh Cinema in Bishkek. Over three days, audiences saw feature, documentary and animated films by Kazakh filmmakers.',
    },
    body: {
      kk: [
        'Қазақ киносының күндері қазақ-қырғыз келіссөздері барысында қол жеткізілген мәдени-гуманитарлық ынтымақтастықты кеңейту жөніндегі уағдаластықтар аясында өтті. Бағдарламаға қазақстандық режиссерлердің жаңа туындылары, сондай-ақ қалпына келтірілген қазақ киносының классикалық фильмдері енгізілді.',
        'Ашылу салтанатына Қырғыз Республикасы Сыртқы істер министрлігі мен Мәдениет, ақпарат, спорт және жастар саясаты министрлігінің, дипломатиялық корпустың өкілдері, мәдениет және өнер қайраткерлері, сондай-ақ Қырғызстанда тұратын қазақ диаспорасы қатысты. Салтанатта сөз сөйлеген Қазақстан Елшісі екі халықтың ортақ тарихы, туыс тілдері мен дәстүрлері бірлескен шығармашылық жобаларға берік негіз болатынын атап өтті.',
        'Көрсетілімдерден кейін көрермендер түсірілім топтарының мүшелерімен кездесті. Қырғыз әріптестерімен өткен дөңгелек үстел барысында фильмдерді бірлесіп түсіру, кинобағдарламалармен алмасу және жас кинематографистерді даярлау мәселелері талқыланды.',
        'Барлық көрсетілімдерге кіру тегін болды. Тараптар сондай-ақ өзара негізде Қазақстанда Қырғыз киносының күндерін өткізу мәселесін талқылады.',
      ],
      ru: [
        'Дни казахского кино прошли в рамках договоренностей о расширении культурно-гуманитарного сотрудничества, достигнутых в ходе казахстанско-кыргызских переговоров. В программу вошли новые работы казахстанских режиссеров, а также отреставрированные классические картины казахского кинематографа.',
        'В церемонии открытия приняли участие представители Министерства иностранных дел и Министерства культуры, информации, спорта и молодежной политики Кыргызской Республики, дипломатического корпуса, деятели культуры и искусства, а также казахская диаспора Кыргызстана. Выступая на церемонии, Посол Казахстана отметил, что общая история, родственные языки и традиции двух народов создают прочную основу для совместных творческих проектов.',
        'После показов зрители встретились с членами съемочных групп. В ходе круглого стола с кыргызскими коллегами обсуждались вопросы совместного производства фильмов, обмена кинопрограммами и подготовки молодых кинематографистов.',
        'Вход на все показы был свободным. Стороны также обсудили проведение на взаимной основе Дней кыргызского кино в Казахстане.',
      ],
      en: [
        'The Days of Kazakh Cinema were held as part of the agreements on expanding cultural and humanitarian cooperation reached during the Kazakh-Kyrgyz talks. The programme included new works by Kazakh directors as well as restored classics of Kazakh cinema.',
        'The opening ceremony was attended by representatives of the Ministry of Foreign Affairs and the Ministry of Culture, Information, Sports and Youth Policy of the Kyrgyz Republic, the diplomatic corps, figures of culture and the arts, and the Kazakh community of Kyrgyzstan. Speaking at the ceremony, the Ambassador of Kazakhstan noted that the common history, kindred languages and traditions of the two peoples provide a solid basis for joint creative projects.',
        'After the screenings, the audience met members of the film crews. A round table with Kyrgyz colleagues discussed film co-production, the exchange of film programmes and the training of young filmmakers.',
        'Admission to all screenings was free of charge. The parties also discussed holding Days of Kyrgyz Cinema in Kazakhstan on a reciprocal basis.',
      ],
    },
    images: [
      {
        file: 'ev-bishkek-cinema-screen',
        motif: 'cinema',
        palette: [KZ_BLUE, KZ_GOLD, KG_RED],
        alt: {
          kk: 'Қазақстан мен Қырғызстан туларының түстерімен салынған киноэкран мен кинотаспа',
          ru: 'Киноэкран и кинолента в цветах флагов Казахстана и Кыргызстана',
          en: 'A cinema screen and a film strip drawn in the colours of the flags of Kazakhstan and Kyrgyzstan',
        },
        caption: {
          kk: 'Қазақстандық фильмдердің көрсетілімдері үш күн бойы өтті',
          ru: 'Показы казахстанских фильмов проходили в течение трех дней',
          en: 'Screenings of Kazakh films took place over three days',
        },
        credit,
      },
      {
        file: 'ev-bishkek-cinema-city',
        motif: 'city',
        palette: [KG_RED, KG_YELLOW, KZ_BLUE],
        alt: {
          kk: 'Қырғыз Алатауының қарлы шыңдары аясындағы Бішкек қаласының көрінісі',
          ru: 'Панорама Бишкека на фоне заснеженных вершин Ала-Тоо',
          en: 'Skyline of Bishkek against the snow-capped peaks of the Ala-Too range',
        },
        credit,
      },
    ],
  },
  {
    slug: 'meeting-of-the-kazakhstan-kyrgyzstan-council-of-foreign-ministers',
    startsInDays: -3,
    startsAt: '10:00',
    endsAfterDays: 0,
    endsAt: '13:00',
    kind: 'meeting',
    topics: ['bilateral-relations', 'central-asia'],
    title: {
      kk: 'Қазақстан Республикасы мен Қырғыз Республикасы Сыртқы істер министрлері кеңесінің отырысы',
      ru: 'Заседание Совета министров иностранных дел Республики Казахстан и Кыргызской Республики',
      en: 'Meeting of the Council of Ministers of Foreign Affairs of Kazakhstan and Kyrgyzstan',
    },
    location: {
      kk: 'Сыртқы істер министрлігі, Астана',
      ru: 'Министерство иностранных дел, Астана',
      en: 'Ministry of Foreign Affairs, Astana',
    },
    summary: {
      kk: 'Қазақстан Республикасының Сыртқы істер министрі Ермек Көшербаев пен Қырғыз Республикасының Сыртқы істер министрі Астанада екі ел Сыртқы істер министрлері кеңесінің отырысын өткізді. Министрлер сауда, көлік, су-энергетика және мәдениет салаларындағы уағдаластықтардың орындалу барысын қарады.',
      ru: 'Министр иностранных дел Республики Казахстан Ермек Кошербаев и Министр иностранных дел Кыргызской Республики провели в Астане заседание Совета министров иностранных дел двух стран. Министры рассмотрели ход выполнения договоренностей в сферах торговли, транспорта, водно-энергетического и культурного сотрудничества.',
      en: 'Minister of Foreign Affairs of the Republic of Kazakhstan Yermek Kosherbayev and the Minister of Foreign Affairs of the Kyrgyz Republic co-chaired a meeting of the Council of Ministers of Foreign Affairs of the two countries in Astana. The ministers reviewed the implementation of agreements on trade, transport, water and energy, and cultural cooperation.',
    },
    body: {
      kk: [
        'Отырыста Қазақстан мен Қырғызстанның Жоғары мемлекетаралық кеңесі шешімдерінің және екі ел арасындағы стратегиялық әріптестік қатынастарын одан әрі тереңдету жөніндегі уағдаластықтардың орындалу барысы қаралды.',
        'Тараптар өзара тауар айналымын арттыру, өнеркәсіптік кооперацияны кеңейту, мемлекеттік шекара арқылы өткізу пункттеріндегі рәсімдерді жеңілдету, көлік дәліздерін дамыту, сондай-ақ су-энергетика ресурстарын бірлесіп пайдалану мәселелерін талқылады. Шекара маңы және өңіраралық ынтымақтастықты дамытудың маңыздылығы атап өтілді.',
        'Күн тәртібіне мәдени-гуманитарлық өзара іс-қимыл мәселелері де енгізілді. Министрлер Бішкекте Қазақ киносының күндері табысты өткенін атап өтіп, бірлескен іс-шараларды, соның ішінде Шыңғыс Айтматовтың әдеби мұрасына арналған жобаларды жалғастыру туралы уағдаласты.',
        'Министрлер сыртқы істер министрліктері арасындағы тұрақты байланыстарды жалғастыруға уағдаласты.',
      ],
      ru: [
        'На заседании был рассмотрен ход выполнения решений Высшего межгосударственного совета Казахстана и Кыргызстана и договоренностей о дальнейшем углублении отношений стратегического партнерства между двумя странами.',
        'Стороны обсудили вопросы наращивания взаимного товарооборота, расширения промышленной кооперации, упрощения процедур в пунктах пропуска через государственную границу, развития транспортных коридоров, а также совместного использования водно-энергетических ресурсов. Отмечена важность развития приграничного и межрегионального сотрудничества.',
        'В повестку дня были также включены вопросы культурно-гуманитарного взаимодействия. Министры отметили успешное проведение Дней казахского кино в Бишкеке и договорились продолжить совместные мероприятия, в том числе проекты, посвященные литературному наследию Чингиза Айтматова.',
        'Министры договорились продолжить регулярные контакты между министерствами иностранных дел.',
      ],
      en: [
        'The meeting reviewed the implementation of the decisions of the Supreme Interstate Council of Kazakhstan and Kyrgyzstan and of the agreements on further deepening the strategic partnership between the two countries.',
        'The parties discussed increasing mutual trade, expanding industrial cooperation, simplifying procedures at border crossing points, developing transport corridors and the joint use of water and energy resources. The importance of developing cross-border and interregional cooperation was underlined.',
        'Cultural and humanitarian cooperation was also on the agenda. The ministers noted the success of the Days of Kazakh Cinema in Bishkek and agreed to continue joint events, including projects dedicated to the literary heritage of Chingiz Aitmatov.',
        'The ministers agreed to continue regular contacts between the two foreign ministries.',
      ],
    },
    images: [
      {
        file: 'ev-kz-kg-council-talks',
        motif: 'talks',
        palette: [KZ_BLUE, KZ_GOLD, KG_RED],
        alt: {
          kk: 'Екі елдің тулары аясында келіссөздер үстелі басында отырған Қазақстан мен Қырғызстан делегациялары',
          ru: 'Делегации Казахстана и Кыргызстана за столом переговоров на фоне флагов двух стран',
          en: 'The delegations of Kazakhstan and Kyrgyzstan at the negotiating table, with the flags of the two countries behind them',
        },
        caption: {
          kk: 'Сыртқы істер министрлері кеңесінің отырысы',
          ru: 'Заседание Совета министров иностранных дел',
          en: 'Meeting of the Council of Ministers of Foreign Affairs',
        },
        credit,
      },
      {
        file: 'ev-kz-kg-council-handshake',
        motif: 'handshake',
        palette: [KZ_BLUE, KG_RED, KG_YELLOW],
        alt: {
          kk: 'Қазақстан мен Қырғызстан туларының алдында қол алысып тұрған екі елдің сыртқы істер министрлері',
          ru: 'Рукопожатие министров иностранных дел на фоне флагов Казахстана и Кыргызстана',
          en: 'The two foreign ministers shaking hands in front of the flags of Kazakhstan and Kyrgyzstan',
        },
        credit,
      },
    ],
  },

  // ── Upcoming events ──────────────────────────────────────────────────────
  {
    slug: 'briefing-by-the-official-spokesperson-of-the-mfa',
    startsInDays: 2,
    startsAt: '11:00',
    endsAfterDays: 0,
    endsAt: '12:00',
    kind: 'briefing',
    topics: ['bilateral-relations', 'multilateral-diplomacy'],
    title: {
      kk: 'Қазақстан Республикасы Сыртқы істер министрлігі ресми өкілінің брифингі',
      ru: 'Брифинг официального представителя МИД Республики Казахстан',
      en: 'Briefing by the official spokesperson of the Ministry of Foreign Affairs',
    },
    location: {
      kk: 'Сыртқы істер министрлігінің баспасөз орталығы, Астана',
      ru: 'Пресс-центр Министерства иностранных дел, Астана',
      en: 'Press Centre, Ministry of Foreign Affairs, Astana',
    },
    summary: {
      kk: 'Қазақстан Республикасы Сыртқы істер министрлігінің ресми өкілі отандық және шетелдік бұқаралық ақпарат құралдары үшін кезекті апталық брифинг өткізеді. Брифинг министрліктің YouTube арнасында тікелей эфирде көрсетіледі.',
      ru: 'Официальный представитель Министерства иностранных дел Республики Казахстан проведет очередной еженедельный брифинг для казахстанских и зарубежных СМИ. Брифинг будет транслироваться в прямом эфире на YouTube-канале министерства.',
      en: 'The Official Spokesperson of the Ministry of Foreign Affairs of the Republic of Kazakhstan will hold a regular weekly briefing for Kazakh and foreign media. The briefing will be streamed live on the ministry’s YouTube channel.',
    },
    body: {
      kk: [
        'Ресми өкіл журналистерге өткен аптадағы негізгі сыртқы саяси оқиғалар және Сыртқы істер министрі Ермек Көшербаевтың алдағы жұмыс кестесі, соның ішінде Қазақстан мен Қырғызстан Сыртқы істер министрлері кеңесі отырысының қорытындылары туралы ақпарат береді.',
        'Сондай-ақ «Астана» халықаралық форумына дайындық, министрліктің қазақстандық экспорттаушыларды қолдау және инвестиция тарту жөніндегі жұмысы, шетелге шығатын Қазақстан азаматтарына жәрдем көрсетуді қоса алғанда, өзекті консулдық мәселелер сөз болады.',
        'Аккредиттелген журналистер брифингке өздері келіп қатыса алады. Министрлікте тұрақты аккредиттеуі жоқ БАҚ өкілдерінен баспасөз қызметіне алдын ала хабарласуды сұраймыз. Сұрақтарды баспасөз қызметі арқылы алдын ала жолдауға да болады.',
        'Брифинг қазақ және орыс тілдерінде өтеді, қажет болған жағдайда сұрақтарға ағылшын тілінде жауап беріледі. Тікелей трансляция мен жазба министрліктің ресми YouTube арнасында қолжетімді болады.',
      ],
      ru: [
        'Официальный представитель проинформирует журналистов об основных внешнеполитических событиях прошедшей недели и предстоящем графике Министра иностранных дел Ермека Кошербаева, в том числе об итогах заседания Совета министров иностранных дел Казахстана и Кыргызстана.',
        'Также будут освещены подготовка к Международному форуму «Астана», работа министерства по поддержке казахстанских экспортеров и привлечению инвестиций, а также актуальные консульские вопросы, включая содействие гражданам Казахстана, выезжающим за рубеж.',
        'Аккредитованные журналисты могут принять участие в брифинге очно. Представителей СМИ, не имеющих постоянной аккредитации при министерстве, просим заблаговременно обратиться в пресс-службу. Вопросы также можно направить заранее через пресс-службу.',
        'Брифинг пройдет на казахском и русском языках, при необходимости ответы на вопросы будут даны на английском языке. Прямая трансляция и запись будут доступны на официальном YouTube-канале министерства.',
      ],
      en: [
        'The Spokesperson will brief journalists on the main foreign policy events of the past week and on the upcoming schedule of Minister of Foreign Affairs Yermek Kosherbayev, including the outcomes of the meeting of the Council of Ministers of Foreign Affairs of Kazakhstan and Kyrgyzstan.',
        'The briefing will also cover preparations for the Astana International Forum, the ministry’s work to support Kazakh exporters and attract investment, and current consular matters, including assistance to citizens of Kazakhstan travelling abroad.',
        'Accredited journalists may attend in person. Media representatives without permanent accreditation at the ministry are kindly requested to contact the press service in advance. Questions may also be submitted beforehand through the press service.',
        'The briefing will be held in Kazakh and Russian; where necessary, questions will be answered in English. The live stream and the recording will be available on the ministry’s official YouTube channel.',
      ],
    },
    images: [
      {
        file: 'ev-spokesperson-briefing-lectern',
        motif: 'briefing',
        palette: [KZ_BLUE, KZ_GOLD],
        alt: {
          kk: 'Министрліктің баспасөз орталығындағы микрофондар орнатылған мінбер, артында – Қазақстанның Мемлекеттік Туы',
          ru: 'Трибуна с микрофонами в пресс-центре министерства, за ней – Государственный флаг Казахстана',
          en: 'A lectern with microphones in the ministry’s press centre, with the State Flag of Kazakhstan behind it',
        },
        credit,
      },
    ],
    broadcastUrl: 'https://www.youtube.com/@MFAKazakhstan/streams',
  },
  {
    slug: 'consular-service-open-day-for-citizens',
    startsInDays: 6,
    startsAt: '10:00',
    endsAfterDays: 0,
    endsAt: '17:00',
    kind: 'meeting',
    topics: ['consular-affairs'],
    title: {
      kk: 'Консулдық қызметтің азаматтарға арналған ашық есік күні',
      ru: 'День открытых дверей Консульской службы для граждан',
      en: 'Consular service open day for citizens',
    },
    location: {
      kk: 'Сыртқы істер министрлігінің Консулдық қызмет департаменті, Астана',
      ru: 'Департамент консульской службы Министерства иностранных дел, Астана',
      en: 'Consular Service Department, Ministry of Foreign Affairs, Astana',
    },
    summary: {
      kk: 'Сыртқы істер министрлігінің Консулдық қызмет департаменті ашық есік күнін өткізеді: азаматтар консулдық мәселелер бойынша жеке кеңес ала алады. Қызметкерлер құжаттарды заңдастыру және апостильдеу, шетелден құжаттарды талап ету және ел шегінен тыс жүрген азаматтарға жәрдем көрсету жөніндегі сұрақтарға жауап береді.',
      ru: 'Департамент консульской службы Министерства иностранных дел проведет день открытых дверей, в ходе которого граждане смогут лично получить консультации по консульским вопросам. Сотрудники ответят на вопросы о легализации и апостилировании документов, истребовании документов из-за рубежа и содействии гражданам за пределами страны.',
      en: 'The Consular Service Department of the Ministry of Foreign Affairs will hold an open day, giving citizens the opportunity to receive advice on consular matters in person. Staff will answer questions on the legalisation of documents and the apostille, requesting documents from abroad and assistance to citizens outside the country.',
    },
    body: {
      kk: [
        'Ашық есік күні консулдық қызметтердің қолжетімділігін арттыруға және азаматтардың өз сұрақтарына тікелей жауап алуына мүмкіндік беруге арналған. Консулдық қызмет департаментінің қызметкерлері келушілерді алдын ала жазылусыз жеке қабылдайды.',
        'Азаматтар құжаттарды заңдастыру және апостиль қою, шетелде тұратын Қазақстан азаматтарын консулдық есепке алу, шет мемлекеттердің аумағынан құжаттарды талап ету тәртібі, сондай-ақ азаматтық мәселелері бойынша кеңес ала алады. Қызметкерлер шет мемлекеттердің Қазақстан азаматтарына қоятын визалық талаптарын және egov.kz «электрондық үкімет» порталы арқылы мемлекеттік қызметтерді алу тәртібін де түсіндіреді.',
        'Арнайы кеңес беру алаңында шетелге сапарға, оқуға немесе жұмысқа баруды жоспарлап жүргендерге қауіпсіздік шаралары мен төтенше жағдайлардағы іс-қимыл тәртібі, соның ішінде Қазақстанның ең жақын елшілігімен немесе консулдығымен қалай байланысуға болатыны туралы айтып беріледі.',
        'Келушілерден жеке басын куәландыратын құжатты және кеңес алу қажет құжаттардың көшірмелерін өздерімен бірге алып келуді сұраймыз. Ашық есік күні барысында түскен жазбаша өтініштер тіркеліп, заңнамада белгіленген мерзімде қаралады.',
      ],
      ru: [
        'День открытых дверей призван повысить доступность консульских услуг и дать гражданам возможность получить ответы на свои вопросы напрямую. Сотрудники Департамента консульской службы будут принимать посетителей лично без предварительной записи.',
        'Граждане смогут получить консультации по вопросам легализации документов и проставления апостиля, консульского учета граждан Казахстана, проживающих за рубежом, порядка истребования документов с территории иностранных государств, а также по вопросам гражданства. Сотрудники также разъяснят визовые требования иностранных государств для граждан Казахстана и порядок получения государственных услуг через портал «электронного правительства» egov.kz.',
        'На отдельной консультационной площадке тем, кто планирует поездку, учебу или работу за рубежом, расскажут о мерах безопасности и порядке действий в чрезвычайных ситуациях, в том числе о том, как связаться с ближайшим посольством или консульством Казахстана.',
        'Посетителей просят иметь при себе документ, удостоверяющий личность, и копии документов, по которым требуется консультация. Письменные обращения, поступившие в ходе дня открытых дверей, будут зарегистрированы и рассмотрены в установленные законодательством сроки.',
      ],
      en: [
        'The open day aims to make consular services more accessible and to give citizens the opportunity to have their questions answered directly. Staff of the Consular Service Department will receive visitors in person, without prior appointment.',
        'Citizens will be able to obtain advice on the legalisation of documents and the affixing of an apostille, the consular registration of citizens of Kazakhstan residing abroad, the procedure for requesting documents from foreign countries, and matters of citizenship. Staff will also explain the visa requirements of foreign countries for citizens of Kazakhstan and how to obtain public services through the egov.kz e-government portal.',
        'At a separate information desk, those planning to travel, study or work abroad will be advised on safety measures and on what to do in an emergency, including how to contact the nearest embassy or consulate of Kazakhstan.',
        'Visitors are requested to bring an identity document and copies of the documents on which they seek advice. Written applications submitted during the open day will be registered and considered within the time limits established by law.',
      ],
    },
    images: [
      {
        file: 'ev-consular-open-day-desk',
        motif: 'documents',
        palette: [KZ_BLUE, KZ_GOLD],
        alt: {
          kk: 'Төлқұжаттар мен құжаттар жатқан үстел басында азаматқа кеңес беріп отырған консулдық қызметтің маманы',
          ru: 'Сотрудник консульской службы консультирует гражданина за столом с паспортами и документами',
          en: 'A consular officer advising a citizen at a desk with passports and documents',
        },
        credit,
      },
    ],
  },
  {
    slug: 'musical-performance-jamila-after-chingiz-aitmatov',
    startsInDays: 14,
    startsAt: '19:00',
    endsAfterDays: 0,
    endsAt: '21:30',
    kind: 'cultural',
    topics: ['culture-and-humanitarian', 'bilateral-relations'],
    title: {
      kk: 'Шыңғыс Айтматовтың повесі бойынша «Жәмила» музыкалық қойылымы',
      ru: 'Музыкальный спектакль «Джамиля» по повести Чингиза Айтматова',
      en: 'Musical performance “Jamila” after Chingiz Aitmatov',
    },
    location: {
      kk: '«Астана Опера» театрының Камералық залы, Астана',
      ru: 'Камерный зал театра «Астана Опера», Астана',
      en: 'Chamber Hall of Astana Opera, Astana',
    },
    summary: {
      kk: 'Қазақстан мен Қырғызстан өнерпаздары Шыңғыс Айтматовтың «Жәмила» повесі бойынша музыкалық қойылым ұсынады. Кеш Қазақстан Республикасы Сыртқы істер министрлігінің және Қырғыз Республикасының Қазақстан Республикасындағы Елшілігінің қолдауымен ұйымдастырылады.',
      ru: 'Артисты Казахстана и Кыргызстана представят музыкальный спектакль по повести Чингиза Айтматова «Джамиля». Вечер организуется при поддержке Министерства иностранных дел Республики Казахстан и Посольства Кыргызской Республики в Республике Казахстан.',
      en: 'Artists from Kazakhstan and Kyrgyzstan will present a musical performance based on Chingiz Aitmatov’s novella “Jamila”. The evening is organised with the support of the Ministry of Foreign Affairs of the Republic of Kazakhstan and the Embassy of the Kyrgyz Republic in the Republic of Kazakhstan.',
    },
    body: {
      kk: [
        'Ұлы қырғыз жазушысы Шыңғыс Айтматовтың ең танымал шығармаларының бірі – «Жәмила» повесі соғыс жылдарындағы тау ауылының тұрмысы аясында махаббат пен рухани еркіндік туралы баяндайды. Повесть ондаған тілге аударылған және Орталық Азия халықтарының ортақ мәдени мұрасында ерекше орын алады.',
        'Қойылымға екі елдің актерлері, әншілері мен музыканттары қатысады. Музыкалық партитурада ұлттық аспаптар – қазақтың домбырасы мен қырғыздың қомузы камералық оркестрмен бірге үндеседі. Спектакль қазақ және қырғыз тілдерінде, орыс және ағылшын тілдеріндегі субтитрлермен қойылады.',
        'Жоба Қазақстан мен Қырғызстанның сыртқы саяси ведомстволары келіскен мәдени бағдарлама аясында жүзеге асырылып, Шыңғыс Айтматовтың әдеби мұрасына арналған бірлескен іс-шаралар легін жалғастырады.',
        'Қойылымға Қазақстанда аккредиттелген дипломатиялық корпустың мүшелері, шығармашылық зиялы қауым өкілдері мен студенттер шақырылды. Шектеулі мөлшердегі билеттерді театр кассасынан сатып алуға болады.',
      ],
      ru: [
        '«Джамиля» – одно из самых известных произведений великого кыргызского писателя Чингиза Айтматова – повествует о любви и внутренней свободе на фоне жизни горного аила в годы войны. Повесть переведена на десятки языков и занимает особое место в общем культурном наследии народов Центральной Азии.',
        'В постановке заняты актеры, вокалисты и музыканты двух стран. В партитуре спектакля традиционные инструменты – казахская домбра и кыргызский комуз – звучат вместе с камерным оркестром. Спектакль пройдет на казахском и кыргызском языках с русскими и английскими субтитрами.',
        'Проект реализуется в рамках культурной программы, согласованной внешнеполитическими ведомствами Казахстана и Кыргызстана, и продолжает серию совместных мероприятий, посвященных литературному наследию Чингиза Айтматова.',
        'На спектакль приглашены члены аккредитованного в Казахстане дипломатического корпуса, представители творческой интеллигенции и студенты. Ограниченное количество билетов можно будет приобрести в кассе театра.',
      ],
      en: [
        '“Jamila”, one of the best-known works of the great Kyrgyz writer Chingiz Aitmatov, is a story of love and inner freedom set in a mountain village during the war years. The novella has been translated into dozens of languages and holds a special place in the shared cultural heritage of the peoples of Central Asia.',
        'The production brings together actors, singers and musicians from both countries. In its score, traditional instruments – the Kazakh dombra and the Kyrgyz komuz – are joined by a chamber orchestra. The performance will be given in Kazakh and Kyrgyz, with Russian and English surtitles.',
        'The project is being implemented as part of the cultural programme agreed by the foreign ministries of Kazakhstan and Kyrgyzstan and continues a series of joint events dedicated to the literary heritage of Chingiz Aitmatov.',
        'Members of the diplomatic corps accredited in Kazakhstan, representatives of the creative community and students have been invited to the performance. A limited number of tickets will be available at the theatre box office.',
      ],
    },
    images: [
      {
        file: 'ev-jamila-stage',
        motif: 'concert',
        palette: [KG_RED, KG_YELLOW, KZ_BLUE],
        alt: {
          kk: 'Музыкалық қойылымға дайындалған, жылы түсті прожекторлармен жарықтандырылған театр сахнасы',
          ru: 'Театральная сцена, освещенная теплым светом прожекторов, перед началом музыкального спектакля',
          en: 'A theatre stage lit by warm spotlights, set for a musical performance',
        },
        caption: {
          kk: 'Қойылымда қазақтың домбырасы мен қырғыздың қомузы камералық оркестрмен бірге үндеседі',
          ru: 'В спектакле казахская домбра и кыргызский комуз звучат вместе с камерным оркестром',
          en: 'The performance combines the Kazakh dombra and the Kyrgyz komuz with a chamber orchestra',
        },
        credit,
      },
      {
        file: 'ev-jamila-mountain-valley',
        motif: 'mountains',
        palette: [KZ_BLUE, KG_RED, KZ_GOLD],
        alt: {
          kk: 'Таң атқандағы тау аңғары – Шыңғыс Айтматов повесіндегі оқиға өтетін өлкенің бейнесі',
          ru: 'Горная долина на рассвете – образ места действия повести Чингиза Айтматова',
          en: 'A mountain valley at dawn, evoking the setting of Chingiz Aitmatov’s novella',
        },
        credit,
      },
    ],
  },
  {
    slug: 'economic-diplomacy-conference-with-foreign-investors',
    startsInDays: 30,
    startsAt: '10:00',
    endsAfterDays: 0,
    endsAt: '18:00',
    kind: 'conference',
    topics: ['economic-diplomacy'],
    title: {
      kk: 'Шетелдік инвесторлардың қатысуымен өтетін экономикалық дипломатия жөніндегі конференция',
      ru: 'Конференция по экономической дипломатии с участием иностранных инвесторов',
      en: 'Economic diplomacy conference with foreign investors',
    },
    location: {
      kk: '«Астана» халықаралық қаржы орталығы, Астана',
      ru: 'Международный финансовый центр «Астана», Астана',
      en: 'Astana International Financial Centre, Astana',
    },
    summary: {
      kk: 'Қазақстан Республикасының Сыртқы істер министрлігі «Kazakh Invest» ұлттық компаниясымен бірлесіп шетелдік инвесторлардың, Қазақстанның шетелдегі мекемелері басшыларының және мемлекеттік органдар өкілдерінің қатысуымен экономикалық дипломатия жөніндегі конференция өткізеді. Тіркелу «Kazakh Invest» сайтында ашық.',
      ru: 'Министерство иностранных дел Республики Казахстан совместно с национальной компанией «Kazakh Invest» проведет конференцию по экономической дипломатии с участием иностранных инвесторов, руководителей загранучреждений Казахстана и представителей государственных органов. Регистрация открыта на сайте «Kazakh Invest».',
      en: 'The Ministry of Foreign Affairs of the Republic of Kazakhstan, together with the national company Kazakh Invest, will hold a conference on economic diplomacy with the participation of foreign investors, heads of Kazakhstan’s missions abroad and representatives of government agencies. Registration is open on the Kazakh Invest website.',
    },
    body: {
      kk: [
        'Конференцияны Сыртқы істер министрі Ермек Көшербаев ашады. Қатысушылар Қазақстанның шетелдегі мекемелерінің инвестиция тартудағы, шикізаттық емес экспортты ілгерілетудегі және қазақстандық компанияларды сыртқы нарықтарда қолдаудағы рөлін талқылайды.',
        'Бағдарламаға инвестициялық ахуал мен инвесторларды мемлекеттік қолдау құралдарына, Транскаспий халықаралық көлік бағытындағы көлік-логистика жобаларына, сондай-ақ энергетикалық ауысу, аса маңызды минералдар, ауыл шаруашылығы және цифрлық технологиялар салаларындағы ынтымақтастыққа арналған панельдік сессиялар енгізілген.',
        'Қазақстанда жұмыс істеп жатқан шетелдік компаниялардың өкілдері өз тәжірибесімен бөліседі, ал өңірлердің жергілікті атқарушы органдары инвестициялық жобаларды таныстырады. Конференция аясында B2B және B2G форматындағы кездесулер ұйымдастырылады.',
        'Қатысу тегін, ол үшін «Kazakh Invest» ұлттық компаниясының сайтында алдын ала тіркелу қажет. Жұмыс тілдері – қазақ, орыс және ағылшын тілдері, ілеспе аударма қамтамасыз етіледі.',
      ],
      ru: [
        'Конференцию откроет Министр иностранных дел Ермек Кошербаев. Участники обсудят роль загранучреждений Казахстана в привлечении инвестиций, продвижении несырьевого экспорта и поддержке казахстанских компаний на внешних рынках.',
        'Программа включает панельные сессии, посвященные инвестиционному климату и инструментам государственной поддержки инвесторов, транспортно-логистическим проектам на Транскаспийском международном транспортном маршруте, а также сотрудничеству в сферах энергетического перехода, критически важных минералов, сельского хозяйства и цифровых технологий.',
        'Представители иностранных компаний, уже работающих в Казахстане, поделятся своим опытом, а местные исполнительные органы регионов представят инвестиционные проекты. На полях конференции будут организованы встречи в форматах B2B и B2G.',
        'Участие бесплатное при условии предварительной регистрации на сайте национальной компании «Kazakh Invest». Рабочие языки – казахский, русский и английский, будет обеспечен синхронный перевод.',
      ],
      en: [
        'The conference will be opened by Minister of Foreign Affairs Yermek Kosherbayev. Participants will discuss the role of Kazakhstan’s missions abroad in attracting investment, promoting non-commodity exports and supporting Kazakh companies in foreign markets.',
        'The programme includes panel sessions on the investment climate and state support instruments for investors, on transport and logistics projects along the Trans-Caspian International Transport Route, and on cooperation in the energy transition, critical minerals, agriculture and digital technologies.',
        'Representatives of foreign companies already operating in Kazakhstan will share their experience, and regional administrations will present investment projects. B2B and B2G meetings will be arranged on the margins of the conference.',
        'Participation is free of charge, subject to prior registration on the website of the national company Kazakh Invest. The working languages are Kazakh, Russian and English, with simultaneous interpretation provided.',
      ],
    },
    images: [
      {
        file: 'ev-economic-diplomacy-round-table',
        motif: 'conference',
        palette: [KZ_BLUE, KZ_GOLD, '#1F3A5F'],
        alt: {
          kk: 'Шетелдік инвесторлар қатысатын конференцияға дайындалған, бірнеше елдің тулары қойылған дөңгелек үстел',
          ru: 'Круглый стол с флагами нескольких стран, подготовленный к конференции с участием иностранных инвесторов',
          en: 'A round table with the flags of several countries, set for a conference with foreign investors',
        },
        credit,
      },
      {
        file: 'ev-economic-diplomacy-astana-skyline',
        motif: 'city',
        palette: [KZ_BLUE, KZ_GOLD],
        alt: {
          kk: 'Іскерлік ауданның биік ғимараттары көрінетін Астана қаласының панорамасы',
          ru: 'Панорама Астаны с высотными зданиями делового района',
          en: 'Skyline of Astana with the high-rise buildings of the business district',
        },
        caption: {
          kk: 'Конференция «Астана» халықаралық қаржы орталығында өтеді',
          ru: 'Конференция пройдет в Международном финансовом центре «Астана»',
          en: 'The conference will take place at the Astana International Financial Centre',
        },
        credit,
      },
    ],
    registrationUrl: 'https://invest.gov.kz/',
  },
  {
    slug: 'astana-international-forum',
    startsInDays: 55,
    startsAt: '09:00',
    endsAfterDays: 1,
    endsAt: '18:00',
    kind: 'forum',
    topics: ['multilateral-diplomacy', 'economic-diplomacy'],
    title: {
      kk: '«Астана» халықаралық форумы',
      ru: 'Международный форум «Астана»',
      en: 'Astana International Forum',
    },
    location: {
      kk: 'Тәуелсіздік сарайы, Астана',
      ru: 'Дворец Независимости, Астана',
      en: 'Palace of Independence, Astana',
    },
    summary: {
      kk: '«Астана» халықаралық форумы жаһандық сын-қатерлерге жауап іздеу үшін мемлекет және үкімет басшыларын, министрлерді, халықаралық ұйымдардың жетекшілерін, бизнес пен сарапшылар қауымдастығының өкілдерін біріктіреді. Қазақстан Республикасының Сыртқы істер министрлігі форумды дайындау жұмысына қатысады.',
      ru: 'Международный форум «Астана» объединит глав государств и правительств, министров, руководителей международных организаций, представителей бизнеса и экспертного сообщества для поиска ответов на глобальные вызовы. Министерство иностранных дел Республики Казахстан принимает участие в подготовке форума.',
      en: 'The Astana International Forum will bring together heads of state and government, ministers, leaders of international organisations, business and experts to seek responses to global challenges. The Ministry of Foreign Affairs of the Republic of Kazakhstan is taking part in the preparation of the forum.',
    },
    body: {
      kk: [
        'Форум халықаралық күн тәртібінің негізгі мәселелері бойынша ашық диалог алаңы болмақ. Сессиялар геосаясат пен қауіпсіздікке, әлемдік экономика мен қаржыға, климаттың өзгеруі мен энергетикаға, сондай-ақ тұрақты даму мен жаңа технологияларға арналады.',
        'Қатысушылар жаһандық басқару жүйесін реформалауды, сенім мен ынтымақтастықты нығайтудағы орта державалардың рөлін, Орталық Азияның әлемдік нарықтармен көліктік байланысын және су-энергетика күн тәртібінің өңірлік өлшемін талқылайды.',
        'Форум аясында Қазақстан Республикасының Сыртқы істер министрі Ермек Көшербаев шетелдік делегациялар басшыларымен бірқатар екіжақты кездесулер өткізеді. Сондай-ақ «Орталық Азия – Еуропалық Одақ» форматында сыртқы істер министрлерінің кездесуін өткізу жоспарлануда.',
        'БАҚ өкілдерін аккредиттеу форумның ресми сайты арқылы жүзеге асырылады. Бағдарлама мен спикерлер туралы ақпарат түскен сайын жарияланып отырады.',
      ],
      ru: [
        'Форум станет площадкой для открытого диалога по ключевым вопросам международной повестки дня. Сессии будут посвящены геополитике и безопасности, мировой экономике и финансам, изменению климата и энергетике, а также устойчивому развитию и новым технологиям.',
        'Участники обсудят реформирование системы глобального управления, роль средних держав в укреплении доверия и сотрудничества, транспортную взаимосвязанность Центральной Азии с мировыми рынками и региональное измерение водно-энергетической повестки.',
        'На полях форума Министр иностранных дел Республики Казахстан Ермек Кошербаев проведет ряд двусторонних встреч с главами иностранных делегаций. Также планируется проведение встречи министров иностранных дел в формате «Центральная Азия – Европейский союз».',
        'Аккредитация представителей СМИ осуществляется через официальный сайт форума. Информация о программе и спикерах будет публиковаться по мере поступления.',
      ],
      en: [
        'The forum will serve as a platform for open dialogue on key issues of the international agenda. Its sessions will focus on geopolitics and security, the global economy and finance, climate change and energy, as well as sustainable development and new technologies.',
        'Participants will discuss the reform of the global governance system, the role of middle powers in strengthening trust and cooperation, the transport connectivity of Central Asia with world markets and the regional dimension of the water and energy agenda.',
        'On the margins of the forum, Minister of Foreign Affairs of the Republic of Kazakhstan Yermek Kosherbayev will hold a series of bilateral meetings with heads of foreign delegations. A meeting of foreign ministers in the Central Asia – European Union format is also planned.',
        'Media accreditation is carried out through the official website of the forum. Information on the programme and speakers will be published as it becomes available.',
      ],
    },
    images: [
      {
        file: 'ev-astana-forum-plenary-hall',
        motif: 'forum',
        palette: [KZ_BLUE, KZ_GOLD, '#FFFFFF'],
        alt: {
          kk: 'Сахнасы мен экраны бар форумның үлкен залы, орындықтар қатарында делегаттар отыр',
          ru: 'Большой зал форума со сценой и экраном, ряды кресел заполнены делегатами',
          en: 'A large forum hall with a stage and a screen, its rows of seats filled with delegates',
        },
        caption: {
          kk: 'Форумның пленарлық сессиясы өтетін зал',
          ru: 'Зал пленарной сессии форума',
          en: 'The hall of the forum’s plenary session',
        },
        credit,
      },
      {
        file: 'ev-astana-forum-skyline',
        motif: 'city',
        palette: [KZ_BLUE, KZ_GOLD],
        alt: {
          kk: 'Кешкі Астана панорамасы, биік ғимараттардың ортасында – «Бәйтерек» монументі',
          ru: 'Вечерняя панорама Астаны с монументом «Байтерек» среди высотных зданий',
          en: 'Astana skyline at dusk, with the Baiterek monument among the high-rise buildings',
        },
        credit,
      },
      {
        file: 'ev-astana-forum-central-asia-eu',
        motif: 'conference',
        palette: [EU_BLUE, EU_GOLD, KZ_BLUE],
        alt: {
          kk: 'Орталық Азия мемлекеттері мен Еуропалық Одақтың тулары қойылған дөңгелек үстел',
          ru: 'Круглый стол с флагами государств Центральной Азии и Европейского союза',
          en: 'A round table with the flags of the Central Asian states and the European Union',
        },
        caption: {
          kk: 'Форум аясында «Орталық Азия – Еуропалық Одақ» форматында министрлер кездесуі жоспарланған',
          ru: 'На полях форума планируется встреча министров в формате «Центральная Азия – Европейский союз»',
          en: 'A ministerial meeting in the Central Asia – European Union format is planned on the margins of the forum',
        },
        credit,
      },
    ],
  },
])
