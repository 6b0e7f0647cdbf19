import type { Trilingual } from './text'

// Each collection's names and the labels and descriptions of its own fields; shared.ts has the common ones.

export const pressReleaseText = {
  labels: {
    singular: { kk: 'Баспасөз релизі', ru: 'Пресс-релиз', en: 'Press release' },
    plural: { kk: 'Баспасөз релиздері', ru: 'Пресс-релизы', en: 'Press releases' },
  },
  publishedAt: { kk: 'Жарияланған күні', ru: 'Дата публикации', en: 'Publication date' },
  heroImage: { kk: 'Басты сурет', ru: 'Главное изображение', en: 'Main image' },
  gallery: { kk: 'Суреттер', ru: 'Фотогалерея', en: 'Photo gallery' },
  relatedReleases: { kk: 'Байланысты релиздер', ru: 'Связанные пресс-релизы', en: 'Related releases' },
} satisfies Record<string, Trilingual | Record<string, Trilingual>>

export const eventText = {
  labels: {
    singular: { kk: 'Іс-шара', ru: 'Мероприятие', en: 'Event' },
    plural: { kk: 'Іс-шаралар', ru: 'Мероприятия', en: 'Events' },
  },
  title: { kk: 'Атауы', ru: 'Название', en: 'Title' },
  startsAt: { kk: 'Басталу уақыты', ru: 'Начало', en: 'Starts' },
  endsAt: { kk: 'Аяқталу уақыты', ru: 'Окончание', en: 'Ends' },
  kind: { kk: 'Түрі', ru: 'Вид', en: 'Type' },
  location: { kk: 'Өтетін орны', ru: 'Место проведения', en: 'Place' },
  images: { kk: 'Суреттер', ru: 'Фотографии', en: 'Images' },
  registrationUrl: { kk: 'Тіркелу сілтемесі', ru: 'Ссылка на регистрацию', en: 'Registration link' },
  registrationUrlDescription: {
    kk: 'Қатысушылар алдын ала тіркелуі керек болса, тіркелетін мекенжай.',
    ru: 'Где посетители регистрируются, если регистрация нужна.',
    en: 'Where visitors register, if they must.',
  },
  broadcastUrl: { kk: 'Тікелей эфир сілтемесі', ru: 'Ссылка на трансляцию', en: 'Live stream link' },
  broadcastUrlDescription: {
    kk: 'Іс-шара тікелей эфирде көрсетілсе, эфирдің мекенжайы.',
    ru: 'Где идет прямая трансляция, если она есть.',
    en: 'Where the event is streamed live, if it is.',
  },
} satisfies Record<string, Trilingual | Record<string, Trilingual>>

export const documentText = {
  labels: {
    singular: { kk: 'Құжат', ru: 'Документ', en: 'Document' },
    plural: { kk: 'Құжаттар', ru: 'Документы', en: 'Documents' },
  },
  documentType: { kk: 'Құжат түрі', ru: 'Вид документа', en: 'Document type' },
  number: { kk: 'Құжат нөмірі', ru: 'Номер документа', en: 'Document number' },
  numberDescription: {
    kk: 'Құжаттағы нөмірі «№» белгісінсіз, мысалы: 11-1-4/245. Белгіні сайт өзі қояды.',
    ru: 'Номер документа без знака «№», например: 11-1-4/245. Знак сайт ставит сам.',
    en: 'The number on the document without the number sign, e.g. 11-1-4/245: the site adds the sign each language uses.',
  },
  signedAt: { kk: 'Қол қойылған күні', ru: 'Дата подписания', en: 'Date of signing' },
  place: { kk: 'Қол қойылған жері', ru: 'Место подписания', en: 'Place of signing' },
  signatory: { kk: 'Қол қойған тұлға', ru: 'Подписавшее лицо', en: 'Signatory' },
  signatoryDescription: {
    kk: 'Лауазымы мен аты-жөні, мысалы: Қазақстан Республикасының Сыртқы істер министрі Ермек Көшербаев.',
    ru: 'Должность и имя, например: Министр иностранных дел Республики Казахстан Ермек Кошербаев.',
    en: 'Position and name, e.g. Minister of Foreign Affairs of the Republic of Kazakhstan Yermek Kosherbayev.',
  },
  summaryDescription: {
    kk: 'Міндетті емес: құжаттың не туралы екенін бір-екі сөйлеммен түсіндіру.',
    ru: 'Необязательно: одно-два предложения о том, чему посвящен документ.',
    en: 'Optional: one or two sentences on what the document is about.',
  },
  file: { kk: 'PDF файлы', ru: 'Файл PDF', en: 'PDF file' },
  fileDescription: {
    kk: 'Құжаттың осы тілдегі мәтіні, PDF пішімінде. Әр тілге өз файлы жүктеледі.',
    ru: 'Текст документа на этом языке в формате PDF. Для каждого языка — свой файл.',
    en: 'The document in this language, as a PDF. Each language has a file of its own.',
  },
} satisfies Record<string, Trilingual | Record<string, Trilingual>>

export const topicText = {
  labels: {
    singular: { kk: 'Тақырып', ru: 'Тема', en: 'Topic' },
    plural: { kk: 'Тақырыптар', ru: 'Темы', en: 'Topics' },
  },
  name: { kk: 'Атауы', ru: 'Название', en: 'Name' },
} satisfies Record<string, Trilingual | Record<string, Trilingual>>

export const mediaText = {
  labels: {
    singular: { kk: 'Медиафайл', ru: 'Медиафайл', en: 'Media file' },
    plural: { kk: 'Медиафайлдар', ru: 'Медиафайлы', en: 'Media' },
  },
  alt: { kk: 'Балама мәтін', ru: 'Альтернативный текст', en: 'Alternative text' },
  altDescription: {
    kk: 'Суретте не бейнеленгені — оны көре алмайтын адамдар үшін. PDF үшін — құжаттың атауы.',
    ru: 'Что изображено — для тех, кто не может видеть изображение. Для PDF — название документа.',
    en: 'What the image shows, for people who cannot see it. For a PDF: its title.',
  },
  caption: { kk: 'Сурет астындағы жазу', ru: 'Подпись', en: 'Caption' },
  credit: { kk: 'Авторы', ru: 'Автор', en: 'Credit' },
  creditDescription: {
    kk: 'Автор немесе дереккөз осы тілде, мысалы: «ҚР Сыртқы істер министрлігінің баспасөз қызметі».',
    ru: 'Автор или источник на этом языке, например: «Пресс-служба МИД Республики Казахстан».',
    en: 'Author or source in this language, e.g. "MFA of Kazakhstan press service".',
  },
} satisfies Record<string, Trilingual | Record<string, Trilingual>>

export const userText = {
  labels: {
    singular: { kk: 'Пайдаланушы', ru: 'Пользователь', en: 'User' },
    plural: { kk: 'Пайдаланушылар', ru: 'Пользователи', en: 'Users' },
  },
  name: { kk: 'Аты-жөні', ru: 'Имя и фамилия', en: 'Name' },
  role: { kk: 'Рөлі', ru: 'Роль', en: 'Role' },
  roles: {
    admin: { kk: 'Әкімші', ru: 'Администратор', en: 'Administrator' },
    editor: { kk: 'Редактор', ru: 'Редактор', en: 'Editor' },
    author: { kk: 'Автор', ru: 'Автор', en: 'Author' },
  },
} satisfies Record<string, Trilingual | Record<string, Trilingual>>

export const feedbackText = {
  labels: {
    singular: { kk: 'Бет туралы пікір', ru: 'Отзыв о странице', en: 'Page feedback' },
    plural: { kk: 'Беттер туралы пікірлер', ru: 'Отзывы о страницах', en: 'Page feedback' },
  },
  description: {
    kk: 'Келушілердің әр беттің соңындағы «Бұл бет пайдалы болды ма?» сұрағына жауаптары. Келушілер туралы ешқандай дерек сақталмайды.',
    ru: 'Ответы посетителей на вопрос «Была ли эта страница полезной?» внизу страниц. Никаких данных о посетителях не сохраняется.',
    en: 'Visitors’ answers to “Is this page useful?” at the bottom of pages. Nothing about the visitors is kept.',
  },
  page: { kk: 'Бет', ru: 'Страница', en: 'Page' },
  answer: { kk: 'Пайдалы ма', ru: 'Полезна ли', en: 'Useful' },
  answers: {
    yes: { kk: 'Иә', ru: 'Да', en: 'Yes' },
    no: { kk: 'Жоқ', ru: 'Нет', en: 'No' },
  },
  language: { kk: 'Тілі', ru: 'Язык', en: 'Language' },
  comment: { kk: 'Түсініктеме', ru: 'Комментарий', en: 'Comment' },
} satisfies Record<string, Trilingual | Record<string, Trilingual>>

export const subscriberText = {
  labels: {
    singular: { kk: 'Жазылушы', ru: 'Подписчик', en: 'Subscriber' },
    plural: { kk: 'Жазылушылар', ru: 'Подписчики', en: 'Subscribers' },
  },
  description: {
    kk: 'Баспасөз релиздерін электрондық пошта арқылы алуға жазылып, жазылуын хатпен растаған келушілер. Жазылушы әр хаттағы сілтеме арқылы жазылымнан шыға алады.',
    ru: 'Посетители, подписавшиеся на пресс-релизы по электронной почте и подтвердившие подписку письмом. Отписаться можно по ссылке в каждом письме.',
    en: 'Visitors who subscribed to press releases by e-mail and confirmed it from their mailbox. Each alert carries a link to unsubscribe.',
  },
  email: { kk: 'Электрондық пошта', ru: 'Электронная почта', en: 'E-mail address' },
  language: { kk: 'Хаттар тілі', ru: 'Язык писем', en: 'Language of alerts' },
  topic: { kk: 'Тақырып', ru: 'Тема', en: 'Topic' },
  topicDescription: {
    kk: 'Бос болса — осы тілдегі барлық релиздер.',
    ru: 'Если пусто — все пресс-релизы на этом языке.',
    en: 'Empty: every release in the language.',
  },
  confirmedAt: { kk: 'Растаған күні', ru: 'Дата подтверждения', en: 'Confirmed on' },
} satisfies Record<string, Trilingual | Record<string, Trilingual>>

export const alertDispatchText = {
  labels: {
    singular: { kk: 'Хабарлама таратылымы', ru: 'Рассылка уведомлений', en: 'Alert dispatch' },
    plural: { kk: 'Хабарлама таратылымдары', ru: 'Рассылки уведомлений', en: 'Alert dispatches' },
  },
  release: { kk: 'Баспасөз релизі', ru: 'Пресс-релиз', en: 'Press release' },
  language: { kk: 'Тілі', ru: 'Язык', en: 'Language' },
  lastSubscriber: {
    kk: 'Соңғы хат алған жазылушы',
    ru: 'Последний получатель',
    en: 'Last subscriber sent to',
  },
  sent: { kk: 'Жіберілген хаттар', ru: 'Отправлено писем', en: 'Messages sent' },
  finishedAt: { kk: 'Аяқталған уақыты', ru: 'Завершена', en: 'Finished' },
} satisfies Record<string, Trilingual | Record<string, Trilingual>>

export const formerSlugText = {
  labels: {
    singular: { kk: 'Бұрынғы мекенжай', ru: 'Прежний адрес', en: 'Former address' },
    plural: { kk: 'Бұрынғы мекенжайлар', ru: 'Прежние адреса', en: 'Former addresses' },
  },
  collection: { kk: 'Бөлім', ru: 'Раздел', en: 'Section' },
  document: { kk: 'Құжат нөмірі', ru: 'Номер записи', en: 'Record number' },
  slug: { kk: 'Бұрынғы мекенжай', ru: 'Прежний адрес', en: 'Former address' },
} satisfies Record<string, Trilingual | Record<string, Trilingual>>
