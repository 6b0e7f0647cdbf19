import type { DefaultTranslationsObject } from '@payloadcms/translations'

export const dashboard: DefaultTranslationsObject['dashboard'] = {
  addButton: 'Қосу +',
  addWidget: 'Виджет қосу',
  deleteWidget: '{{id}} виджетін жою',
  discardConfirmLabel: 'Бас тарту',
  discardMessage: 'Басқару тақтасының орналасуында сақталмаған өзгерістер бар. Олардан бас тартасыз ба?',
  discardTitle: 'Өзгерістерден бас тарту керек пе?',
  editDashboard: 'Басқару тақтасын өңдеу',
  editingDashboard: 'Басқару тақтасы өңделуде',
  noItems:
    'Басқару тақтасында виджет жоқ. Оларды жоғарғы жолақтағы «Басқару тақтасы» мәзірінен қосуға болады.',
  resetLayout: 'Орналасуды қалпына келтіру',
  searchWidgets: 'Виджеттерді іздеу...',
}
