import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`press_releases_published_at_idx\`;`)
  await db.run(sql`CREATE INDEX \`publishedAt_createdAt_idx\` ON \`press_releases\` (\`published_at\`,\`created_at\`);`)
  await db.run(sql`DROP INDEX \`_press_releases_v_version_version_published_at_idx\`;`)
  await db.run(sql`CREATE INDEX \`version_publishedAt_version_createdAt_idx\` ON \`_press_releases_v\` (\`version_published_at\`,\`version_created_at\`);`)
  await db.run(sql`DROP INDEX \`events_starts_at_idx\`;`)
  await db.run(sql`CREATE INDEX \`startsAt_createdAt_idx\` ON \`events\` (\`starts_at\`,\`created_at\`);`)
  await db.run(sql`DROP INDEX \`_events_v_version_version_starts_at_idx\`;`)
  await db.run(sql`CREATE INDEX \`version_startsAt_version_createdAt_idx\` ON \`_events_v\` (\`version_starts_at\`,\`version_created_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`publishedAt_createdAt_idx\`;`)
  await db.run(sql`CREATE INDEX \`press_releases_published_at_idx\` ON \`press_releases\` (\`published_at\`);`)
  await db.run(sql`DROP INDEX \`version_publishedAt_version_createdAt_idx\`;`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_version_published_at_idx\` ON \`_press_releases_v\` (\`version_published_at\`);`)
  await db.run(sql`DROP INDEX \`startsAt_createdAt_idx\`;`)
  await db.run(sql`CREATE INDEX \`events_starts_at_idx\` ON \`events\` (\`starts_at\`);`)
  await db.run(sql`DROP INDEX \`version_startsAt_version_createdAt_idx\`;`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_starts_at_idx\` ON \`_events_v\` (\`version_starts_at\`);`)
}
