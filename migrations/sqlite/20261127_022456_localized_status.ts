import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

// Each language takes over the status its document had, so nothing published becomes a draft on upgrade.
// Index names are global in SQLite, so the old index goes before its namesake is created on the new table.
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`press_releases__status_idx\`;`)
  await db.run(sql`DROP INDEX \`_press_releases_v_version_version__status_idx\`;`)
  await db.run(sql`DROP INDEX \`events__status_idx\`;`)
  await db.run(sql`DROP INDEX \`_events_v_version_version__status_idx\`;`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`press_releases_locales\` ADD \`_status\` text DEFAULT 'draft';`)
  await db.run(sql`CREATE INDEX \`press_releases__status_idx\` ON \`press_releases_locales\` (\`_status\`,\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`_press_releases_v_locales\` ADD \`version__status\` text DEFAULT 'draft';`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_version__status_idx\` ON \`_press_releases_v_locales\` (\`version__status\`,\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`events_locales\` ADD \`_status\` text DEFAULT 'draft';`)
  await db.run(sql`CREATE INDEX \`events__status_idx\` ON \`events_locales\` (\`_status\`,\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`_events_v_locales\` ADD \`version__status\` text DEFAULT 'draft';`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version__status_idx\` ON \`_events_v_locales\` (\`version__status\`,\`_locale\`);`)
  await db.run(sql`UPDATE \`press_releases_locales\` SET \`_status\` = (SELECT parent.\`_status\` FROM \`press_releases\` parent WHERE parent.\`id\` = \`press_releases_locales\`.\`_parent_id\`);`)
  await db.run(sql`UPDATE \`_press_releases_v_locales\` SET \`version__status\` = (SELECT parent.\`version__status\` FROM \`_press_releases_v\` parent WHERE parent.\`id\` = \`_press_releases_v_locales\`.\`_parent_id\`);`)
  await db.run(sql`UPDATE \`events_locales\` SET \`_status\` = (SELECT parent.\`_status\` FROM \`events\` parent WHERE parent.\`id\` = \`events_locales\`.\`_parent_id\`);`)
  await db.run(sql`UPDATE \`_events_v_locales\` SET \`version__status\` = (SELECT parent.\`version__status\` FROM \`_events_v\` parent WHERE parent.\`id\` = \`_events_v_locales\`.\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`press_releases\` DROP COLUMN \`_status\`;`)
  await db.run(sql`ALTER TABLE \`_press_releases_v\` DROP COLUMN \`version__status\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`_status\`;`)
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`version__status\`;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`press_releases__status_idx\`;`)
  await db.run(sql`DROP INDEX \`_press_releases_v_version_version__status_idx\`;`)
  await db.run(sql`DROP INDEX \`events__status_idx\`;`)
  await db.run(sql`DROP INDEX \`_events_v_version_version__status_idx\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`ALTER TABLE \`press_releases\` ADD \`_status\` text DEFAULT 'draft';`)
  await db.run(sql`CREATE INDEX \`press_releases__status_idx\` ON \`press_releases\` (\`_status\`);`)
  await db.run(sql`ALTER TABLE \`_press_releases_v\` ADD \`version__status\` text DEFAULT 'draft';`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_version__status_idx\` ON \`_press_releases_v\` (\`version__status\`);`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`_status\` text DEFAULT 'draft';`)
  await db.run(sql`CREATE INDEX \`events__status_idx\` ON \`events\` (\`_status\`);`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version__status\` text DEFAULT 'draft';`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version__status_idx\` ON \`_events_v\` (\`version__status\`);`)
  await db.run(sql`UPDATE \`press_releases\` SET \`_status\` = 'published' WHERE EXISTS (SELECT 1 FROM \`press_releases_locales\` l WHERE l.\`_parent_id\` = \`press_releases\`.\`id\` AND l.\`_status\` = 'published');`)
  await db.run(sql`UPDATE \`_press_releases_v\` SET \`version__status\` = 'published' WHERE EXISTS (SELECT 1 FROM \`_press_releases_v_locales\` l WHERE l.\`_parent_id\` = \`_press_releases_v\`.\`id\` AND l.\`version__status\` = 'published');`)
  await db.run(sql`UPDATE \`events\` SET \`_status\` = 'published' WHERE EXISTS (SELECT 1 FROM \`events_locales\` l WHERE l.\`_parent_id\` = \`events\`.\`id\` AND l.\`_status\` = 'published');`)
  await db.run(sql`UPDATE \`_events_v\` SET \`version__status\` = 'published' WHERE EXISTS (SELECT 1 FROM \`_events_v_locales\` l WHERE l.\`_parent_id\` = \`_events_v\`.\`id\` AND l.\`version__status\` = 'published');`)
  await db.run(sql`ALTER TABLE \`press_releases_locales\` DROP COLUMN \`_status\`;`)
  await db.run(sql`ALTER TABLE \`_press_releases_v_locales\` DROP COLUMN \`version__status\`;`)
  await db.run(sql`ALTER TABLE \`events_locales\` DROP COLUMN \`_status\`;`)
  await db.run(sql`ALTER TABLE \`_events_v_locales\` DROP COLUMN \`version__status\`;`)
}
