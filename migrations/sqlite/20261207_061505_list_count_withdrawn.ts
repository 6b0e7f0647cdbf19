import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`press_releases_locales_listed_idx\`;`)
  await db.run(sql`CREATE INDEX \`press_releases_locales_listed_idx\` ON \`press_releases_locales\` (\`_locale\`,\`_parent_id\`,\`_status\`,\`title\`,\`withdrawn_at\`);`)
  await db.run(sql`DROP INDEX \`events_locales_listed_idx\`;`)
  await db.run(sql`CREATE INDEX \`events_locales_listed_idx\` ON \`events_locales\` (\`_locale\`,\`_parent_id\`,\`_status\`,\`title\`,\`withdrawn_at\`);`)
  await db.run(sql`DROP INDEX \`documents_locales_listed_idx\`;`)
  await db.run(sql`CREATE INDEX \`documents_locales_listed_idx\` ON \`documents_locales\` (\`_locale\`,\`_parent_id\`,\`_status\`,\`title\`,\`withdrawn_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`press_releases_locales_listed_idx\`;`)
  await db.run(sql`CREATE INDEX \`press_releases_locales_listed_idx\` ON \`press_releases_locales\` (\`_locale\`,\`_parent_id\`,\`_status\`,\`title\`);`)
  await db.run(sql`DROP INDEX \`events_locales_listed_idx\`;`)
  await db.run(sql`CREATE INDEX \`events_locales_listed_idx\` ON \`events_locales\` (\`_locale\`,\`_parent_id\`,\`_status\`,\`title\`);`)
  await db.run(sql`DROP INDEX \`documents_locales_listed_idx\`;`)
  await db.run(sql`CREATE INDEX \`documents_locales_listed_idx\` ON \`documents_locales\` (\`_locale\`,\`_parent_id\`,\`_status\`,\`title\`);`)
}
