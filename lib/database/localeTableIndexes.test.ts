import { describe, expect, it } from 'vitest'

import { indexLocalesByDocument } from './localeTableIndexes'

describe('the schema hook for localized tables', () => {
  it('indexes every table of languages by its document, and leaves other tables alone', () => {
    const unique = {
      name: 'press_releases_locales_locale_parent_id_unique',
      on: ['_locale', '_parentID'],
      unique: true,
    }
    const rawTables = {
      press_releases: { name: 'press_releases', columns: { id: {}, slug: {} } },
      press_releases_locales: {
        name: 'press_releases_locales',
        columns: { _parentID: {} },
        indexes: { unique },
      },
      press_releases_rels: { name: 'press_releases_rels', columns: { parent: {} } },
    }
    const schema = { tables: {} }
    expect(indexLocalesByDocument({ schema, adapter: { rawTables } })).toBe(schema)
    expect(rawTables.press_releases_locales.indexes).toEqual({
      unique,
      _parentID: { name: 'press_releases_locales_parent_idx', on: '_parentID' },
    })
    expect(rawTables.press_releases).not.toHaveProperty('indexes')
    expect(rawTables.press_releases_rels).not.toHaveProperty('indexes')
  })

  it('gives the tables of published titles an index that answers a list count by itself, withdrawal included', () => {
    const rawTables = {
      events_locales: {
        name: 'events_locales',
        columns: { _parentID: {}, _locale: {}, _status: {}, title: {}, withdrawnAt: {} },
      },
      documents_locales: {
        name: 'documents_locales',
        columns: { _parentID: {}, _locale: {}, _status: {}, title: {} },
      },
      topics_locales: { name: 'topics_locales', columns: { _parentID: {}, _locale: {}, name: {} } },
    }
    indexLocalesByDocument({ schema: {}, adapter: { rawTables } })
    expect(rawTables.events_locales).toHaveProperty('indexes.listed', {
      name: 'events_locales_listed_idx',
      on: ['_locale', '_parentID', '_status', 'title', 'withdrawnAt'],
    })
    expect(rawTables.documents_locales).toHaveProperty('indexes.listed', {
      name: 'documents_locales_listed_idx',
      on: ['_locale', '_parentID', '_status', 'title'],
    })
    expect(rawTables.topics_locales).not.toHaveProperty('indexes.listed')
  })
})
