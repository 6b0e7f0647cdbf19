import { inAdminLanguage, type Trilingual } from './text'

/**
 * Why a request was refused as a whole (too many attempts, too large), in the language Payload chose for it. Payload
 * shows the first error's message, so these are written for the person at the admin's login or upload form.
 */
export const refusalMessages = {
  tooManyAttempts: {
    kk: 'Әрекеттер тым көп. {minutes} минуттан кейін қайталап көріңіз.',
    ru: 'Слишком много попыток. Повторите через {minutes} мин.',
    en: 'Too many attempts. Try again in {minutes} min.',
  },
  requestTooLarge: {
    kk: 'Сұрау тым үлкен: ол 1 МБ-тан аспауы керек.',
    ru: 'Слишком большой запрос: допускается не более 1 МБ.',
    en: 'The request is too large: at most 1 MB is accepted.',
  },
  fileTooLarge: {
    kk: 'Файл тым үлкен: ол 25 МБ-тан аспауы керек.',
    ru: 'Файл слишком большой: допускается не более 25 МБ.',
    en: 'The file is too large: at most 25 MB is accepted.',
  },
  databaseUnavailable: {
    kk: 'Дерекқор уақытша қолжетімсіз, ешқандай өзгеріс енгізілмеді. Бір минуттан кейін қайталап көріңіз.',
    ru: 'База данных временно недоступна, никаких изменений не внесено. Повторите попытку через минуту.',
    en: 'The database is temporarily unavailable and nothing was changed. Try again in a minute.',
  },
} satisfies Record<string, Trilingual>

export type Refusal = keyof typeof refusalMessages

/** The refusal in the request's language, with `{minutes}` filled in where the text has it. */
export function refusalMessage(refusal: Refusal, language: string | undefined, minutes = 0): string {
  return inAdminLanguage(refusalMessages[refusal], language).replace('{minutes}', String(minutes))
}
