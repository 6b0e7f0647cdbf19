import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

// The credit becomes a text per language. Today's credit stays as the English one; Kazakh and Russian get the press
// service's own wording of the demo's credit, and any other credit as it is, for an editor to translate.
const PRESS_SERVICE = 'MFA of Kazakhstan press service'
const PRESS_SERVICE_KK = 'ҚР Сыртқы істер министрлігінің баспасөз қызметі'
const PRESS_SERVICE_RU = 'Пресс-служба МИД Республики Казахстан'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "users" ALTER COLUMN "role" DROP NOT NULL;
  ALTER TABLE "media_locales" ADD COLUMN "credit" varchar;`)
  await db.execute(sql`UPDATE "media_locales" AS l SET "credit" = CASE
    WHEN l."_locale" = 'kk' AND m."credit" = ${PRESS_SERVICE} THEN ${PRESS_SERVICE_KK}
    WHEN l."_locale" = 'ru' AND m."credit" = ${PRESS_SERVICE} THEN ${PRESS_SERVICE_RU}
    ELSE m."credit" END
    FROM "media" AS m WHERE m."id" = l."_parent_id";`)
  await db.execute(sql`ALTER TABLE "media" DROP COLUMN "credit";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "users" ALTER COLUMN "role" SET NOT NULL;
  ALTER TABLE "media" ADD COLUMN "credit" varchar;`)
  await db.execute(sql`UPDATE "media" SET "credit" = (SELECT l."credit" FROM "media_locales" AS l
    WHERE l."_parent_id" = "media"."id" AND l."credit" IS NOT NULL ORDER BY l."_locale" = 'en' DESC LIMIT 1);`)
  await db.execute(sql`ALTER TABLE "media_locales" DROP COLUMN "credit";`)
}
