import { typesetByLanguage } from '@/lib/format/typography'

import type { Localized } from './types'

export const site = typesetByLanguage({
  ministryName: {
    kk: 'Қазақстан Республикасының Сыртқы істер министрлігі',
    ru: 'Министерство иностранных дел Республики Казахстан',
    en: 'Ministry of Foreign Affairs of the Republic of Kazakhstan',
  } satisfies Localized,
  contacts: {
    address: {
      kk: '010000, Астана қаласы, Есіл ауданы, Д. Қонаев көшесі, 31',
      ru: '010000, г. Астана, район Есиль, ул. Д. Кунаева, 31',
      en: '31 D. Kunayev Street, Yesil District, Astana 010000, Kazakhstan',
    } satisfies Localized,
    phone: '+7 7172 72 05 18',
    email: 'mid@mfa.kz',
    hours: {
      kk: 'Дүйсенбі – жұма, 09:00–18:30',
      ru: 'Понедельник – пятница, 09:00–18:30',
      en: 'Monday to Friday, 09:00–18:30',
    } satisfies Localized,
  },
  socialLinks: [
    { network: 'facebook', url: 'https://www.facebook.com/MFAKazakhstan' },
    { network: 'x', url: 'https://x.com/MFA_KZ' },
    { network: 'instagram', url: 'https://www.instagram.com/mfa_kazakhstan' },
    { network: 'telegram', url: 'https://t.me/MFA_KZ' },
    { network: 'youtube', url: 'https://www.youtube.com/@MFAKazakhstan' },
  ] as const,
  navigation: [
    {
      path: '/press-releases',
      label: { kk: 'Баспасөз релиздері', ru: 'Пресс-релизы', en: 'Press releases' },
    },
    { path: '/events', label: { kk: 'Іс-шаралар', ru: 'Мероприятия', en: 'Events' } },
    { path: '/documents', label: { kk: 'Құжаттар', ru: 'Документы', en: 'Documents' } },
  ] satisfies { path: string; label: Localized }[],
})
