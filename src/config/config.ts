import { readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { PsvisError } from '../errors/psvis-error.ts';

/** The configuration schema: every key psvis reads, with its default. */
export const configSchema = z
  .object({
    http: z
      .object({
        host: z.string().min(1).default('127.0.0.1'),
        port: z.coerce.number().int().min(0).max(65535).default(8080),
      })
      .strict()
      .prefault({}),
    /** Everything psvis writes lives here: database file, recordings, keys. */
    dataDir: z.string().min(1).default('./data'),
    /** PostgreSQL connection URL; SQLite in dataDir when absent. */
    databaseUrl: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'a postgres:// or postgresql:// URL')
      .optional(),
    /** Password for the first admin; random (printed once) when absent. */
    adminPassword: z.string().min(12, 'at least 12 characters').optional(),
    audit: z
      .object({
        /** Sign the chain head every N events; bounds what a DB-level truncation can hide. */
        checkpointEvery: z.coerce.number().int().min(1).max(100_000).default(100),
      })
      .strict()
      .prefault({}),
    session: z
      .object({
        /** Idle session lifetime. */
        ttlMinutes: z.coerce
          .number()
          .int()
          .min(1)
          .max(7 * 24 * 60)
          .default(12 * 60),
        /** Send the cookie with Secure (set when served over HTTPS behind a proxy). */
        secureCookie: z.union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')]).default(false),
      })
      .strict()
      .prefault({}),
    recording: z
      .object({
        /** Where footage goes; defaults to <dataDir>/recordings. */
        dir: z.string().min(1).optional(),
        /** This node's name in the segment index (several recorder nodes share one PostgreSQL). */
        node: z.string().min(1).max(100).optional(),
        /** One file per camera per period, starting on a keyframe. */
        segmentSeconds: z.coerce.number().int().min(5).max(3600).default(60),
        /** After a full disk, how often a paused camera tries to write again. */
        diskRetrySeconds: z.coerce.number().int().min(1).max(3600).default(10),
        /** How often each camera's chain head is anchored in the signed audit chain. */
        anchorMinutes: z.coerce.number().int().min(1).max(1440).default(5),
        /** How often the retention sweeper looks for footage past its floor. */
        sweepIntervalMinutes: z.coerce.number().int().min(1).max(1440).default(10),
      })
      .strict()
      .prefault({}),
    compliance: z
      .object({
        /** Extra holidays and 调休 working weekends (YAML/JSON) for working-day deadlines. */
        holidaysFile: z.string().min(1).optional(),
      })
      .strict()
      .prefault({}),
    governance: z
      .object({
        /** A suspicious-information report the police have not handled this long is listed as overdue (安徽 第二十七条(五)). */
        reportOverdueHours: z.coerce
          .number()
          .int()
          .min(1)
          .max(30 * 24)
          .default(24),
      })
      .strict()
      .prefault({}),
    restream: z
      .object({
        /** Serve rtsp://host:port/cameras/:id to other systems and players (psvis users, Basic auth). */
        enabled: z.union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')]).default(true),
        port: z.coerce.number().int().min(0).max(65535).default(8554),
      })
      .strict()
      .prefault({}),
    demo: z
      .object({
        /**
         * Serve one simulated camera and, on an installation with no cameras yet, register it in a
         * demo unit, so a new user sees live recording at once. Turn off in production.
         */
        camera: z.union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')]).default(true),
        cameraPort: z.coerce.number().int().min(0).max(65535).default(8555),
      })
      .strict()
      .prefault({}),
    log: z
      .object({ level: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info') })
      .strict()
      .prefault({}),
  })
  .strict();

/** Validated configuration. */
export type Config = z.infer<typeof configSchema>;

/** PSVIS_* environment variables and the config keys they set. */
export const ENV_KEYS: Readonly<Record<string, readonly string[]>> = {
  PSVIS_HTTP_HOST: ['http', 'host'],
  PSVIS_HTTP_PORT: ['http', 'port'],
  PSVIS_DATA_DIR: ['dataDir'],
  PSVIS_DATABASE_URL: ['databaseUrl'],
  PSVIS_ADMIN_PASSWORD: ['adminPassword'],
  PSVIS_AUDIT_CHECKPOINT_EVERY: ['audit', 'checkpointEvery'],
  PSVIS_SESSION_TTL_MINUTES: ['session', 'ttlMinutes'],
  PSVIS_SESSION_SECURE_COOKIE: ['session', 'secureCookie'],
  PSVIS_LOG_LEVEL: ['log', 'level'],
  PSVIS_RECORDING_DIR: ['recording', 'dir'],
  PSVIS_RECORDING_NODE: ['recording', 'node'],
  PSVIS_RECORDING_SEGMENT_SECONDS: ['recording', 'segmentSeconds'],
  PSVIS_HOLIDAYS_FILE: ['compliance', 'holidaysFile'],
  PSVIS_REPORT_OVERDUE_HOURS: ['governance', 'reportOverdueHours'],
  PSVIS_RESTREAM: ['restream', 'enabled'],
  PSVIS_RESTREAM_PORT: ['restream', 'port'],
  PSVIS_DEMO_CAMERA: ['demo', 'camera'],
  PSVIS_DEMO_CAMERA_PORT: ['demo', 'cameraPort'],
};

/** Where loadConfig reads from. */
export interface ConfigSources {
  /** YAML file; './psvis.yml' by default, optional unless named explicitly; null reads no file. */
  file?: string | null;
  env: Readonly<Record<string, string | undefined>>;
}

/** Reads the YAML file (if any) and PSVIS_* variables (which win), validates, and resolves paths. */
export function loadConfig(sources: ConfigSources): Config {
  const explicit = sources.file ?? sources.env['PSVIS_CONFIG'];
  const file = resolve(explicit ?? 'psvis.yml');
  let raw: Record<string, unknown> = {};
  if (sources.file === null) {
    // Environment only.
  } else if (existsSync(file)) {
    let parsed: unknown;
    try {
      parsed = parseYaml(readFileSync(file, 'utf8'));
    } catch (err) {
      throw new PsvisError(
        'PSVIS_ERR_CONFIG',
        `${file}: not valid YAML: ${(err as Error).message.split('\n')[0] ?? ''}`,
        {
          file,
        },
      );
    }
    if (parsed !== null && parsed !== undefined) {
      if (typeof parsed !== 'object' || Array.isArray(parsed)) {
        throw new PsvisError('PSVIS_ERR_CONFIG', `${file}: expected a mapping of keys at the top level`, { file });
      }
      raw = parsed as Record<string, unknown>;
    }
  } else if (explicit !== undefined) {
    throw new PsvisError('PSVIS_ERR_CONFIG', `config file ${file} does not exist`, { file });
  }
  for (const [name, path] of Object.entries(ENV_KEYS)) {
    const value = sources.env[name];
    if (value === undefined || value === '') continue;
    setPath(raw, path, value);
  }
  const result = configSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    const key = issue?.path.join('.') ?? '';
    const envName = Object.entries(ENV_KEYS).find(([, p]) => p.join('.') === key)?.[0];
    const where =
      envName !== undefined && sources.env[envName] !== undefined ? `${envName} (${key})` : key || '(top level)';
    throw new PsvisError('PSVIS_ERR_CONFIG', `bad configuration value for ${where}: ${issue?.message ?? 'invalid'}`, {
      key,
      issues: result.error.issues.map((i) => ({ key: i.path.join('.'), message: i.message })),
    });
  }
  return { ...result.data, dataDir: resolve(result.data.dataDir) };
}

function setPath(target: Record<string, unknown>, path: readonly string[], value: string): void {
  let node = target;
  for (const [i, key] of path.entries()) {
    if (i === path.length - 1) {
      node[key] = value;
      return;
    }
    const next = node[key];
    if (typeof next !== 'object' || next === null || Array.isArray(next)) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
}
