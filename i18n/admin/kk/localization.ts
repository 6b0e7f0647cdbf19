import type { DefaultTranslationsObject } from '@payloadcms/translations'

export const localization: DefaultTranslationsObject['localization'] = {
  cannotCopySameLocale: 'Сол тілдің өзіне көшіру мүмкін емес',
  copyFrom: 'Қай тілден көшіру',
  copyFromTo: 'Көшірілуде: {{from}} → {{to}}',
  copyTo: 'Қай тілге көшіру',
  copyToLocale: 'Басқа тілге көшіру',
  localeToPublish: 'Жариялау тілі',
  selectedLocales: 'Таңдалған тілдер',
  selectLocaleToCopy: 'Көшірілетін тілді таңдаңыз',
  selectLocaleToDuplicate: 'Көшірмесі жасалатын тілдерді таңдаңыз',
}
