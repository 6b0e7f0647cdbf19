import { inAdminLanguage, type Trilingual } from './text'

// The review, change-note and withdrawal fields of releases, events and documents, and why a publish is refused.

export const reviewText = {
  state: { kk: 'Тексеру', ru: 'Проверка', en: 'Review' },
  stateDescription: {
    kk: 'Автор дайын жобаны тексеруге жібереді; редактор оны мақұлдайды немесе ескертпемен қайтарады.',
    ru: 'Автор отправляет готовый черновик на проверку; редактор одобряет его или возвращает с замечанием.',
    en: 'The author submits a finished draft for review; an editor approves it or sends it back with a comment.',
  },
  submitted: { kk: 'Тексеруді күтуде', ru: 'Ожидает проверки', en: 'Awaiting review' },
  returned: { kk: 'Пысықтауға қайтарылды', ru: 'Возвращено на доработку', en: 'Sent back' },
  approved: { kk: 'Мақұлданды', ru: 'Одобрено', en: 'Approved' },
  comment: { kk: 'Редактордың ескертпесі', ru: 'Замечание редактора', en: 'Editor’s comment' },
  submittedBy: { kk: 'Тексеруге жіберген', ru: 'Отправил на проверку', en: 'Submitted by' },
  publishReason: {
    kk: 'Тексерусіз жариялау себебі',
    ru: 'Причина публикации без проверки',
    en: 'Reason for publishing without review',
  },
  publishReasonDescription: {
    kk: 'Мәтін мақұлданбаған болса ғана толтырылады. Себеп жариялау тарихында сақталады.',
    ru: 'Заполняется, только если текст не одобрен. Причина сохраняется в истории публикаций.',
    en: 'Only when the text was not approved. The reason is kept in the publication log.',
  },
  log: { kk: 'Жариялау тарихы', ru: 'История публикаций', en: 'Publication log' },
  // A row of the log is one publication: Payload numbers the rows after this name («Жариялау 01»).
  logRow: {
    singular: { kk: 'Жариялау', ru: 'Публикация', en: 'Publication' },
    plural: { kk: 'Жариялаулар', ru: 'Публикации', en: 'Publications' },
  },
  logAt: { kk: 'Уақыты', ru: 'Время', en: 'When' },
  logBy: { kk: 'Жариялаған', ru: 'Опубликовал', en: 'Published by' },
  logReviewed: { kk: 'Тексерілген', ru: 'Проверено', en: 'Reviewed' },
  awaiting: { kk: 'Тексеруді күтетін мәтіндер', ru: 'Тексты, ожидающие проверки', en: 'Awaiting review' },
  nothingAwaits: {
    kk: 'Тексеруді күтіп тұрған мәтін жоқ.',
    ru: 'Нет текстов, ожидающих проверки.',
    en: 'Nothing is waiting for review.',
  },
  showAll: { kk: 'Барлығын тізімде көру', ru: 'Все в списке', en: 'See all in the list' },
} satisfies Record<string, Trilingual | Record<string, Trilingual>>

export const changeText = {
  kind: { kk: 'Өзгеріс түрі', ru: 'Характер изменения', en: 'Kind of change' },
  kindDescription: {
    kk: 'Жарияланған мәтінді өзгерткенде міндетті: маңызды өзгеріс сайтта ескертпемен көрсетіледі, ұсақ түзету (қате) көрсетілмейді.',
    ru: 'Обязательно при изменении опубликованного текста: существенное изменение показывается на сайте с примечанием, мелкая правка (опечатка) — нет.',
    en: 'Required when changing a published text: a significant change is shown on the site with a note, a minor fix (a typo) is not.',
  },
  significant: { kk: 'Маңызды өзгеріс', ru: 'Существенное изменение', en: 'Significant change' },
  minor: { kk: 'Ұсақ түзету', ru: 'Мелкая правка', en: 'Minor fix' },
  note: { kk: 'Өзгеріс туралы ескертпе', ru: 'Примечание об изменении', en: 'Change note' },
  noteDescription: {
    kk: 'Келушілерге арналған қысқа түсініктеме, мысалы: «Кездесу уақыты нақтыланды».',
    ru: 'Короткое пояснение для посетителей, например: «Уточнено время встречи».',
    en: 'A short public explanation, e.g. "The time of the meeting was corrected".',
  },
  history: { kk: 'Өзгерістер тарихы', ru: 'История изменений', en: 'Change history' },
  historyRow: {
    singular: { kk: 'Өзгеріс', ru: 'Изменение', en: 'Change' },
    plural: { kk: 'Өзгерістер', ru: 'Изменения', en: 'Changes' },
  },
  at: { kk: 'Күні', ru: 'Дата', en: 'Date' },
  firstPublishedAt: { kk: 'Алғаш жарияланған', ru: 'Впервые опубликовано', en: 'First published' },
  lastUpdatedAt: { kk: 'Соңғы жаңартылған', ru: 'Последнее обновление', en: 'Last updated' },
} satisfies Record<string, Trilingual | Record<string, Trilingual>>

export const withdrawalText = {
  withdrawn: { kk: 'Жариялаудан алу', ru: 'Отозвать публикацию', en: 'Withdraw' },
  withdrawnDescription: {
    kk: 'Бет өз мекенжайында қалады, бірақ тізімдерден, іздеуден және арналардан алынады.',
    ru: 'Страница остается по своему адресу, но исчезает из списков, поиска и лент.',
    en: 'The page stays at its address but leaves lists, search and feeds.',
  },
  explanation: { kk: 'Жариялаудан алу себебі', ru: 'Причина отзыва', en: 'Reason for withdrawal' },
  explanationDescription: {
    kk: 'Бетте келушілерге көрсетіледі.',
    ru: 'Показывается посетителям на странице.',
    en: 'Shown to visitors on the page.',
  },
  withdrawnAt: { kk: 'Жариялаудан алынған күні', ru: 'Дата отзыва', en: 'Withdrawn on' },
} satisfies Record<string, Trilingual>

/** Why a publish or a review step is refused: shown beside the field concerned. */
export const publicationMessages = {
  publishReasonRequired: {
    kk: 'Мәтін мақұлданбаған. Тексерусіз жариялау үшін себебін жазыңыз.',
    ru: 'Текст не одобрен. Чтобы опубликовать его без проверки, укажите причину.',
    en: 'This text has not been approved. To publish it without review, give a reason.',
  },
  changeKindRequired: {
    kk: 'Мәтін жарияланған: өзгеріс маңызды ма, әлде ұсақ түзету ме, таңдаңыз.',
    ru: 'Текст уже опубликован: укажите, существенное это изменение или мелкая правка.',
    en: 'This text is published: say whether the change is significant or a minor fix.',
  },
  changeNoteRequired: {
    kk: 'Маңызды өзгеріс туралы келушілерге арналған ескертпе жазыңыз.',
    ru: 'Напишите для посетителей примечание о существенном изменении.',
    en: 'Write a note for visitors about the significant change.',
  },
  explanationRequired: {
    kk: 'Келушілерге мәтіннің неге жариялаудан алынғанын түсіндіріңіз.',
    ru: 'Объясните посетителям, почему публикация отозвана.',
    en: 'Explain to visitors why the text is withdrawn.',
  },
  withdrawOnlyPublished: {
    kk: 'Осы тілде жарияланған мәтінді ғана жариялаудан алуға болады.',
    ru: 'Отозвать можно только текст, опубликованный на этом языке.',
    en: 'Only a text published in this language can be withdrawn.',
  },
  commentRequired: {
    kk: 'Мәтінді қайтарғанда авторға не түзету керектігін жазыңыз.',
    ru: 'Возвращая текст, напишите автору, что нужно исправить.',
    en: 'When sending a text back, tell the author what to change.',
  },
  approveOnlySubmitted: {
    kk: 'Тексеруге жіберілген мәтінді ғана мақұлдауға немесе қайтаруға болады.',
    ru: 'Одобрить или вернуть можно только текст, отправленный на проверку.',
    en: 'Only a text submitted for review can be approved or sent back.',
  },
  approveOwnText: {
    kk: 'Өзіңіз тексеруге жіберген мәтінді мақұлдай алмайсыз: оны басқа редактор тексеруі керек.',
    ru: 'Нельзя одобрить текст, который вы сами отправили на проверку: его должен проверить другой редактор.',
    en: 'You cannot approve a text you submitted yourself: another editor must review it.',
  },
  authorsOnlySubmit: {
    kk: 'Автор мәтінді тек тексеруге жібере алады; мақұлдау мен қайтару — редактордың ісі.',
    ru: 'Автор может только отправить текст на проверку; одобряет и возвращает редактор.',
    en: 'An author can only submit a text for review; editors approve or send it back.',
  },
} satisfies Record<string, Trilingual>

export type PublicationMessage = keyof typeof publicationMessages

export function publicationMessage(message: PublicationMessage, language: string | undefined): string {
  return inAdminLanguage(publicationMessages[message], language)
}
