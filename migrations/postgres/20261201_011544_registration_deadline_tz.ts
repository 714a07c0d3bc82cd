import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_events_previousstart_tz" AS ENUM('Europe/Berlin');
  CREATE TYPE "public"."enum_events_registration_deadline_tz" AS ENUM('Europe/Berlin');
  CREATE TYPE "public"."enum__events_v_version_previousstart_tz" AS ENUM('Europe/Berlin');
  CREATE TYPE "public"."enum__events_v_version_registration_deadline_tz" AS ENUM('Europe/Berlin');
  ALTER TABLE "events" ADD COLUMN "previousstart_tz" "enum_events_previousstart_tz" DEFAULT 'Europe/Berlin';
  ALTER TABLE "events" ADD COLUMN "registration_deadline_tz" "enum_events_registration_deadline_tz" DEFAULT 'Europe/Berlin';
  ALTER TABLE "_events_v" ADD COLUMN "version_previousstart_tz" "enum__events_v_version_previousstart_tz" DEFAULT 'Europe/Berlin';
  ALTER TABLE "_events_v" ADD COLUMN "version_registration_deadline_tz" "enum__events_v_version_registration_deadline_tz" DEFAULT 'Europe/Berlin';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "events" DROP COLUMN "previousstart_tz";
  ALTER TABLE "events" DROP COLUMN "registration_deadline_tz";
  ALTER TABLE "_events_v" DROP COLUMN "version_previousstart_tz";
  ALTER TABLE "_events_v" DROP COLUMN "version_registration_deadline_tz";
  DROP TYPE "public"."enum_events_previousstart_tz";
  DROP TYPE "public"."enum_events_registration_deadline_tz";
  DROP TYPE "public"."enum__events_v_version_previousstart_tz";
  DROP TYPE "public"."enum__events_v_version_registration_deadline_tz";`)
}
