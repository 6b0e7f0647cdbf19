import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

// Documents that exist already keep their slugs: only new documents take theirs from the title.
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`press_releases\` ADD \`generate_slug\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`_press_releases_v\` ADD \`version_generate_slug\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`generate_slug\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_generate_slug\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`topics\` ADD \`generate_slug\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`_topics_v\` ADD \`version_generate_slug\` integer DEFAULT true;`)
  await db.run(sql`UPDATE \`press_releases\` SET \`generate_slug\` = false;`)
  await db.run(sql`UPDATE \`_press_releases_v\` SET \`version_generate_slug\` = false;`)
  await db.run(sql`UPDATE \`events\` SET \`generate_slug\` = false;`)
  await db.run(sql`UPDATE \`_events_v\` SET \`version_generate_slug\` = false;`)
  await db.run(sql`UPDATE \`topics\` SET \`generate_slug\` = false;`)
  await db.run(sql`UPDATE \`_topics_v\` SET \`version_generate_slug\` = false;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`press_releases\` DROP COLUMN \`generate_slug\`;`)
  await db.run(sql`ALTER TABLE \`_press_releases_v\` DROP COLUMN \`version_generate_slug\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`generate_slug\`;`)
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`version_generate_slug\`;`)
  await db.run(sql`ALTER TABLE \`topics\` DROP COLUMN \`generate_slug\`;`)
  await db.run(sql`ALTER TABLE \`_topics_v\` DROP COLUMN \`version_generate_slug\`;`)
}
