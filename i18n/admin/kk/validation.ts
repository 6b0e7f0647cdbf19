import type { DefaultTranslationsObject } from '@payloadcms/translations'

export const validation: DefaultTranslationsObject['validation'] = {
  emailAddress: 'Дұрыс электрондық пошта мекенжайын енгізіңіз.',
  enterNumber: 'Дұрыс сан енгізіңіз.',
  fieldHasNo: 'Бұл өрісте {{label}} жоқ',
  greaterThanMax: '{{value}} мәні {{label}} үшін рұқсат етілген ең үлкен мәннен ({{max}}) артық.',
  invalidBlock: '«{{block}}» блогына рұқсат жоқ.',
  invalidBlocks: 'Бұл өрісте енді рұқсат етілмейтін блоктар бар: {{blocks}}.',
  invalidInput: 'Бұл өрістің мәні жарамсыз.',
  invalidSelection: 'Бұл өрісте жарамсыз нұсқа таңдалған.',
  invalidSelections: 'Бұл өрісте мына жарамсыз нұсқалар таңдалған:',
  latitudeOutOfBounds: 'Ендік -90\u00a0мен 90\u00a0аралығында болуы керек.',
  lessThanMin: '{{value}} мәні {{label}} үшін рұқсат етілген ең кіші мәннен ({{min}}) кем.',
  limitReached: 'Шекке жетті: тек {{max}} элемент қосуға болады.',
  longerThanMin: 'Мән кемінде {{minLength}} таңбадан тұруы керек.',
  longitudeOutOfBounds: 'Бойлық -180\u00a0мен 180\u00a0аралығында болуы керек.',
  notValidDate: '«{{value}}» дұрыс күн емес.',
  required: 'Бұл өрісті толтыру міндетті.',
  requiresAtLeast: '{{label}}: бұл өріске кемінде {{count}} жол қажет.',
  requiresNoMoreThan: '{{label}}: бұл өрісте {{count}} жолдан артық болмауы керек.',
  requiresTwoNumbers: 'Бұл өріске екі сан қажет.',
  shorterThanMax: 'Мән {{maxLength}} таңбадан аспауы керек.',
  timezoneRequired: 'Уақыт белдеуін көрсету қажет.',
  trueOrFalse: 'Бұл өрістің мәні тек «ақиқат» не «жалған» бола алады.',
  username:
    'Дұрыс пайдаланушы атын енгізіңіз. Онда әріптер, цифрлар, дефис, нүкте және астын сызу белгісі болуы мүмкін.',
  validUploadID: 'Бұл өрістің мәні жарамды файл ID-і емес.',
}
