import type { Localized } from './types'

/** The credit line of every demo picture, as the press service signs its photographs in each language. */
export const pressServiceCredit: Localized = {
  kk: 'ҚР Сыртқы істер министрлігінің баспасөз қызметі',
  ru: 'Пресс-служба МИД Республики Казахстан',
  en: 'MFA of Kazakhstan press service',
}
