import type { DefaultTranslationsObject } from '@payloadcms/translations'

export const folder: DefaultTranslationsObject['folder'] = {
  browseByFolder: 'Қалталар бойынша қарау',
  byFolder: 'Қалта бойынша',
  deleteFolder: 'Қалтаны жою',
  folderName: 'Қалта атауы',
  folders: 'Қалталар',
  folderTypeDescription: 'Бұл қалтада жинақтың қай түрдегі құжаттары сақталатынын таңдаңыз.',
  itemHasBeenMoved: '{{title}} «{{folderName}}» қалтасына жылжытылды',
  itemHasBeenMovedToRoot: '{{title}} түбір қалтаға жылжытылды',
  itemsMovedToFolder: '{{title}} «{{folderName}}» қалтасына жылжытылды',
  itemsMovedToRoot: '{{title}} түбір қалтаға жылжытылды',
  moveFolder: 'Қалтаны жылжыту',
  moveItemsToFolderConfirmation:
    '<1>{{label}}: {{count}} жазба</1> <2>{{toFolder}}</2> қалтасына жылжытылмақ. Жалғастырасыз ба?',
  moveItemsToRootConfirmation:
    '<1>{{label}}: {{count}} жазба</1> түбір қалтаға жылжытылмақ. Жалғастырасыз ба?',
  moveItemToFolderConfirmation:
    '<1>{{title}}</1> <2>{{toFolder}}</2> қалтасына жылжытылмақ. Жалғастырасыз ба?',
  moveItemToRootConfirmation: '<1>{{title}}</1> түбір қалтаға жылжытылмақ. Жалғастырасыз ба?',
  movingFromFolder: '{{title}} «{{fromFolder}}» қалтасынан жылжытылуда',
  newFolder: 'Жаңа қалта',
  noFolder: 'Қалтасыз',
  renameFolder: 'Қалтаның атын өзгерту',
  searchByNameInFolder: '«{{folderName}}» қалтасынан атауы бойынша іздеу',
  selectFolderForItem: '{{title}} үшін қалта таңдау',
}
