import type { CollectionConfig } from 'payload'

import { isEditor } from '@/access/isEditor'
import { isStaff } from '@/access/isStaff'
import { publishedOrStaff } from '@/access/publishedOrStaff'
import { revalidateCollection } from '@/collections/shared/hooks/revalidateOnChange'
import { slugField } from '@/fields/slug'
import { topicText } from '@/i18n/admin/labels/collections'
import { STALE_AFTER_CHANGE } from '@/lib/cache/tags'
import { endTopicSubscriptions } from '@/lib/mail/subscriptions'

export const Topics: CollectionConfig = {
  slug: 'topics',
  labels: topicText.labels,
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'slug', '_status'] },
  // Topics organise the whole site, so editors manage them; authors only choose among them.
  access: {
    read: publishedOrStaff,
    readVersions: isStaff,
    create: isEditor,
    update: isEditor,
    delete: isEditor,
  },
  hooks: {
    ...revalidateCollection(STALE_AFTER_CHANGE.topics),
    // Before the topic goes: afterwards its subscribers would read as subscribed to every release.
    beforeDelete: [({ id, req }) => endTopicSubscriptions(req, id)],
  },
  versions: { drafts: true, maxPerDoc: 50 },
  fields: [
    { name: 'name', label: topicText.name, type: 'text', localized: true, required: true },
    slugField('name'),
  ],
}
