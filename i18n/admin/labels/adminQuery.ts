import type { Trilingual } from './text'

/**
 * Said in place of an admin view whose address holds a query it cannot use (lib/protection/adminQuery.ts): a language
 * not the site's, a list's filter, or the languages of a comparison of versions.
 */
export const adminQueryText = {
  language: {
    heading: {
      kk: 'Мекенжайда көрсетілген тіл сайтта жоқ',
      ru: 'Указанного в адресе языка на сайте нет',
      en: 'The language in the address is not one of the site’s',
    },
    explanation: {
      kk: 'Сайт қазақ, орыс және ағылшын тілдерінде жүргізіледі. Солардың бірін тіл ауыстырғышынан таңдаңыз.',
      ru: 'Сайт ведётся на казахском, русском и английском языках. Выберите один из них в переключателе языка.',
      en: 'The site is kept in Kazakh, Russian and English. Choose one of them in the language switcher.',
    },
    back: {
      kk: 'Бетті соңғы таңдалған тілде ашу',
      ru: 'Открыть страницу на последнем выбранном языке',
      en: 'Open the page in the language last chosen',
    },
  },
  list: {
    heading: {
      kk: 'Бұл сүзгіні қолдану мүмкін емес',
      ru: 'Этот фильтр нельзя применить',
      en: 'This filter cannot be applied',
    },
    explanation: {
      kk: 'Тізімнің мекенжайында дерекқор жауап бере алмайтын шарт бар: мысалы, 2\u00a0147\u00a0483\u00a0647-ден үлкен құжат нөмірі немесе 9999\u00a0жылдан кейінгі күн. Сүзгінің мәндерін тексеріп, қайталап көріңіз.',
      ru: 'В адресе списка есть условие, на которое база данных не может ответить: например, номер документа больше 2\u00a0147\u00a0483\u00a0647 или дата после 9999\u00a0года. Проверьте значения фильтра и попробуйте снова.',
      en: 'The address of the list holds a condition the database cannot answer, such as a document number above 2,147,483,647 or a date after the year 9999. Check the values of the filter and try again.',
    },
    back: {
      kk: 'Тізімді сүзгісіз ашу',
      ru: 'Открыть список без фильтра',
      en: 'Open the list without the filter',
    },
  },
  comparison: {
    heading: {
      kk: 'Нұсқаларды салыстыруды көрсету мүмкін емес',
      ru: 'Сравнение версий нельзя показать',
      en: 'The comparison of versions cannot be shown',
    },
    explanation: {
      kk: 'Салыстырудың мекенжайында тілдер тізім түрінде берілмеген. Оларды салыстыру бетінің өзінде таңдаңыз.',
      ru: 'В адресе сравнения языки указаны не списком. Выберите их на самой странице сравнения.',
      en: 'The address of the comparison does not give its languages as a list. Choose them on the comparison itself.',
    },
    back: {
      kk: 'Салыстыруды барлық тілде ашу',
      ru: 'Открыть сравнение на всех языках',
      en: 'Open the comparison in all languages',
    },
  },
  details: {
    kk: 'Толығырақ',
    ru: 'Подробности',
    en: 'Details',
  },
} satisfies Record<string, Trilingual | Record<string, Trilingual>>
