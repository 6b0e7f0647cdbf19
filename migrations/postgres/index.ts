import * as migration_20261126_224739_initial from './20261126_224739_initial';
import * as migration_20261127_001818_search_text from './20261127_001818_search_text';
import * as migration_20261127_022528_localized_status from './20261127_022528_localized_status';
import * as migration_20261127_024417_generated_slugs from './20261127_024417_generated_slugs';
import * as migration_20261127_093617_locales_by_document from './20261127_093617_locales_by_document';
import * as migration_20261127_112500_search_index from './20261127_112500_search_index';
import * as migration_20261127_113310_media_medium_size from './20261127_113310_media_medium_size';
import * as migration_20261127_142524_list_order from './20261127_142524_list_order';
import * as migration_20261127_143844_list_count from './20261127_143844_list_count';
import * as migration_20261127_172033_documents from './20261127_172033_documents';
import * as migration_20261127_172100_documents_search_index from './20261127_172100_documents_search_index';
import * as migration_20261127_184603_urgent_notice_and_feedback from './20261127_184603_urgent_notice_and_feedback';
import * as migration_20261127_204753_media_storage_prefix from './20261127_204753_media_storage_prefix';
import * as migration_20261127_235926_publication_review_changes_withdrawal from './20261127_235926_publication_review_changes_withdrawal';
import * as migration_20261128_011121_email_alerts from './20261128_011121_email_alerts';
import * as migration_20261128_013151_queued_mail from './20261128_013151_queued_mail';
import * as migration_20261206_103132_localized_media_credit from './20261206_103132_localized_media_credit';
import * as migration_20261206_123112_former_slugs from './20261206_123112_former_slugs';
import * as migration_20261206_130000_search_word_forms from './20261206_130000_search_word_forms';
import * as migration_20261206_140758_translation_state from './20261206_140758_translation_state';
import * as migration_20261207_061511_list_count_withdrawn from './20261207_061511_list_count_withdrawn';

export const migrations = [
  {
    up: migration_20261126_224739_initial.up,
    down: migration_20261126_224739_initial.down,
    name: '20261126_224739_initial',
  },
  {
    up: migration_20261127_001818_search_text.up,
    down: migration_20261127_001818_search_text.down,
    name: '20261127_001818_search_text',
  },
  {
    up: migration_20261127_022528_localized_status.up,
    down: migration_20261127_022528_localized_status.down,
    name: '20261127_022528_localized_status',
  },
  {
    up: migration_20261127_024417_generated_slugs.up,
    down: migration_20261127_024417_generated_slugs.down,
    name: '20261127_024417_generated_slugs',
  },
  {
    up: migration_20261127_093617_locales_by_document.up,
    down: migration_20261127_093617_locales_by_document.down,
    name: '20261127_093617_locales_by_document',
  },
  {
    up: migration_20261127_112500_search_index.up,
    down: migration_20261127_112500_search_index.down,
    name: '20261127_112500_search_index',
  },
  {
    up: migration_20261127_113310_media_medium_size.up,
    down: migration_20261127_113310_media_medium_size.down,
    name: '20261127_113310_media_medium_size',
  },
  {
    up: migration_20261127_142524_list_order.up,
    down: migration_20261127_142524_list_order.down,
    name: '20261127_142524_list_order',
  },
  {
    up: migration_20261127_143844_list_count.up,
    down: migration_20261127_143844_list_count.down,
    name: '20261127_143844_list_count',
  },
  {
    up: migration_20261127_172033_documents.up,
    down: migration_20261127_172033_documents.down,
    name: '20261127_172033_documents',
  },
  {
    up: migration_20261127_172100_documents_search_index.up,
    down: migration_20261127_172100_documents_search_index.down,
    name: '20261127_172100_documents_search_index',
  },
  {
    up: migration_20261127_184603_urgent_notice_and_feedback.up,
    down: migration_20261127_184603_urgent_notice_and_feedback.down,
    name: '20261127_184603_urgent_notice_and_feedback',
  },
  {
    up: migration_20261127_204753_media_storage_prefix.up,
    down: migration_20261127_204753_media_storage_prefix.down,
    name: '20261127_204753_media_storage_prefix',
  },
  {
    up: migration_20261127_235926_publication_review_changes_withdrawal.up,
    down: migration_20261127_235926_publication_review_changes_withdrawal.down,
    name: '20261127_235926_publication_review_changes_withdrawal',
  },
  {
    up: migration_20261128_011121_email_alerts.up,
    down: migration_20261128_011121_email_alerts.down,
    name: '20261128_011121_email_alerts',
  },
  {
    up: migration_20261128_013151_queued_mail.up,
    down: migration_20261128_013151_queued_mail.down,
    name: '20261128_013151_queued_mail',
  },
  {
    up: migration_20261206_103132_localized_media_credit.up,
    down: migration_20261206_103132_localized_media_credit.down,
    name: '20261206_103132_localized_media_credit',
  },
  {
    up: migration_20261206_123112_former_slugs.up,
    down: migration_20261206_123112_former_slugs.down,
    name: '20261206_123112_former_slugs',
  },
  {
    up: migration_20261206_130000_search_word_forms.up,
    down: migration_20261206_130000_search_word_forms.down,
    name: '20261206_130000_search_word_forms',
  },
  {
    up: migration_20261206_140758_translation_state.up,
    down: migration_20261206_140758_translation_state.down,
    name: '20261206_140758_translation_state',
  },
  {
    up: migration_20261207_061511_list_count_withdrawn.up,
    down: migration_20261207_061511_list_count_withdrawn.down,
    name: '20261207_061511_list_count_withdrawn'
  },
];
