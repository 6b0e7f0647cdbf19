import type { DefaultTranslationsObject } from '@payloadcms/translations'

export const upload: DefaultTranslationsObject['upload'] = {
  addFile: 'Файл қосу',
  addFiles: 'Файлдар қосу',
  bulkUpload: 'Бірнеше файлды жүктеу',
  crop: 'Қию',
  cropToolDescription:
    'Таңдалған аумақтың бұрыштарын сүйреңіз, жаңа аумақ белгілеңіз немесе төмендегі мәндерді өзгертіңіз.',
  download: 'Жүктеп алу',
  dragAndDrop: 'Файлды сүйреп әкеліңіз',
  dragAndDropHere: 'немесе файлды осында сүйреп әкеліңіз',
  editImage: 'Суретті өңдеу',
  fileName: 'Файл атауы',
  fileSize: 'Файл өлшемі',
  filesToUpload: 'Жүктелетін файлдар',
  fileToUpload: 'Жүктелетін файл',
  focalPoint: 'Фокус нүктесі',
  focalPointDescription:
    'Фокус нүктесін алдын ала қарау суретінде сүйреңіз немесе төмендегі мәндерді өзгертіңіз.',
  height: 'Биіктігі',
  lessInfo: 'Қысқаша',
  moreInfo: 'Толығырақ',
  noFile: 'Файл жоқ',
  pasteURL: 'URL мекенжайын қою',
  previewSizes: 'Өлшемдерді алдын ала қарау',
  selectCollectionToBrowse: 'Қарау үшін жинақты таңдаңыз',
  selectFile: 'Файлды таңдаңыз',
  setCropArea: 'Қию аумағын белгілеу',
  setFocalPoint: 'Фокус нүктесін белгілеу',
  sizes: 'Өлшемдер',
  sizesFor: '{{label}} өлшемдері',
  width: 'Ені',
}
