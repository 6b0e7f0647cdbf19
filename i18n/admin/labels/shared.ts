import type { Trilingual } from './text'

// Fields several collections share, named alike in each.

export const titleLabel: Trilingual = { kk: 'Атауы', ru: 'Заголовок', en: 'Title' }

export const summaryLabel: Trilingual = { kk: 'Қысқаша мазмұны', ru: 'Краткое содержание', en: 'Summary' }

export const summaryDescription: Trilingual = {
  kk: 'Тізімдерде, іздеу нәтижелерінде және бөлісілген сілтемелерде көрсетілетін бір-екі сөйлем.',
  ru: 'Одно-два предложения для списков, результатов поиска и ссылок, которыми делятся.',
  en: 'One or two sentences shown in lists, search results and shared links.',
}

export const bodyLabel: Trilingual = { kk: 'Мәтіні', ru: 'Текст', en: 'Text' }

export const topicsLabel: Trilingual = { kk: 'Тақырыптар', ru: 'Темы', en: 'Topics' }

export const slugLabel: Trilingual = { kk: 'Бет мекенжайы', ru: 'Адрес страницы', en: 'Page address' }

export const slugDescription: Trilingual = {
  kk: 'Беттің барлық тілдегі мекенжайы: кіші латын әріптері, цифрлар және дефис.',
  ru: 'Адрес страницы на всех языках: строчные латинские буквы, цифры и дефисы.',
  en: 'The address of the page in every language: lowercase Latin letters, digits and hyphens.',
}
