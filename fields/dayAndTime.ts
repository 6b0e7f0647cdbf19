import type { DateField } from 'payload'

/**
 * A date with its time of day as the admin shows and picks it: each language's long date and a 24-hour clock
 * ("2026 жылғы 13 ақпан, 14:00") instead of Payload's American order in every language. The picker's time column
 * has a fixed English caption that no language reaches, so it has none.
 */
export const dayAndTime: NonNullable<DateField['admin']>['date'] = {
  pickerAppearance: 'dayAndTime',
  displayFormat: 'PPP, HH:mm',
  timeFormat: 'HH:mm',
  overrides: { timeCaption: '' },
}
