import type { Trilingual } from './text'

/** The site settings (global `site`): its name in the admin and the labels of its fields. */
export const siteText = {
  label: { kk: 'Сайт баптаулары', ru: 'Настройки сайта', en: 'Site settings' },
  ministryName: { kk: 'Министрліктің атауы', ru: 'Название министерства', en: 'Ministry name' },
  contacts: { kk: 'Байланыс', ru: 'Контакты', en: 'Contacts' },
  address: { kk: 'Мекенжайы', ru: 'Адрес', en: 'Address' },
  phone: { kk: 'Телефон', ru: 'Телефон', en: 'Phone' },
  email: { kk: 'Электрондық пошта', ru: 'Электронная почта', en: 'Email' },
  hours: { kk: 'Жұмыс уақыты', ru: 'Часы работы', en: 'Opening hours' },
  socialLinks: { kk: 'Әлеуметтік желілер', ru: 'Социальные сети', en: 'Social networks' },
  socialLink: {
    singular: { kk: 'Әлеуметтік желі', ru: 'Социальная сеть', en: 'Social network' },
    plural: { kk: 'Әлеуметтік желілер', ru: 'Социальные сети', en: 'Social networks' },
  },
  network: { kk: 'Желі', ru: 'Сеть', en: 'Network' },
  socialUrl: { kk: 'Мекенжайы', ru: 'Адрес', en: 'Address' },
  socialUrlDescription: {
    kk: 'Министрлік бетінің толық мекенжайы.',
    ru: 'Полный адрес страницы министерства.',
    en: 'The full address of the ministry’s page.',
  },
  navigation: { kk: 'Сайт мәзірі', ru: 'Меню сайта', en: 'Navigation' },
  navigationItem: {
    singular: { kk: 'Мәзір тармағы', ru: 'Пункт меню', en: 'Menu item' },
    plural: { kk: 'Мәзір тармақтары', ru: 'Пункты меню', en: 'Menu items' },
  },
  navigationLabel: { kk: 'Атауы', ru: 'Название', en: 'Label' },
  path: { kk: 'Жолы', ru: 'Путь', en: 'Path' },
  pathDescription: {
    kk: 'Сайттағы жол, тілсіз, мысалы: /press-releases',
    ru: 'Путь на сайте без языка, например: /press-releases',
    en: 'A path on this site without the language, e.g. /press-releases',
  },
} satisfies Record<string, Trilingual | Record<string, Trilingual>>

/** Networks go by their own names in every language. */
export const socialNetworkNames = {
  facebook: 'Facebook',
  x: 'X',
  instagram: 'Instagram',
  telegram: 'Telegram',
  youtube: 'YouTube',
} as const
