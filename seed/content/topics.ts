import { typesetByLanguage } from '@/lib/format/typography'

import type { TopicSeed } from './types'

export const topics: TopicSeed[] = typesetByLanguage([
  {
    slug: 'bilateral-relations',
    name: { kk: 'Екіжақты қатынастар', ru: 'Двусторонние отношения', en: 'Bilateral relations' },
  },
  {
    slug: 'multilateral-diplomacy',
    name: { kk: 'Көпжақты дипломатия', ru: 'Многосторонняя дипломатия', en: 'Multilateral diplomacy' },
  },
  {
    slug: 'economic-diplomacy',
    name: { kk: 'Экономикалық дипломатия', ru: 'Экономическая дипломатия', en: 'Economic diplomacy' },
  },
  {
    slug: 'consular-affairs',
    name: { kk: 'Консулдық мәселелер', ru: 'Консульские вопросы', en: 'Consular affairs' },
  },
  {
    slug: 'culture-and-humanitarian',
    name: {
      kk: 'Мәдени-гуманитарлық ынтымақтастық',
      ru: 'Культурно-гуманитарное сотрудничество',
      en: 'Cultural and humanitarian cooperation',
    },
  },
  {
    slug: 'central-asia',
    name: { kk: 'Орталық Азия', ru: 'Центральная Азия', en: 'Central Asia' },
  },
  {
    slug: 'international-security',
    name: { kk: 'Халықаралық қауіпсіздік', ru: 'Международная безопасность', en: 'International security' },
  },
])
