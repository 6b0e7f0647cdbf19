import { inAdminLanguage, type Trilingual } from './text'

/** What a field says when its value is refused, in the admin's language (see inAdminLanguage). */
export const validationMessages = {
  slugRequired: {
    kk: 'Бет мекенжайын толтыру міндетті.',
    ru: 'Укажите адрес страницы.',
    en: 'A page address is required.',
  },
  slugTooLong: {
    kk: 'Бет мекенжайы 120\u00a0таңбадан аспауы керек.',
    ru: 'Адрес страницы — не длиннее 120\u00a0символов.',
    en: 'A page address has at most 120 characters.',
  },
  slugPattern: {
    kk: 'Кіші латын әріптерін, цифрларды және жалғыз дефисті қолданыңыз (мысалы, «talks-in-bishkek»).',
    ru: 'Используйте строчные латинские буквы, цифры и одиночные дефисы (например, «talks-in-bishkek»).',
    en: 'Use lowercase Latin letters, digits and single hyphens (e.g. "talks-in-bishkek").',
  },
  webAddress: {
    kk: 'Веб-мекенжайды енгізіңіз.',
    ru: 'Введите веб-адрес.',
    en: 'Enter a web address.',
  },
  fullWebAddress: {
    kk: 'https:// деп басталатын толық веб-мекенжайды енгізіңіз.',
    ru: 'Введите полный веб-адрес, начинающийся с https://',
    en: 'Enter a full web address starting with https://',
  },
  endsBeforeStart: {
    kk: 'Аяқталу уақыты басталу уақытынан ерте болмауы керек.',
    ru: 'Окончание не может быть раньше начала.',
    en: 'The end must not be before the start.',
  },
  sitePath: {
    kk: 'Сайттағы жолды тілсіз жазыңыз, мысалы: «/press-releases».',
    ru: 'Укажите путь на сайте без языка, например: «/press-releases».',
    en: 'A path on this site without the language, e.g. "/press-releases".',
  },
  urgentNoticeText: {
    kk: 'Хабарландыру қосулы: оның осы тілдегі мәтінін жазыңыз немесе хабарландыруды өшіріңіз.',
    ru: 'Сообщение включено: напишите его текст на этом языке или выключите сообщение.',
    en: 'The notice is on: write its text in this language, or switch the notice off.',
  },
  imagesUndescribed: {
    kk: 'Жарияламас бұрын медиа кітапханасында осы суреттердің осы тілдегі мәтіндік сипаттамасын толтырыңыз',
    ru: 'Перед публикацией заполните в медиатеке текстовое описание этих изображений на этом языке',
    en: 'Before publishing, describe these images in this language (alt text, in the media library)',
  },
  linkAddress: {
    kk: 'Мәтіндегі сілтемелер тек http://, https://, mailto: немесе tel: деп басталатын мекенжайларға апара алады. Мына мекенжайды түзетіңіз:',
    ru: 'Ссылки в тексте могут вести только на адреса, начинающиеся с http://, https://, mailto: или tel:. Исправьте адрес:',
    en: 'Links in the text may only lead to addresses starting with http://, https://, mailto: or tel:. Correct this address:',
  },
  passwordTooShort: {
    kk: 'Құпиясөз кемінде 12\u00a0таңбадан тұруы керек.',
    ru: 'Пароль должен содержать не менее 12\u00a0символов.',
    en: 'The password must be at least 12 characters long.',
  },
  passwordIsEmail: {
    kk: 'Құпиясөз электрондық пошта мекенжайымен бірдей болмауы керек.',
    ru: 'Пароль не должен совпадать с адресом электронной почты.',
    en: 'The password must not be the e-mail address.',
  },
  fileEmpty: {
    kk: 'Файл бос. Мазмұны бар файлды таңдаңыз.',
    ru: 'Файл пуст. Выберите файл с содержимым.',
    en: 'The file is empty. Choose a file with content.',
  },
  fileTypeRefused: {
    kk: 'Бұл файл түрі қабылданбайды: тек JPEG, PNG, WebP, AVIF суреттерін және PDF құжаттарын жүктеуге болады. Түрі файлдың атауынан емес, мазмұнынан анықталады.',
    ru: 'Этот тип файла не принимается: можно загружать только изображения JPEG, PNG, WebP, AVIF и документы PDF. Тип определяется по содержимому файла, а не по его имени.',
    en: 'This type of file is not accepted: only JPEG, PNG, WebP and AVIF images and PDF documents can be uploaded. The type is read from the file’s content, not from its name.',
  },
} satisfies Record<string, Trilingual>

export type ValidationMessage = keyof typeof validationMessages

/** A validator's verdict as Payload wants it: true, or the message in the language of the request. */
export function validationAnswer(
  verdict: true | ValidationMessage,
  language: string | undefined,
): true | string {
  return verdict === true ? true : inAdminLanguage(validationMessages[verdict], language)
}
