import type { DocumentSeed, Localized } from './types'

const minister: Localized = {
  kk: 'Қазақстан Республикасының Сыртқы істер министрі Ермек Көшербаев',
  ru: 'Министр иностранных дел Республики Казахстан Ермек Кошербаев',
  en: 'Minister of Foreign Affairs of the Republic of Kazakhstan Yermek Kosherbayev',
}
const astana: Localized = { kk: 'Астана қаласы', ru: 'г. Астана', en: 'Astana' }

export const documents: DocumentSeed[] = [
  {
    slug: 'joint-statement-kazakhstan-kyrgyzstan-foreign-ministers',
    documentType: 'joint-statement',
    signedOn: '2026-02-13',
    topics: ['bilateral-relations', 'central-asia'],
    title: {
      kk: 'Қазақстан Республикасы мен Қырғыз Республикасы сыртқы істер министрлерінің бірлескен мәлімдемесі',
      ru: 'Совместное заявление министров иностранных дел Республики Казахстан и Кыргызской Республики',
      en: 'Joint Statement of the Ministers of Foreign Affairs of the Republic of Kazakhstan and the Kyrgyz Republic',
    },
    place: { kk: 'Бішкек қаласы', ru: 'г. Бишкек', en: 'Bishkek' },
    signatory: minister,
    summary: {
      kk: 'Министрлер одақтастық қатынастарды нығайтуға, мемлекеттік шекараны делимитациялау мен демаркациялау жұмысын аяқтауға және өзара сауда көлемін арттыруға бейіл екенін растады.',
      ru: 'Министры подтвердили приверженность укреплению союзнических отношений, завершению делимитации и демаркации государственной границы и наращиванию взаимной торговли.',
      en: 'The ministers reaffirmed their commitment to strengthening allied relations, completing the delimitation and demarcation of the state border and increasing mutual trade.',
    },
    text: {
      kk: 'Тараптар Қазақстан мен Қырғызстан арасындағы одақтастық қатынастардың жоғары деңгейін атап өтіп, екі ел Президенттерінің уағдаластықтарын іске асыру барысын талқылады. Министрлер өзара сауда көлемін 2030 жылға қарай 3 миллиард АҚШ долларына жеткізу, шекара арқылы өткізу пункттерін жаңғырту және су-энергетика саласындағы ынтымақтастықты дамыту жөніндегі бірлескен жұмысты жалғастыруға келісті.',
      ru: 'Стороны отметили высокий уровень союзнических отношений между Казахстаном и Кыргызстаном и обсудили ход реализации договорённостей глав государств. Министры договорились продолжить совместную работу по доведению взаимного товарооборота до 3 миллиардов долларов США к 2030 году, модернизации пунктов пропуска на государственной границе и развитию сотрудничества в водно-энергетической сфере.',
      en: 'The parties noted the high level of allied relations between Kazakhstan and Kyrgyzstan and reviewed the implementation of the agreements reached by the two Presidents. The ministers agreed to continue joint work towards raising mutual trade to 3 billion US dollars by 2030, modernising border crossing points and developing cooperation in water and energy.',
    },
  },
  {
    slug: 'memorandum-diplomatic-training-uzbekistan',
    documentType: 'memorandum',
    signedOn: '2026-01-22',
    topics: ['bilateral-relations', 'central-asia'],
    title: {
      kk: 'Қазақстан Республикасы Сыртқы істер министрлігі мен Өзбекстан Республикасы Сыртқы істер министрлігі арасындағы дипломатиялық кадрларды даярлау саласындағы ынтымақтастық туралы өзара түсіністік меморандумы',
      ru: 'Меморандум о взаимопонимании между Министерством иностранных дел Республики Казахстан и Министерством иностранных дел Республики Узбекистан о сотрудничестве в области подготовки дипломатических кадров',
      en: 'Memorandum of Understanding between the Ministry of Foreign Affairs of the Republic of Kazakhstan and the Ministry of Foreign Affairs of the Republic of Uzbekistan on Cooperation in the Training of Diplomats',
    },
    place: astana,
    signatory: minister,
    summary: {
      kk: 'Екі министрлік жас дипломаттарды тағылымдамадан өткізуге, бірлескен біліктілікті арттыру курстарын ұйымдастыруға және оқу-әдістемелік материалдармен алмасуға уағдаласты.',
      ru: 'Министерства договорились о стажировках молодых дипломатов, совместных курсах повышения квалификации и обмене учебно-методическими материалами.',
      en: 'The ministries agreed on internships for young diplomats, joint professional development courses and the exchange of teaching materials.',
    },
    text: {
      kk: 'Тараптар дипломатиялық қызметтің кадрлық әлеуетін нығайту мақсатында жыл сайын жас дипломаттар алмасуын өткізуге, халықаралық құқық, көпжақты дипломатия және консулдық қызмет мәселелері бойынша бірлескен семинарлар ұйымдастыруға келісті. Меморандум қол қойылған күнінен бастап күшіне енеді және бес жыл бойы қолданылады.',
      ru: 'В целях укрепления кадрового потенциала дипломатической службы Стороны договорились ежегодно проводить обмен молодыми дипломатами и организовывать совместные семинары по вопросам международного права, многосторонней дипломатии и консульской службы. Меморандум вступает в силу с даты подписания и действует в течение пяти лет.',
      en: 'To strengthen the professional capacity of their diplomatic services, the Parties agreed to hold annual exchanges of young diplomats and to organise joint seminars on international law, multilateral diplomacy and consular service. The Memorandum enters into force on the date of its signature and remains in force for five years.',
    },
  },
  {
    slug: 'order-accreditation-of-foreign-media',
    documentType: 'order',
    number: '№ 11-1-4/245',
    signedOn: '2025-11-20',
    topics: ['consular-affairs'],
    title: {
      kk: 'Шетелдік бұқаралық ақпарат құралдары өкілдерін Қазақстан Республикасында аккредиттеу қағидаларын бекіту туралы',
      ru: 'Об утверждении Правил аккредитации представителей иностранных средств массовой информации в Республике Казахстан',
      en: 'On Approval of the Rules for the Accreditation of Representatives of Foreign Mass Media in the Republic of Kazakhstan',
    },
    place: astana,
    signatory: minister,
    summary: {
      kk: 'Бұйрық шетелдік журналистерді аккредиттеу тәртібін, қажетті құжаттар тізбесін және өтінішті қарау мерзімдерін белгілейді.',
      ru: 'Приказ устанавливает порядок аккредитации иностранных журналистов, перечень необходимых документов и сроки рассмотрения заявлений.',
      en: 'The order sets out how foreign journalists are accredited, the documents required and the time limits for considering applications.',
    },
    text: {
      kk: 'Қазақстан Республикасының «Бұқаралық ақпарат құралдары туралы» Заңына сәйкес БҰЙЫРАМЫН: 1. Қоса беріліп отырған Шетелдік бұқаралық ақпарат құралдары өкілдерін Қазақстан Республикасында аккредиттеу қағидалары бекітілсін. 2. Қазақстан Республикасы Сыртқы істер министрлігінің Баспасөз қызметі осы бұйрықты ресми жариялауды қамтамасыз етсін. 3. Осы бұйрық алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі.',
      ru: 'В соответствии с Законом Республики Казахстан «О средствах массовой информации» ПРИКАЗЫВАЮ: 1. Утвердить прилагаемые Правила аккредитации представителей иностранных средств массовой информации в Республике Казахстан. 2. Пресс-службе Министерства иностранных дел Республики Казахстан обеспечить официальное опубликование настоящего приказа. 3. Настоящий приказ вводится в действие по истечении десяти календарных дней после дня его первого официального опубликования.',
      en: 'In accordance with the Law of the Republic of Kazakhstan on Mass Media, I HEREBY ORDER: 1. The attached Rules for the Accreditation of Representatives of Foreign Mass Media in the Republic of Kazakhstan are approved. 2. The Press Service of the Ministry of Foreign Affairs shall ensure the official publication of this order. 3. This order enters into force ten calendar days after the day of its first official publication.',
    },
  },
  {
    slug: 'statement-international-day-against-nuclear-tests-2025',
    documentType: 'statement',
    signedOn: '2025-08-29',
    topics: ['international-security', 'multilateral-diplomacy'],
    title: {
      kk: 'Ядролық сынақтарға қарсы халықаралық күнге орай Қазақстан Республикасы Сыртқы істер министрлігінің мәлімдемесі',
      ru: 'Заявление Министерства иностранных дел Республики Казахстан в связи с Международным днём действий против ядерных испытаний',
      en: 'Statement of the Ministry of Foreign Affairs of the Republic of Kazakhstan on the International Day against Nuclear Tests',
    },
    place: astana,
    summary: {
      kk: 'Министрлік Семей ядролық сынақ полигонының жабылғанына 34 жыл толуына орай барлық мемлекеттерді Ядролық сынақтарға жаппай тыйым салу туралы шартқа қосылуға шақырады.',
      ru: 'В 34-ю годовщину закрытия Семипалатинского ядерного полигона министерство призывает все государства присоединиться к Договору о всеобъемлющем запрещении ядерных испытаний.',
      en: 'On the 34th anniversary of the closure of the Semipalatinsk nuclear test site, the Ministry calls on all states to join the Comprehensive Nuclear-Test-Ban Treaty.',
    },
    text: {
      kk: '1991 жылғы 29 тамызда Семей ядролық сынақ полигоны жабылды. Қазақстан әлемдегі төртінші ядролық арсеналдан өз еркімен бас тартып, ядролық қарусыздану ісінің көшбасшыларының біріне айналды. Біз Ядролық сынақтарға жаппай тыйым салу туралы шартты әлі ратификацияламаған мемлекеттерді оны мүмкіндігінше тезірек ратификациялауға шақырамыз.',
      ru: '29 августа 1991 года был закрыт Семипалатинский ядерный испытательный полигон. Казахстан добровольно отказался от четвёртого в мире ядерного арсенала и стал одним из лидеров ядерного разоружения. Мы призываем государства, ещё не ратифицировавшие Договор о всеобъемлющем запрещении ядерных испытаний, сделать это как можно скорее.',
      en: 'On 29 August 1991 the Semipalatinsk nuclear test site was closed. Kazakhstan voluntarily renounced the world’s fourth largest nuclear arsenal and became one of the leaders of nuclear disarmament. We call on the states that have not yet ratified the Comprehensive Nuclear-Test-Ban Treaty to do so as soon as possible.',
    },
  },
  {
    slug: 'agreement-kazakhstan-hungary-mutual-trips-of-citizens',
    documentType: 'agreement',
    signedOn: '2025-06-05',
    topics: ['bilateral-relations', 'consular-affairs'],
    title: {
      kk: 'Қазақстан Республикасының Үкіметі мен Венгрия Үкіметі арасындағы азаматтардың өзара сапарлары туралы келісім',
      ru: 'Соглашение между Правительством Республики Казахстан и Правительством Венгрии о взаимных поездках граждан',
      en: 'Agreement between the Government of the Republic of Kazakhstan and the Government of Hungary on Mutual Trips of Citizens',
    },
    place: { kk: 'Будапешт қаласы', ru: 'г. Будапешт', en: 'Budapest' },
    signatory: minister,
    summary: {
      kk: 'Келісім екі ел азаматтарының визасыз сапарларының шарттарын және құжаттарды өзара тану тәртібін айқындайды.',
      ru: 'Соглашение определяет условия безвизовых поездок граждан двух стран и порядок взаимного признания документов.',
      en: 'The agreement sets the terms of visa-free travel for citizens of both countries and the mutual recognition of their documents.',
    },
    text: {
      kk: 'Бір Тарап мемлекетінің жарамды паспорттары бар азаматтары екінші Тарап мемлекетінің аумағына визасыз кіре алады, одан шыға алады, транзитпен өте алады және әрбір жүз сексен күн ішінде отыз күнге дейін болады. Келісім Тараптардың оның күшіне енуі үшін қажетті мемлекетішілік рәсімдерді орындағаны туралы соңғы жазбаша хабарламаны алған күнінен бастап отызыншы күні күшіне енеді.',
      ru: 'Граждане государства одной Стороны, имеющие действительные паспорта, могут въезжать, выезжать, следовать транзитом и пребывать на территории государства другой Стороны без виз до тридцати дней в течение каждых ста восьмидесяти дней. Соглашение вступает в силу на тридцатый день с даты получения последнего письменного уведомления о выполнении Сторонами внутригосударственных процедур.',
      en: 'Citizens of the State of either Party holding valid passports may enter, leave, transit through and stay in the territory of the State of the other Party without visas for up to thirty days in every one hundred and eighty days. The Agreement enters into force on the thirtieth day after the date of receipt of the last written notification that the Parties have completed their internal procedures.',
    },
  },
]
