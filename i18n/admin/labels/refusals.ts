import { inAdminLanguage, type Trilingual } from './text'

/**
 * Why a request was refused as a whole (too many attempts, too large, made on an old version), in the language Payload
 * chose for it. Payload shows the first error's message, so these are written for the person at the admin's login,
 * upload or edit form.
 */
export const refusalMessages = {
  tooManyAttempts: {
    kk: 'Әрекеттер тым көп. {minutes}\u00a0минуттан кейін қайталап көріңіз.',
    ru: 'Слишком много попыток. Повторите через {minutes}\u00a0мин.',
    en: 'Too many attempts. Try again in {minutes} min.',
  },
  requestTooLarge: {
    kk: 'Сұрау тым үлкен: ол 1\u00a0МБ-тан аспауы керек.',
    ru: 'Слишком большой запрос: допускается не более 1\u00a0МБ.',
    en: 'The request is too large: at most 1 MB is accepted.',
  },
  fileTooLarge: {
    kk: 'Файл тым үлкен: ол 25\u00a0МБ-тан аспауы керек.',
    ru: 'Файл слишком большой: допускается не более 25\u00a0МБ.',
    en: 'The file is too large: at most 25 MB is accepted.',
  },
  staleSave: {
    kk: 'Сіз бұл құжатты ашқаннан кейін оны басқа біреу сақтап қойды, сондықтан сіздің өзгерістеріңіз сақталмады. Оларды көшіріп алыңыз, бетті жаңартып, соңғы нұсқаға қайта енгізіңіз.',
    ru: 'После того как вы открыли этот документ, его сохранил кто-то другой, поэтому ваши изменения не сохранены. Скопируйте их, обновите страницу и внесите в последнюю версию заново.',
    en: 'Someone else saved this document after you opened it, so your changes were not saved. Copy them, reload the page and make them again in the latest version.',
  },
  malformedForm: {
    kk: 'Сұрау денесі дұрыс емес: файлы бар пішін үзілген немесе оның бөліктерінің шекарасы көрсетілмеген.',
    ru: 'Неверное тело запроса: форма с файлом оборвана или в ней не указана граница частей.',
    en: 'The request body is not valid: the form with a file is cut short or names no boundary between its parts.',
  },
  fileNotFetched: {
    kk: 'Файлды көрсетілген мекенжайдан алу мүмкін болмады. Файлдың өзін жүктеңіз.',
    ru: 'Не удалось получить файл по указанному адресу. Загрузите сам файл.',
    en: 'The file could not be fetched from the address given. Upload the file itself.',
  },
  bodyNotJson: {
    kk: 'Сұрау денесінің пішімі дұрыс емес: сервер тек деректер нысанын немесе файлы бар пішінді қабылдайды.',
    ru: 'Тело запроса не в том формате: сервер принимает только объект данных или форму с файлом.',
    en: 'The request body must be JSON (application/json) or a multipart/form-data form.',
  },
  bodyNotObject: {
    kk: 'Сұрау денесі деректер нысаны болуы керек: өрістер мен олардың мәндерінің жиыны.',
    ru: 'Тело запроса должно быть объектом данных: набором полей и их значений.',
    en: 'The request body must be a JSON object: {"field": value}.',
  },
  bodyUnstorableText: {
    kk: 'Сұрау денесіндегі мәтінде сақтауға болмайтын таңба бар: нөлдік таңба немесе суррогат жұптың жартысы.',
    ru: 'В тексте тела запроса есть символ, который нельзя сохранить: нулевой символ или половина суррогатной пары.',
    en: 'A text in the request body holds a character that cannot be stored: a NUL or half of a surrogate pair.',
  },
  bodyTooDeep: {
    kk: 'Сұрау денесіндегі деректердің ұялау тереңдігі тым үлкен: 100\u00a0деңгейден аспауы керек.',
    ru: 'Слишком глубокая вложенность данных в теле запроса: допускается не более 100\u00a0уровней.',
    en: 'The data in the request body is nested too deeply: at most 100 levels are accepted.',
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
