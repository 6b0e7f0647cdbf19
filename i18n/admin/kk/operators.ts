import type { DefaultTranslationsObject } from '@payloadcms/translations'

export const operators: DefaultTranslationsObject['operators'] = {
  contains: 'құрамында бар',
  equals: 'тең',
  exists: 'бар',
  intersects: 'қиылысады',
  isGreaterThan: 'артық',
  isGreaterThanOrEqualTo: 'артық немесе тең',
  isIn: 'тізімде бар',
  isLessThan: 'кем',
  isLessThanOrEqualTo: 'кем немесе тең',
  isLike: 'ұқсас',
  isNotEqualTo: 'тең емес',
  isNotIn: 'тізімде жоқ',
  isNotLike: 'ұқсас емес',
  near: 'жанында',
  within: 'шегінде',
}
