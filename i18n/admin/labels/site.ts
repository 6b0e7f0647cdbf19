import type { Trilingual } from './text'

/** The site settings (global `site`): its name in the admin and the labels of its fields. */
export const siteText = {
  label: { kk: 'Сайт баптаулары', ru: 'Настройки сайта', en: 'Site settings' },
  urgentNotice: { kk: 'Шұғыл хабарландыру', ru: 'Срочное сообщение', en: 'Urgent notice' },
  urgentNoticeDescription: {
    kk: 'Қосулы кезде сайттың әр бетінің ең жоғарғы жағында көрсетіледі, мысалы, консулдық ескерту. Мәтіні жазылған тілдерде ғана шығады. Редакторлар да өзгерте алады.',
    ru: 'Когда включено, показывается в самом верху каждой страницы сайта, например консульское предупреждение. Видно только на тех языках, на которых написан текст. Менять могут и редакторы.',
    en: 'When on, shown at the very top of every page of the site, e.g. a consular warning. Visible only in the languages its text is written in. Editors may change it too.',
  },
  urgentNoticeEnabled: { kk: 'Сайтта көрсету', ru: 'Показывать на сайте', en: 'Show on the site' },
  urgentNoticeLevel: { kk: 'Түрі', ru: 'Тип', en: 'Kind' },
  urgentNoticeLevels: {
    warning: { kk: 'Ескерту', ru: 'Предупреждение', en: 'Warning' },
    information: { kk: 'Ақпарат', ru: 'Информация', en: 'Information' },
  },
  urgentNoticeText: { kk: 'Мәтіні', ru: 'Текст', en: 'Text' },
  urgentNoticeTextDescription: {
    kk: 'Қысқа, бір-екі сөйлем (300\u00a0таңбаға дейін). Хабарландыру қосулы болса, жарияланатын тілде толтыру міндетті.',
    ru: 'Коротко, одно-два предложения (до 300\u00a0символов). Пока сообщение включено, текст на публикуемом языке обязателен.',
    en: 'Short: one or two sentences (up to 300 characters). While the notice is on, it is required in the language being published.',
  },
  urgentNoticeLink: { kk: '«Толығырақ» сілтемесі', ru: 'Ссылка «Подробнее»', en: '“Read more” link' },
  urgentNoticeLinkDescription: {
    kk: 'Міндетті емес: толық ақпарат берілген беттің https:// деп басталатын мекенжайы.',
    ru: 'Необязательно: адрес страницы с подробностями, начинающийся с https://',
    en: 'Optional: the address of a page with the details, starting with https://',
  },
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
