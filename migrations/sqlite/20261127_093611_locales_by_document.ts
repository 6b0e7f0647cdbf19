import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`press_releases_locales_parent_idx\` ON \`press_releases_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_locales_parent_idx\` ON \`_press_releases_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`events_locales_parent_idx\` ON \`events_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_locales_parent_idx\` ON \`_events_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`topics_locales_parent_idx\` ON \`topics_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_locales_parent_idx\` ON \`_topics_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`media_locales_parent_idx\` ON \`media_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`site_navigation_locales_parent_idx\` ON \`site_navigation_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`site_locales_parent_idx\` ON \`site_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_site_v_version_navigation_locales_parent_idx\` ON \`_site_v_version_navigation_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_site_v_locales_parent_idx\` ON \`_site_v_locales\` (\`_parent_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`press_releases_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`_press_releases_v_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`events_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`_events_v_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`topics_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`_topics_v_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`media_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`site_navigation_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`site_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`_site_v_version_navigation_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`_site_v_locales_parent_idx\`;`)
}
