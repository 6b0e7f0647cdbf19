import type { Trilingual } from './text'

// The translation fields of releases, events and documents, the translation queue, and the source beside a field.

export const translationText = {
  sourceLanguage: { kk: 'Түпнұсқа тілі', ru: 'Язык оригинала', en: 'Source language' },
  sourceLanguageDescription: {
    kk: 'Мәтін алғаш жазылған тіл: алғашқы сақтауда қойылады, оны редактор өзгерте алады. Осы тілдегі маңызды өзгеріс аудармаларды ескірген деп белгілейді.',
    ru: 'Язык, на котором текст написан впервые: ставится при первом сохранении, редактор может его изменить. Существенное изменение на этом языке помечает переводы как устаревшие.',
    en: 'The language the text was first written in: set on the first save, an editor may change it. A significant change in it marks the translations outdated.',
  },
  translations: { kk: 'Аудармалар', ru: 'Переводы', en: 'Translations' },
  outdatedSince: { kk: 'Ескірген күні', ru: 'Устарел с', en: 'Outdated since' },
  checked: {
    kk: 'Тексерілді, аударма дұрыс',
    ru: 'Проверено, перевод верен',
    en: 'Checked, still right',
  },
  checkedDescription: {
    kk: 'Түпнұсқадағы өзгерістің бұл аудармаға қатысы болмаса, белгіні алып тастайды. Сақтағаннан кейін өзі өшеді.',
    ru: 'Снимает отметку, если изменение оригинала не касается этого перевода. После сохранения сбрасывается.',
    en: 'Clears the mark when the change of the source does not affect this translation. Resets itself after saving.',
  },
  notice: {
    kk: 'Бетте ескерту көрсету',
    ru: 'Показать предупреждение на странице',
    en: 'Show a notice on the page',
  },
  noticeDescription: {
    kk: 'Аударма ескірген кезде ғана: «Бұл аударма түпнұсқаның соңғы өзгерістерін қамтымауы мүмкін».',
    ru: 'Только пока перевод устарел: «Этот перевод может не отражать последних изменений оригинала».',
    en: 'Only while the translation is outdated: "This translation may not reflect the latest changes of the original".',
  },
  outdated: { kk: 'ескірген', ru: 'устарел', en: 'outdated' },
  inLanguage: { kk: 'тілінде', ru: 'на языке', en: 'in' },
  queue: { kk: 'Аударма кезегі', ru: 'Очередь переводов', en: 'Translation queue' },
  missing: { kk: 'Аударылмаған', ru: 'Нет перевода', en: 'Not translated' },
  outdatedList: { kk: 'Ескірген аудармалар', ru: 'Устаревшие переводы', en: 'Outdated translations' },
  nothingWaits: { kk: 'Күтіп тұрған мәтін жоқ.', ru: 'Ожидающих текстов нет.', en: 'Nothing is waiting.' },
  sourceText: { kk: 'Түпнұсқа', ru: 'Оригинал', en: 'Source' },
  copySource: {
    kk: 'Түпнұсқаны көшіріп қою',
    ru: 'Вставить текст оригинала',
    en: 'Copy the source in',
  },
  sourceEmpty: {
    kk: 'Түпнұсқада бұл өріс толтырылмаған.',
    ru: 'В оригинале это поле не заполнено.',
    en: 'This field is empty in the source.',
  },
} satisfies Record<string, Trilingual>
