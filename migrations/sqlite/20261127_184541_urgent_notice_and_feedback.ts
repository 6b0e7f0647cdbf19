import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`feedback\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`page\` text NOT NULL,
  	\`answer\` text NOT NULL,
  	\`language\` text NOT NULL,
  	\`comment\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`feedback_page_idx\` ON \`feedback\` (\`page\`);`)
  await db.run(sql`CREATE INDEX \`feedback_updated_at_idx\` ON \`feedback\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`feedback_created_at_idx\` ON \`feedback\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`site\` ADD \`urgent_notice_enabled\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`site\` ADD \`urgent_notice_level\` text DEFAULT 'warning';`)
  await db.run(sql`ALTER TABLE \`site_locales\` ADD \`urgent_notice_text\` text;`)
  await db.run(sql`ALTER TABLE \`site_locales\` ADD \`urgent_notice_link\` text;`)
  await db.run(sql`ALTER TABLE \`_site_v\` ADD \`version_urgent_notice_enabled\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_site_v\` ADD \`version_urgent_notice_level\` text DEFAULT 'warning';`)
  await db.run(sql`ALTER TABLE \`_site_v_locales\` ADD \`version_urgent_notice_text\` text;`)
  await db.run(sql`ALTER TABLE \`_site_v_locales\` ADD \`version_urgent_notice_link\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`feedback\`;`)
  await db.run(sql`ALTER TABLE \`site\` DROP COLUMN \`urgent_notice_enabled\`;`)
  await db.run(sql`ALTER TABLE \`site\` DROP COLUMN \`urgent_notice_level\`;`)
  await db.run(sql`ALTER TABLE \`site_locales\` DROP COLUMN \`urgent_notice_text\`;`)
  await db.run(sql`ALTER TABLE \`site_locales\` DROP COLUMN \`urgent_notice_link\`;`)
  await db.run(sql`ALTER TABLE \`_site_v\` DROP COLUMN \`version_urgent_notice_enabled\`;`)
  await db.run(sql`ALTER TABLE \`_site_v\` DROP COLUMN \`version_urgent_notice_level\`;`)
  await db.run(sql`ALTER TABLE \`_site_v_locales\` DROP COLUMN \`version_urgent_notice_text\`;`)
  await db.run(sql`ALTER TABLE \`_site_v_locales\` DROP COLUMN \`version_urgent_notice_link\`;`)
}
