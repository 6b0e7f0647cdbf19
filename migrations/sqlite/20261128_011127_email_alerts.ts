import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`subscribers\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`email\` text NOT NULL,
  	\`language\` text NOT NULL,
  	\`topic_id\` integer,
  	\`confirmed_at\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`topic_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`subscribers_email_idx\` ON \`subscribers\` (\`email\`);`)
  await db.run(sql`CREATE INDEX \`subscribers_language_idx\` ON \`subscribers\` (\`language\`);`)
  await db.run(sql`CREATE INDEX \`subscribers_topic_idx\` ON \`subscribers\` (\`topic_id\`);`)
  await db.run(sql`CREATE INDEX \`subscribers_updated_at_idx\` ON \`subscribers\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`subscribers_created_at_idx\` ON \`subscribers\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`alert_dispatches\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`release_id\` integer NOT NULL,
  	\`language\` text NOT NULL,
  	\`last_subscriber\` numeric DEFAULT 0,
  	\`sent\` numeric DEFAULT 0,
  	\`finished_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`release_id\`) REFERENCES \`press_releases\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`alert_dispatches_release_idx\` ON \`alert_dispatches\` (\`release_id\`);`)
  await db.run(sql`CREATE INDEX \`alert_dispatches_updated_at_idx\` ON \`alert_dispatches\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`alert_dispatches_created_at_idx\` ON \`alert_dispatches\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`release_language_idx\` ON \`alert_dispatches\` (\`release_id\`,\`language\`);`)
  // Releases already published were announced by other means before alerts existed: a later save must not mail them.
  await db.run(sql`INSERT INTO \`alert_dispatches\` (\`release_id\`, \`language\`, \`finished_at\`) SELECT \`_parent_id\`, \`_locale\`, strftime('%Y-%m-%dT%H:%M:%fZ', 'now') FROM \`press_releases_locales\` WHERE \`_status\` = 'published';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`subscribers\`;`)
  await db.run(sql`DROP TABLE \`alert_dispatches\`;`)
}
