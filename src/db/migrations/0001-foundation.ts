import type { Kysely } from 'kysely';

// Foundation schema: registry, identity, audit. Column types are chosen to mean the same on SQLite
// and PostgreSQL (text times, integer flags, double precision coordinates).

const ts = (name: string) => [name, 'text'] as const;

/** Creates the foundation tables. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('jurisdictions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('parent_id', 'text', (c) => c.references('jurisdictions.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('code', 'text')
    .addColumn('profile_id', 'text')
    .addColumn(...ts('created_at'), (c) => c.notNull())
    .addColumn(...ts('updated_at'), (c) => c.notNull())
    .execute();
  await db.schema.createIndex('jurisdictions_parent').on('jurisdictions').column('parent_id').execute();

  await db.schema
    .createTable('organizations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('industry', 'text')
    .addColumn('jurisdiction_id', 'text', (c) => c.references('jurisdictions.id'))
    .addColumn('is_government', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('credit_code', 'text')
    .addColumn('address', 'text')
    .addColumn('contact_name', 'text')
    .addColumn('contact_phone', 'text')
    .addColumn(...ts('created_at'), (c) => c.notNull())
    .addColumn(...ts('updated_at'), (c) => c.notNull())
    .execute();
  await db.schema.createIndex('organizations_jurisdiction').on('organizations').column('jurisdiction_id').execute();

  await db.schema
    .createTable('sites')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('place_category', 'text', (c) => c.notNull())
    .addColumn('address', 'text')
    .addColumn('latitude', 'double precision')
    .addColumn('longitude', 'double precision')
    .addColumn('is_public', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn(...ts('created_at'), (c) => c.notNull())
    .addColumn(...ts('updated_at'), (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sites_org').on('sites').column('org_id').execute();

  await db.schema
    .createTable('systems')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('builder_org_id', 'text', (c) => c.references('organizations.id'))
    .addColumn('maintainer_org_id', 'text', (c) => c.references('organizations.id'))
    .addColumn('government_built', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('lifecycle', 'text', (c) => c.notNull())
    .addColumn('planned_at', 'text')
    .addColumn('built_at', 'text')
    .addColumn('accepted_at', 'text')
    .addColumn('in_use_at', 'text')
    .addColumn('removed_at', 'text')
    .addColumn(...ts('created_at'), (c) => c.notNull())
    .addColumn(...ts('updated_at'), (c) => c.notNull())
    .execute();
  await db.schema.createIndex('systems_org').on('systems').column('org_id').execute();

  await db.schema
    .createTable('cameras')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('system_id', 'text', (c) => c.notNull().references('systems.id'))
    .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('device_id', 'text', (c) => c.notNull().unique())
    .addColumn('location_category', 'text', (c) => c.notNull())
    .addColumn('main_stream_url', 'text')
    .addColumn('sub_stream_url', 'text')
    .addColumn('important', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('signage', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('latitude', 'double precision')
    .addColumn('longitude', 'double precision')
    .addColumn('direction_deg', 'double precision')
    .addColumn('enabled', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('retention_days', 'integer')
    .addColumn(...ts('created_at'), (c) => c.notNull())
    .addColumn(...ts('updated_at'), (c) => c.notNull())
    .execute();
  await db.schema.createIndex('cameras_org').on('cameras').column('org_id').execute();
  await db.schema.createIndex('cameras_system').on('cameras').column('system_id').execute();
  await db.schema.createIndex('cameras_site').on('cameras').column('site_id').execute();

  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('username', 'text', (c) => c.notNull().unique())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn(...ts('created_at'), (c) => c.notNull())
    .addColumn(...ts('updated_at'), (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    .addColumn('ip', 'text')
    .addColumn(...ts('created_at'), (c) => c.notNull())
    .addColumn(...ts('last_seen_at'), (c) => c.notNull())
    .addColumn(...ts('expires_at'), (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();

  await db.schema
    .createTable('audit_events')
    .addColumn('seq', 'integer', (c) => c.primaryKey())
    .addColumn('time', 'text', (c) => c.notNull())
    .addColumn('actor_user_id', 'text')
    .addColumn('actor_org_id', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('target_type', 'text')
    .addColumn('target_id', 'text')
    .addColumn('details', 'text', (c) => c.notNull())
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('audit_events_target').on('audit_events').columns(['target_type', 'target_id']).execute();
  await db.schema.createIndex('audit_events_time').on('audit_events').column('time').execute();

  // A single row holding the chain head. Every append updates it, which serialises appends on
  // PostgreSQL (row lock) as SQLite's single writer already does.
  await db.schema
    .createTable('audit_head')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('audit_checkpoints')
    .addColumn('seq', 'integer', (c) => c.primaryKey())
    .addColumn('hash', 'text', (c) => c.notNull())
    .addColumn('signed_at', 'text', (c) => c.notNull())
    .addColumn('key_id', 'text', (c) => c.notNull())
    .addColumn('signature', 'text', (c) => c.notNull())
    .execute();
}

/** Drops the foundation tables. */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of [
    'audit_checkpoints',
    'audit_head',
    'audit_events',
    'sessions',
    'users',
    'cameras',
    'systems',
    'sites',
    'organizations',
    'jurisdictions',
  ]) {
    await db.schema.dropTable(t).execute();
  }
}
