// Stands in for `date-fns/locale/ta` (see KAZAKH_DATE_FNS_KEY): Payload reads the export named after that locale.
export { kazakhDateLocale as ta } from './dateLocale'
