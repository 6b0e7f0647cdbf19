import type { GenericTranslationsObject } from '@payloadcms/translations'

/**
 * The rich-text editor's strings. @payloadcms/richtext-lexical ships them per language and per feature, looked up as
 * `lexical:<feature>:<key>`; a language it does not know gets them from `i18n.translations` in the Payload config.
 */
export const lexical = {
  general: {
    placeholder: 'Мәтінді теріңіз немесе пәрмендер үшін «/» пернесін басыңыз...',
    slashMenuBasicGroupLabel: 'Негізгі',
    slashMenuListGroupLabel: 'Тізімдер',
    toolbarItemsActive: '{{count}} белсенді',
  },
  align: {
    alignCenterLabel: 'Ортаға туралау',
    alignJustifyLabel: 'Ені бойынша туралау',
    alignLeftLabel: 'Сол жаққа туралау',
    alignRightLabel: 'Оң жаққа туралау',
  },
  blockquote: { label: 'Дәйексөз' },
  blocks: {
    inlineBlocks: {
      create: '{{label}} жасау',
      edit: '{{label}} өңдеу',
      label: 'Мәтін ішіндегі блоктар',
      remove: '{{label}} алып тастау',
    },
    label: 'Блоктар',
  },
  checklist: { label: 'Белгілеу тізімі' },
  heading: { label: '{{headingLevel}}-деңгейлі тақырып' },
  horizontalRule: { label: 'Көлденең сызық' },
  indent: { decreaseLabel: 'Шегіністі азайту', increaseLabel: 'Шегіністі арттыру' },
  link: { label: 'Сілтеме', loadingWithEllipsis: 'Жүктелуде...' },
  orderedList: { label: 'Нөмірленген тізім' },
  paragraph: { label: 'Абзац', label2: 'Қарапайым мәтін' },
  relationship: { label: 'Құжатқа байланыс' },
  textState: { defaultStyle: 'Әдепкі стиль' },
  unorderedList: { label: 'Маркерленген тізім' },
  upload: { label: 'Файл' },
} satisfies GenericTranslationsObject
