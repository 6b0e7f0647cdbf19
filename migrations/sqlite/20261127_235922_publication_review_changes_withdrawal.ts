import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`press_releases_change_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`at\` text,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`press_releases\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`press_releases_change_history_order_idx\` ON \`press_releases_change_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_change_history_parent_id_idx\` ON \`press_releases_change_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_change_history_locale_idx\` ON \`press_releases_change_history\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`press_releases_publication_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`at\` text,
  	\`by_id\` integer,
  	\`reviewed\` integer,
  	\`reason\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`press_releases\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`press_releases_publication_log_order_idx\` ON \`press_releases_publication_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_publication_log_parent_id_idx\` ON \`press_releases_publication_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_publication_log_locale_idx\` ON \`press_releases_publication_log\` (\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_publication_log_by_idx\` ON \`press_releases_publication_log\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_press_releases_v_version_change_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`at\` text,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_press_releases_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_change_history_order_idx\` ON \`_press_releases_v_version_change_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_change_history_parent_id_idx\` ON \`_press_releases_v_version_change_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_change_history_locale_idx\` ON \`_press_releases_v_version_change_history\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_press_releases_v_version_publication_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`at\` text,
  	\`by_id\` integer,
  	\`reviewed\` integer,
  	\`reason\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_press_releases_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_publication_log_order_idx\` ON \`_press_releases_v_version_publication_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_publication_log_parent_id_idx\` ON \`_press_releases_v_version_publication_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_publication_log_locale_idx\` ON \`_press_releases_v_version_publication_log\` (\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_publication_log_by_idx\` ON \`_press_releases_v_version_publication_log\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`events_change_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`at\` text,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`events_change_history_order_idx\` ON \`events_change_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`events_change_history_parent_id_idx\` ON \`events_change_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`events_change_history_locale_idx\` ON \`events_change_history\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`events_publication_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`at\` text,
  	\`by_id\` integer,
  	\`reviewed\` integer,
  	\`reason\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`events_publication_log_order_idx\` ON \`events_publication_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`events_publication_log_parent_id_idx\` ON \`events_publication_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`events_publication_log_locale_idx\` ON \`events_publication_log\` (\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`events_publication_log_by_idx\` ON \`events_publication_log\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_events_v_version_change_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`at\` text,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_events_v_version_change_history_order_idx\` ON \`_events_v_version_change_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_change_history_parent_id_idx\` ON \`_events_v_version_change_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_change_history_locale_idx\` ON \`_events_v_version_change_history\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_events_v_version_publication_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`at\` text,
  	\`by_id\` integer,
  	\`reviewed\` integer,
  	\`reason\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_events_v_version_publication_log_order_idx\` ON \`_events_v_version_publication_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_publication_log_parent_id_idx\` ON \`_events_v_version_publication_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_publication_log_locale_idx\` ON \`_events_v_version_publication_log\` (\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_publication_log_by_idx\` ON \`_events_v_version_publication_log\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`documents_change_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`at\` text,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`documents_change_history_order_idx\` ON \`documents_change_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`documents_change_history_parent_id_idx\` ON \`documents_change_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`documents_change_history_locale_idx\` ON \`documents_change_history\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`documents_publication_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`at\` text,
  	\`by_id\` integer,
  	\`reviewed\` integer,
  	\`reason\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`documents_publication_log_order_idx\` ON \`documents_publication_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`documents_publication_log_parent_id_idx\` ON \`documents_publication_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`documents_publication_log_locale_idx\` ON \`documents_publication_log\` (\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`documents_publication_log_by_idx\` ON \`documents_publication_log\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_documents_v_version_change_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`at\` text,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_documents_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_documents_v_version_change_history_order_idx\` ON \`_documents_v_version_change_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_change_history_parent_id_idx\` ON \`_documents_v_version_change_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_change_history_locale_idx\` ON \`_documents_v_version_change_history\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_documents_v_version_publication_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`at\` text,
  	\`by_id\` integer,
  	\`reviewed\` integer,
  	\`reason\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_documents_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_documents_v_version_publication_log_order_idx\` ON \`_documents_v_version_publication_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_publication_log_parent_id_idx\` ON \`_documents_v_version_publication_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_publication_log_locale_idx\` ON \`_documents_v_version_publication_log\` (\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_publication_log_by_idx\` ON \`_documents_v_version_publication_log\` (\`by_id\`);`)
  await db.run(sql`ALTER TABLE \`press_releases_locales\` ADD \`review_state\` text;`)
  await db.run(sql`ALTER TABLE \`press_releases_locales\` ADD \`review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`press_releases_locales\` ADD \`review_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`press_releases_locales\` ADD \`publish_reason\` text;`)
  await db.run(sql`ALTER TABLE \`press_releases_locales\` ADD \`change_kind\` text;`)
  await db.run(sql`ALTER TABLE \`press_releases_locales\` ADD \`change_note\` text;`)
  await db.run(sql`ALTER TABLE \`press_releases_locales\` ADD \`withdrawn\` integer;`)
  await db.run(sql`ALTER TABLE \`press_releases_locales\` ADD \`withdrawal_explanation\` text;`)
  await db.run(sql`ALTER TABLE \`press_releases_locales\` ADD \`withdrawn_at\` text;`)
  await db.run(sql`ALTER TABLE \`press_releases_locales\` ADD \`first_published_at\` text;`)
  await db.run(sql`ALTER TABLE \`press_releases_locales\` ADD \`last_updated_at\` text;`)
  await db.run(sql`CREATE INDEX \`press_releases_review_state_idx\` ON \`press_releases_locales\` (\`review_state\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_review_submitted_by_idx\` ON \`press_releases_locales\` (\`review_submitted_by_id\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_withdrawn_at_idx\` ON \`press_releases_locales\` (\`withdrawn_at\`,\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`_press_releases_v_locales\` ADD \`version_review_state\` text;`)
  await db.run(sql`ALTER TABLE \`_press_releases_v_locales\` ADD \`version_review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`_press_releases_v_locales\` ADD \`version_review_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_press_releases_v_locales\` ADD \`version_publish_reason\` text;`)
  await db.run(sql`ALTER TABLE \`_press_releases_v_locales\` ADD \`version_change_kind\` text;`)
  await db.run(sql`ALTER TABLE \`_press_releases_v_locales\` ADD \`version_change_note\` text;`)
  await db.run(sql`ALTER TABLE \`_press_releases_v_locales\` ADD \`version_withdrawn\` integer;`)
  await db.run(sql`ALTER TABLE \`_press_releases_v_locales\` ADD \`version_withdrawal_explanation\` text;`)
  await db.run(sql`ALTER TABLE \`_press_releases_v_locales\` ADD \`version_withdrawn_at\` text;`)
  await db.run(sql`ALTER TABLE \`_press_releases_v_locales\` ADD \`version_first_published_at\` text;`)
  await db.run(sql`ALTER TABLE \`_press_releases_v_locales\` ADD \`version_last_updated_at\` text;`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_version_review_state_idx\` ON \`_press_releases_v_locales\` (\`version_review_state\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_version_review_submitted_by_idx\` ON \`_press_releases_v_locales\` (\`version_review_submitted_by_id\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_version_withdrawn_at_idx\` ON \`_press_releases_v_locales\` (\`version_withdrawn_at\`,\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`events_locales\` ADD \`review_state\` text;`)
  await db.run(sql`ALTER TABLE \`events_locales\` ADD \`review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`events_locales\` ADD \`review_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`events_locales\` ADD \`publish_reason\` text;`)
  await db.run(sql`ALTER TABLE \`events_locales\` ADD \`change_kind\` text;`)
  await db.run(sql`ALTER TABLE \`events_locales\` ADD \`change_note\` text;`)
  await db.run(sql`ALTER TABLE \`events_locales\` ADD \`withdrawn\` integer;`)
  await db.run(sql`ALTER TABLE \`events_locales\` ADD \`withdrawal_explanation\` text;`)
  await db.run(sql`ALTER TABLE \`events_locales\` ADD \`withdrawn_at\` text;`)
  await db.run(sql`ALTER TABLE \`events_locales\` ADD \`first_published_at\` text;`)
  await db.run(sql`ALTER TABLE \`events_locales\` ADD \`last_updated_at\` text;`)
  await db.run(sql`CREATE INDEX \`events_review_state_idx\` ON \`events_locales\` (\`review_state\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`events_review_submitted_by_idx\` ON \`events_locales\` (\`review_submitted_by_id\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`events_withdrawn_at_idx\` ON \`events_locales\` (\`withdrawn_at\`,\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`_events_v_locales\` ADD \`version_review_state\` text;`)
  await db.run(sql`ALTER TABLE \`_events_v_locales\` ADD \`version_review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`_events_v_locales\` ADD \`version_review_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_events_v_locales\` ADD \`version_publish_reason\` text;`)
  await db.run(sql`ALTER TABLE \`_events_v_locales\` ADD \`version_change_kind\` text;`)
  await db.run(sql`ALTER TABLE \`_events_v_locales\` ADD \`version_change_note\` text;`)
  await db.run(sql`ALTER TABLE \`_events_v_locales\` ADD \`version_withdrawn\` integer;`)
  await db.run(sql`ALTER TABLE \`_events_v_locales\` ADD \`version_withdrawal_explanation\` text;`)
  await db.run(sql`ALTER TABLE \`_events_v_locales\` ADD \`version_withdrawn_at\` text;`)
  await db.run(sql`ALTER TABLE \`_events_v_locales\` ADD \`version_first_published_at\` text;`)
  await db.run(sql`ALTER TABLE \`_events_v_locales\` ADD \`version_last_updated_at\` text;`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_review_state_idx\` ON \`_events_v_locales\` (\`version_review_state\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_review_submitted_by_idx\` ON \`_events_v_locales\` (\`version_review_submitted_by_id\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_withdrawn_at_idx\` ON \`_events_v_locales\` (\`version_withdrawn_at\`,\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`documents_locales\` ADD \`review_state\` text;`)
  await db.run(sql`ALTER TABLE \`documents_locales\` ADD \`review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`documents_locales\` ADD \`review_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`documents_locales\` ADD \`publish_reason\` text;`)
  await db.run(sql`ALTER TABLE \`documents_locales\` ADD \`change_kind\` text;`)
  await db.run(sql`ALTER TABLE \`documents_locales\` ADD \`change_note\` text;`)
  await db.run(sql`ALTER TABLE \`documents_locales\` ADD \`withdrawn\` integer;`)
  await db.run(sql`ALTER TABLE \`documents_locales\` ADD \`withdrawal_explanation\` text;`)
  await db.run(sql`ALTER TABLE \`documents_locales\` ADD \`withdrawn_at\` text;`)
  await db.run(sql`ALTER TABLE \`documents_locales\` ADD \`first_published_at\` text;`)
  await db.run(sql`ALTER TABLE \`documents_locales\` ADD \`last_updated_at\` text;`)
  await db.run(sql`CREATE INDEX \`documents_review_state_idx\` ON \`documents_locales\` (\`review_state\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`documents_review_submitted_by_idx\` ON \`documents_locales\` (\`review_submitted_by_id\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`documents_withdrawn_at_idx\` ON \`documents_locales\` (\`withdrawn_at\`,\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`_documents_v_locales\` ADD \`version_review_state\` text;`)
  await db.run(sql`ALTER TABLE \`_documents_v_locales\` ADD \`version_review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`_documents_v_locales\` ADD \`version_review_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_documents_v_locales\` ADD \`version_publish_reason\` text;`)
  await db.run(sql`ALTER TABLE \`_documents_v_locales\` ADD \`version_change_kind\` text;`)
  await db.run(sql`ALTER TABLE \`_documents_v_locales\` ADD \`version_change_note\` text;`)
  await db.run(sql`ALTER TABLE \`_documents_v_locales\` ADD \`version_withdrawn\` integer;`)
  await db.run(sql`ALTER TABLE \`_documents_v_locales\` ADD \`version_withdrawal_explanation\` text;`)
  await db.run(sql`ALTER TABLE \`_documents_v_locales\` ADD \`version_withdrawn_at\` text;`)
  await db.run(sql`ALTER TABLE \`_documents_v_locales\` ADD \`version_first_published_at\` text;`)
  await db.run(sql`ALTER TABLE \`_documents_v_locales\` ADD \`version_last_updated_at\` text;`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_review_state_idx\` ON \`_documents_v_locales\` (\`version_review_state\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_review_submitted_by_idx\` ON \`_documents_v_locales\` (\`version_review_submitted_by_id\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_withdrawn_at_idx\` ON \`_documents_v_locales\` (\`version_withdrawn_at\`,\`_locale\`);`)
  // Texts published before this migration: their first publication is taken from the release's date, or from
  // when the event or document was created (the closest record there is).
  await db.run(sql`UPDATE \`press_releases_locales\` SET \`first_published_at\` = (SELECT d.\`published_at\` FROM \`press_releases\` d WHERE d.\`id\` = \`press_releases_locales\`.\`_parent_id\`) WHERE \`_status\` = 'published';`)
  await db.run(sql`UPDATE \`events_locales\` SET \`first_published_at\` = (SELECT d.\`created_at\` FROM \`events\` d WHERE d.\`id\` = \`events_locales\`.\`_parent_id\`) WHERE \`_status\` = 'published';`)
  await db.run(sql`UPDATE \`documents_locales\` SET \`first_published_at\` = (SELECT d.\`created_at\` FROM \`documents\` d WHERE d.\`id\` = \`documents_locales\`.\`_parent_id\`) WHERE \`_status\` = 'published';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`press_releases_change_history\`;`)
  await db.run(sql`DROP TABLE \`press_releases_publication_log\`;`)
  await db.run(sql`DROP TABLE \`_press_releases_v_version_change_history\`;`)
  await db.run(sql`DROP TABLE \`_press_releases_v_version_publication_log\`;`)
  await db.run(sql`DROP TABLE \`events_change_history\`;`)
  await db.run(sql`DROP TABLE \`events_publication_log\`;`)
  await db.run(sql`DROP TABLE \`_events_v_version_change_history\`;`)
  await db.run(sql`DROP TABLE \`_events_v_version_publication_log\`;`)
  await db.run(sql`DROP TABLE \`documents_change_history\`;`)
  await db.run(sql`DROP TABLE \`documents_publication_log\`;`)
  await db.run(sql`DROP TABLE \`_documents_v_version_change_history\`;`)
  await db.run(sql`DROP TABLE \`_documents_v_version_publication_log\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_press_releases_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`search_text\` text,
  	\`_status\` text DEFAULT 'draft',
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`press_releases\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_press_releases_locales\`("title", "summary", "body", "search_text", "_status", "id", "_locale", "_parent_id") SELECT "title", "summary", "body", "search_text", "_status", "id", "_locale", "_parent_id" FROM \`press_releases_locales\`;`)
  await db.run(sql`DROP TABLE \`press_releases_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new_press_releases_locales\` RENAME TO \`press_releases_locales\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`press_releases__status_idx\` ON \`press_releases_locales\` (\`_status\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`press_releases_locales_locale_parent_id_unique\` ON \`press_releases_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_locales_parent_idx\` ON \`press_releases_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_locales_listed_idx\` ON \`press_releases_locales\` (\`_locale\`,\`_parent_id\`,\`_status\`,\`title\`);`)
  await db.run(sql`CREATE TABLE \`__new__press_releases_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_search_text\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_press_releases_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__press_releases_v_locales\`("version_title", "version_summary", "version_body", "version_search_text", "version__status", "id", "_locale", "_parent_id") SELECT "version_title", "version_summary", "version_body", "version_search_text", "version__status", "id", "_locale", "_parent_id" FROM \`_press_releases_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_press_releases_v_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new__press_releases_v_locales\` RENAME TO \`_press_releases_v_locales\`;`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_version__status_idx\` ON \`_press_releases_v_locales\` (\`version__status\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_press_releases_v_locales_locale_parent_id_unique\` ON \`_press_releases_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_locales_parent_idx\` ON \`_press_releases_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_events_locales\` (
  	\`title\` text,
  	\`location\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`search_text\` text,
  	\`_status\` text DEFAULT 'draft',
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_events_locales\`("title", "location", "summary", "body", "search_text", "_status", "id", "_locale", "_parent_id") SELECT "title", "location", "summary", "body", "search_text", "_status", "id", "_locale", "_parent_id" FROM \`events_locales\`;`)
  await db.run(sql`DROP TABLE \`events_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new_events_locales\` RENAME TO \`events_locales\`;`)
  await db.run(sql`CREATE INDEX \`events__status_idx\` ON \`events_locales\` (\`_status\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`events_locales_locale_parent_id_unique\` ON \`events_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`events_locales_parent_idx\` ON \`events_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`events_locales_listed_idx\` ON \`events_locales\` (\`_locale\`,\`_parent_id\`,\`_status\`,\`title\`);`)
  await db.run(sql`CREATE TABLE \`__new__events_v_locales\` (
  	\`version_title\` text,
  	\`version_location\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_search_text\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__events_v_locales\`("version_title", "version_location", "version_summary", "version_body", "version_search_text", "version__status", "id", "_locale", "_parent_id") SELECT "version_title", "version_location", "version_summary", "version_body", "version_search_text", "version__status", "id", "_locale", "_parent_id" FROM \`_events_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_events_v_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new__events_v_locales\` RENAME TO \`_events_v_locales\`;`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version__status_idx\` ON \`_events_v_locales\` (\`version__status\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_events_v_locales_locale_parent_id_unique\` ON \`_events_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_locales_parent_idx\` ON \`_events_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_documents_locales\` (
  	\`title\` text,
  	\`place\` text,
  	\`signatory\` text,
  	\`summary\` text,
  	\`file_id\` integer,
  	\`search_text\` text,
  	\`_status\` text DEFAULT 'draft',
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_documents_locales\`("title", "place", "signatory", "summary", "file_id", "search_text", "_status", "id", "_locale", "_parent_id") SELECT "title", "place", "signatory", "summary", "file_id", "search_text", "_status", "id", "_locale", "_parent_id" FROM \`documents_locales\`;`)
  await db.run(sql`DROP TABLE \`documents_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new_documents_locales\` RENAME TO \`documents_locales\`;`)
  await db.run(sql`CREATE INDEX \`documents_file_idx\` ON \`documents_locales\` (\`file_id\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`documents__status_idx\` ON \`documents_locales\` (\`_status\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`documents_locales_locale_parent_id_unique\` ON \`documents_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`documents_locales_parent_idx\` ON \`documents_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`documents_locales_listed_idx\` ON \`documents_locales\` (\`_locale\`,\`_parent_id\`,\`_status\`,\`title\`);`)
  await db.run(sql`CREATE TABLE \`__new__documents_v_locales\` (
  	\`version_title\` text,
  	\`version_place\` text,
  	\`version_signatory\` text,
  	\`version_summary\` text,
  	\`version_file_id\` integer,
  	\`version_search_text\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`version_file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_documents_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__documents_v_locales\`("version_title", "version_place", "version_signatory", "version_summary", "version_file_id", "version_search_text", "version__status", "id", "_locale", "_parent_id") SELECT "version_title", "version_place", "version_signatory", "version_summary", "version_file_id", "version_search_text", "version__status", "id", "_locale", "_parent_id" FROM \`_documents_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_documents_v_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new__documents_v_locales\` RENAME TO \`_documents_v_locales\`;`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_file_idx\` ON \`_documents_v_locales\` (\`version_file_id\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version__status_idx\` ON \`_documents_v_locales\` (\`version__status\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_documents_v_locales_locale_parent_id_unique\` ON \`_documents_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_locales_parent_idx\` ON \`_documents_v_locales\` (\`_parent_id\`);`)
}
