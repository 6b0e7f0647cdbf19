import type { TextField } from 'payload'

import { sourceBeside } from './sourceBeside'

/**
 * Nearly three times the longest demo headline (107 characters), and short enough for the database index that lists
 * count by (lib/database/localeTableIndexes.ts): PostgreSQL refuses index entries over about 2,700 bytes, and a Cyrillic
 * letter takes two.
 */
export const TITLE_MAX_LENGTH = 300

/** The headline of a release or an event, in each language; lists show it even where a language lacks it. */
export const titleField = (label: TextField['label']): TextField => ({
  name: 'title',
  label,
  type: 'text',
  localized: true,
  required: true,
  maxLength: TITLE_MAX_LENGTH,
  admin: {
    components: { Cell: '@/components/admin/TitleCell#TitleCell', beforeInput: sourceBeside('title') },
  },
})
