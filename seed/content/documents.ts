import { typesetByLanguage } from '@/lib/format/typography'

import { sampleThen } from './sample'
import type { DocumentSeed, Localized } from './types'

const minister: Localized = {
  kk: 'Қазақстан Республикасының Сыртқы істер министрі Ермек Көшербаев',
  ru: 'Министр иностранных дел Республики Казахстан Ермек Кошербаев',
  en: 'Minister of Foreign Affairs of the Republic of Kazakhstan Yermek Kosherbayev',
}
const astana: Localized = { kk: 'Астана қаласы', ru: 'г. Астана', en: 'Astana' }

// No demo document reproduces a real act, and each says so on its page and on its PDF (./sample.ts).
const SAMPLE: Localized = {
  kk: 'Үлгі құжат: демонстрациялық мәтін, қолданыстағы акт емес.',
  ru: 'Образец: демонстрационный текст, не действующий акт.',
  en: 'Sample: a demonstration text, not an act in force.',
}

const asSample = (document: DocumentSeed): DocumentSeed => ({
  ...document,
  summary: sampleThen(SAMPLE, document.summary),
  text: sampleThen(SAMPLE, document.text),
})

const asWritten: DocumentSeed[] = [
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
    // Restates the ministry's release of the same day (seed/content/press-releases.ts) and adds nothing to it.
    summary: {
      kk: 'Министрлер одақтастық қатынастарды нығайтуға және жоғары деңгейде қол жеткізілген уағдаластықтарды іске асыруға бейіл екенін растады.',
      ru: 'Министры подтвердили приверженность укреплению союзнических отношений и реализации договоренностей, достигнутых на высшем уровне.',
      en: 'The ministers reaffirmed their commitment to strengthening allied relations and implementing the agreements reached at the highest level.',
    },
    text: {
      kk: 'Тараптар мемлекет басшыларының саяси ерік-жігерінің арқасында Қазақстан мен Қырғызстан арасындағы қатынастар сапалы жаңа деңгейге көтерілгенін атап өтіп, бауырластық пен тату көршілік қағидаттарына негізделген одақтастық қатынастардың дамуын растады. Министрлер жоғары деңгейде қол жеткізілген уағдаластықтарды іс жүзінде іске асыруды және 2 млрд АҚШ долларына жеткен өзара тауар айналымын 3 млрд АҚШ долларына жеткізу жөніндегі жұмысты жалғастыруға келісті.',
      ru: 'Стороны отметили, что благодаря политической воле глав государств отношения между Казахстаном и Кыргызстаном вышли на качественно новый уровень, и подтвердили развитие союзнических отношений на принципах братства и добрососедства. Министры договорились продолжить практическую реализацию договоренностей, достигнутых на высшем уровне, и работу по доведению взаимного товарооборота, достигшего 2 млрд долларов США, до 3 млрд долларов США.',
      en: 'The parties noted that, thanks to the political will of the Heads of State, relations between Kazakhstan and Kyrgyzstan have reached a qualitatively new level, and confirmed the development of allied relations based on the principles of brotherhood and good-neighbourliness. The ministers agreed to continue putting into practice the agreements reached at the highest level and to work towards bringing mutual trade, which has reached 2 billion US dollars, to 3 billion US dollars.',
    },
  },
  {
    slug: 'memorandum-diplomatic-training-uzbekistan',
    documentType: 'memorandum',
    signedOn: '2026-01-22',
    topics: ['bilateral-relations', 'central-asia'],
    title: {
      kk: 'Қазақстан Республикасы Сыртқы істер министрлігі мен Өзбекстан Республикасы Сыртқы істер министрлігі арасындағы дипломатиялық кадрларды даярлау саласындағы ынтымақтастық жөніндегі өзара түсіністік туралы меморандум',
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
    number: '11-1-4/245',
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
      kk: 'Ядролық сынақтарға қарсы іс-қимылдың халықаралық күніне орай Қазақстан Республикасы Сыртқы істер министрлігінің мәлімдемесі',
      ru: 'Заявление Министерства иностранных дел Республики Казахстан в связи с Международным днем действий против ядерных испытаний',
      en: 'Statement of the Ministry of Foreign Affairs of the Republic of Kazakhstan on the International Day against Nuclear Tests',
    },
    place: astana,
    summary: {
      kk: 'Министрлік Семей ядролық сынақ полигонының жабылғанына 34 жыл толуына орай барлық мемлекеттерді Ядролық сынақтарға жан-жақты тыйым салу туралы шартқа қосылуға шақырады.',
      ru: 'В 34-ю годовщину закрытия Семипалатинского ядерного испытательного полигона министерство призывает все государства присоединиться к Договору о всеобъемлющем запрещении ядерных испытаний.',
      en: 'On the 34th anniversary of the closure of the Semipalatinsk nuclear test site, the Ministry calls on all states to join the Comprehensive Nuclear-Test-Ban Treaty.',
    },
    text: {
      kk: '1991 жылғы 29 тамызда Семей ядролық сынақ полигоны жабылды. Қазақстан әлемдегі төртінші ірі ядролық арсеналдан өз еркімен бас тартып, ядролық қарусыздану ісінің көшбасшыларының біріне айналды. Біз Ядролық сынақтарға жан-жақты тыйым салу туралы шартты әлі ратификацияламаған мемлекеттерді оны мүмкіндігінше тезірек ратификациялауға шақырамыз.',
      ru: '29 августа 1991 года был закрыт Семипалатинский ядерный испытательный полигон. Казахстан добровольно отказался от четвертого по величине ядерного арсенала в мире и стал одним из лидеров ядерного разоружения. Мы призываем государства, еще не ратифицировавшие Договор о всеобъемлющем запрещении ядерных испытаний, сделать это как можно скорее.',
      en: 'On 29 August 1991 the Semipalatinsk nuclear test site was closed. Kazakhstan voluntarily renounced the world’s fourth-largest nuclear arsenal and became one of the leaders of nuclear disarmament. We call on the states that have not yet ratified the Comprehensive Nuclear-Test-Ban Treaty to do so as soon as possible.',
    },
  },
  {
    slug: 'agreement-kazakhstan-hungary-cultural-cooperation',
    documentType: 'agreement',
    signedOn: '2025-06-05',
    topics: ['bilateral-relations', 'culture-and-humanitarian'],
    title: {
      kk: 'Қазақстан Республикасының Үкіметі мен Венгрия Үкіметі арасындағы мәдениет саласындағы ынтымақтастық туралы келісім',
      ru: 'Соглашение между Правительством Республики Казахстан и Правительством Венгрии о сотрудничестве в области культуры',
      en: 'Agreement between the Government of the Republic of Kazakhstan and the Government of Hungary on Cooperation in Culture',
    },
    place: { kk: 'Будапешт қаласы', ru: 'г. Будапешт', en: 'Budapest' },
    signatory: minister,
    summary: {
      kk: 'Келісім театрлар, музейлер мен кітапханалар арасындағы байланыстарды және мәдениет күндерін өзара өткізуді көздейді.',
      ru: 'Соглашение предусматривает связи между театрами, музеями и библиотеками и взаимное проведение дней культуры.',
      en: 'The agreement provides for ties between theatres, museums and libraries and for days of culture held in each country in turn.',
    },
    text: {
      kk: 'Тараптар театрлар, музейлер, кітапханалар мен мұрағаттар арасындағы тікелей байланыстарды дамытуға, мәдениет күндерін өзара өткізуге және мәдени мұраны сақтау саласындағы тәжірибе алмасуға жәрдемдеседі.',
      ru: 'Стороны содействуют развитию прямых связей между театрами, музеями, библиотеками и архивами, взаимному проведению дней культуры и обмену опытом в области сохранения культурного наследия.',
      en: 'The Parties shall promote direct ties between theatres, museums, libraries and archives, days of culture held in each country in turn, and the exchange of experience in preserving the cultural heritage.',
    },
  },
]

export const documents: DocumentSeed[] = typesetByLanguage(asWritten.map(asSample))
