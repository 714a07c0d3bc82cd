import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`events\` ADD \`previousstart_tz\` text DEFAULT 'Europe/Berlin';`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`registration_deadline_tz\` text DEFAULT 'Europe/Berlin';`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_previousstart_tz\` text DEFAULT 'Europe/Berlin';`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_registration_deadline_tz\` text DEFAULT 'Europe/Berlin';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`previousstart_tz\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`registration_deadline_tz\`;`)
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`version_previousstart_tz\`;`)
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`version_registration_deadline_tz\`;`)
}
