import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pino from 'pino';
import { AuditLog } from '../audit/audit-log.ts';
import { loadOrCreateInstallationKey } from '../audit/installation-key.ts';
import { verifyAuditChain, type AuditVerifyReport } from '../audit/verify.ts';
import { verifyRecordings, type VerifyReport as RecordingsVerifyReport } from '../recording/verify.ts';
import { systemClock } from '../clock.ts';
import { complianceCameraRules, complianceVocabulary } from '../compliance/guards.ts';
import { loadConfig, type Config } from '../config/config.ts';
import { openDatabase } from '../db/database.ts';
import { isPsvisError, PsvisError } from '../errors/psvis-error.ts';
import { Identity } from '../identity/identity.ts';
import { ROLES, type Role } from '../identity/roles.ts';
import { createPsvis } from '../main.ts';
import { ComplianceService, loadCalendar } from '../compliance/service.ts';
import { Registry } from '../registry/registry.ts';
import { seedDemo } from './demo-seed.ts';
import { runCamsimCommand } from '../camsim/command.ts';
import { runKeyCommand, runVerifyExportCommand } from '../delivery/commands.ts';

/** Writes where the CLI prints; tests capture it. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  env: Readonly<Record<string, string | undefined>>;
  readStdin(): string;
}

const realIo: CliIo = {
  out: (l) => process.stdout.write(`${l}\n`),
  err: (l) => process.stderr.write(`${l}\n`),
  env: process.env,
  readStdin: () => readFileSync(0, 'utf8'),
};

const HELP: Record<string, string> = {
  '': `psvis — public security video image information system (公共安全视频图像信息系统)

Usage: psvis <command> [options]

Commands:
  start              start the server (HTTP API on 127.0.0.1:8080 by default)
  migrate            apply database migrations and exit
  user add           create a user
  user passwd        set a user's password
  verify             verify the audit chain and the recordings; name what is broken
  camsim             serve simulated RTSP cameras (for demos, tests and benchmarks)
  check              compliance findings per organization, with articles and penalty ranges
  verify-export FILE check an evidence package offline (signature, footage hash, manifest)
  key --public       print the installation's public key (to verify exports elsewhere)
  demo seed          create a demo unit (Liaoning mall, one system, three cameras) to explore

Common options:
  --config FILE      YAML configuration (default ./psvis.yml if present)
  -h, --help         help for a command

Environment: PSVIS_HTTP_HOST, PSVIS_HTTP_PORT, PSVIS_DATA_DIR, PSVIS_DATABASE_URL,
PSVIS_ADMIN_PASSWORD, PSVIS_LOG_LEVEL (see README.md).`,
  start: `Usage: psvis start [--config FILE]

Starts psvis: applies migrations, creates the first admin on a new installation (its password is
printed once, or taken from PSVIS_ADMIN_PASSWORD), and serves the API. SIGINT/SIGTERM stop it
cleanly (sessions kept, a final audit checkpoint signed, database closed).`,
  migrate: `Usage: psvis migrate [--config FILE]

Applies pending database migrations (SQLite in the data directory, or PSVIS_DATABASE_URL) and exits.`,
  'user add': `Usage: psvis user add --username NAME --org ORG_ID --role ROLE [--display-name TEXT]
                 (--password PASSWORD | --password-stdin) [--config FILE]

Roles: ${ROLES.join(', ')}.
Passwords have at least 12 characters. --password-stdin reads it from standard input.`,
  'user passwd': `Usage: psvis user passwd --username NAME (--password PASSWORD | --password-stdin) [--config FILE]

Sets a user's password and ends that user's sessions.`,
  check: `Usage: psvis check [--org ORG_ID] [--as-of YYYY-MM-DD] [--state STATE] [--json] [--config FILE]

Evaluates every organization (or one) under the rules in force for its jurisdiction on a date
(default today), and prints each finding: state (ok, due, overdue, violated, needs_evidence),
article, due date and the penalty range that would apply. --state keeps one state only.`,
  'demo seed': `Usage: psvis demo seed [--stream-url rtsp://…] [--config FILE]

Creates, once, a demo unit: 辽宁省 > 沈阳市 > 和平区 (liaoning-2008), the police sub-bureau, a mall
with one system in use and three cameras (the first recording --stream-url when given).`,
  verify: `Usage: psvis verify [--audit] [--recordings] [--since DATE] [--json] [--config FILE]

--audit       recompute the audit chain's hashes and checkpoint signatures
--recordings  re-hash every recorded file and walk each camera's chain: reports altered,
              missing, extra and reordered files and edited index rows
--since DATE  only recordings that end after DATE
--json        print the report as JSON
With neither --audit nor --recordings both are checked. Exits 0 when everything verifies,
1 when something is broken (the first broken audit event is named).`,
};

const usage = (msg: string) => new PsvisError('PSVIS_ERR_CLI_USAGE', msg);

type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string }>;
type Values = Record<string, string | boolean | undefined>;

function parse(args: string[], options: OptionSpec): { values: Values } {
  try {
    const { values } = parseArgs({
      args,
      options: { ...options, config: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: false,
      strict: true,
    });
    return { values };
  } catch (err) {
    throw usage((err as Error).message.split('\n')[0] ?? 'bad arguments');
  }
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

/** Runs the psvis command; returns the exit code. */
export async function main(argv: string[], io: CliIo = realIo): Promise<number> {
  const [cmd = '', ...rest] = argv;
  try {
    switch (cmd) {
      case '':
      case '-h':
      case '--help':
      case 'help':
        io.out(HELP[''] ?? '');
        return cmd === '' ? 2 : 0;
      case 'start':
        return await start(rest, io);
      case 'migrate':
        return await migrate(rest, io);
      case 'user':
        return await user(rest, io);
      case 'verify':
        return await verify(rest, io);
      case 'check':
        return await check(rest, io);
      case 'camsim':
        return await runCamsimCommand(rest, io);
      case 'verify-export':
        return await runVerifyExportCommand(rest, io);
      case 'key':
        return key(rest, io);
      case 'demo':
        return await demo(rest, io);
      default:
        throw usage(`unknown command "${cmd}"; run psvis --help`);
    }
  } catch (err) {
    if (isPsvisError(err)) {
      io.err(`psvis: ${err.message} (${err.code})`);
      return err.code === 'PSVIS_ERR_CLI_USAGE' ? 2 : 1;
    }
    io.err(`psvis: unexpected error: ${(err as Error).message}`);
    return 1;
  }
}

function config(values: Record<string, unknown>, io: CliIo): Config {
  const file = str(values['config']);
  return loadConfig(file === undefined ? { env: io.env } : { file, env: io.env });
}

function logger(cfg: Config) {
  return pino({ level: cfg.log.level });
}

async function start(args: string[], io: CliIo): Promise<number> {
  const { values } = parse(args, {});
  if (values['help'] === true) return help('start', io);
  const cfg = config(values, io);
  const psvis = await createPsvis({
    config: cfg,
    log: logger(cfg),
    clock: systemClock,
    vocabulary: complianceVocabulary,
    cameraRules: complianceCameraRules,
    onAdminCreated: (a) => {
      io.out('');
      io.out('  First start: an administrator was created. Sign in with');
      io.out(`    user name: ${a.username}`);
      io.out(`    password:  ${a.password}`);
      io.out('  This password is shown once. Change it with `psvis user passwd --username admin --password-stdin`.');
      io.out('');
    },
  });
  await psvis.start();
  io.out(`psvis listening on ${psvis.url()} (API docs: ${psvis.url()}/api/v1/docs)`);
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await psvis.close();
  io.out('psvis stopped');
  return 0;
}

async function migrate(args: string[], io: CliIo): Promise<number> {
  const { values } = parse(args, {});
  if (values['help'] === true) return help('migrate', io);
  const cfg = config(values, io);
  const database = openDatabase(
    cfg.databaseUrl !== undefined ? { postgresUrl: cfg.databaseUrl } : { sqliteFile: join(cfg.dataDir, 'psvis.db') },
  );
  try {
    const applied = await database.migrate();
    io.out(applied.length === 0 ? 'database is up to date' : `applied: ${applied.join(', ')}`);
  } finally {
    await database.close();
  }
  return 0;
}

/** Opens what the offline commands need: database (migrated), key and audit log. */
async function offline(cfg: Config) {
  const database = openDatabase(
    cfg.databaseUrl !== undefined ? { postgresUrl: cfg.databaseUrl } : { sqliteFile: join(cfg.dataDir, 'psvis.db') },
  );
  await database.migrate();
  const key = loadOrCreateInstallationKey(join(cfg.dataDir, 'keys'));
  const audit = new AuditLog({
    db: database.db,
    dialect: database.dialect,
    key,
    clock: systemClock,
    checkpointEvery: cfg.audit.checkpointEvery,
    checkpointFile: join(cfg.dataDir, 'audit-checkpoint.json'),
  });
  await audit.start();
  return { database, key, audit };
}

function password(values: Record<string, unknown>, io: CliIo): string {
  const p = str(values['password']);
  if (p !== undefined) return p;
  if (values['password-stdin'] === true) return io.readStdin().replace(/\r?\n$/, '');
  throw usage('give --password PASSWORD or --password-stdin');
}

async function user(args: string[], io: CliIo): Promise<number> {
  const [sub = '', ...rest] = args;
  if (sub !== 'add' && sub !== 'passwd') {
    if (sub === '--help' || sub === '-h') {
      help('user add', io);
      return help('user passwd', io);
    }
    throw usage(`unknown user command "${sub}"; use psvis user add or psvis user passwd`);
  }
  const { values } = parse(rest, {
    username: { type: 'string' },
    org: { type: 'string' },
    role: { type: 'string' },
    'display-name': { type: 'string' },
    password: { type: 'string' },
    'password-stdin': { type: 'boolean' },
  });
  if (values['help'] === true) return help(`user ${sub}`, io);
  const username = str(values['username']);
  if (username === undefined) throw usage('--username is required');
  const cfg = config(values, io);
  const { database, audit } = await offline(cfg);
  try {
    const identity = new Identity(audit, systemClock, cfg.session.ttlMinutes * 60_000);
    if (sub === 'add') {
      const org = str(values['org']);
      const role = str(values['role']);
      if (org === undefined) throw usage('--org ORG_ID is required');
      if (role === undefined || !(ROLES as readonly string[]).includes(role))
        throw usage(`--role must be one of ${ROLES.join(', ')}`);
      const created = await identity.createUser(
        {
          username,
          displayName: str(values['display-name']),
          orgId: org,
          role: role as Role,
          password: password(values, io),
        },
        null,
      );
      io.out(`created user ${created.username} (${created.role}) id ${created.id}`);
    } else {
      await identity.setPassword(username, password(values, io), null);
      io.out(`password of ${username} changed; their sessions were ended`);
    }
  } finally {
    await audit.close();
    await database.close();
  }
  return 0;
}

async function verify(args: string[], io: CliIo): Promise<number> {
  const { values } = parse(args, {
    audit: { type: 'boolean' },
    recordings: { type: 'boolean' },
    since: { type: 'string' },
    json: { type: 'boolean' },
  });
  if (values['help'] === true) return help('verify', io);
  const sinceText = str(values['since']);
  const since = sinceText === undefined ? undefined : new Date(sinceText);
  if (since !== undefined && Number.isNaN(since.getTime())) throw usage('--since takes a date or date-time (ISO 8601)');
  // Neither flag: check both.
  const both = values['audit'] !== true && values['recordings'] !== true;
  const cfg = config(values, io);
  const { database, key, audit } = await offline(cfg);
  const json = values['json'] === true;
  try {
    const out: { audit?: AuditVerifyReport; recordings?: RecordingsVerifyReport } = {};
    if (both || values['audit'] === true) {
      out.audit = await verifyAuditChain(database.db, key.publicKeyPem, {
        mirrored: audit.readMirroredCheckpoint(),
        onProgress: (done, total) => {
          if (!json && total > 10_000) io.err(`audit: ${done}/${total} events`);
        },
      });
    }
    if (both || values['recordings'] === true) {
      let lastShown = 0;
      out.recordings = await verifyRecordings({
        db: database.db,
        recordingsDir: cfg.recording.dir ?? join(cfg.dataDir, 'recordings'),
        ...(since !== undefined ? { since } : {}),
        onProgress: (p) => {
          const now = Date.now();
          if (json || now - lastShown < 1000) return;
          lastShown = now;
          io.err(
            `recordings: camera ${p.cameraId}: ${p.filesDone}/${p.filesTotal} files, ${(p.bytesDone / 1e6).toFixed(0)} MB`,
          );
        },
      });
    }
    if (json) {
      io.out(JSON.stringify(out, null, 2));
    } else {
      const a = out.audit;
      if (a !== undefined) {
        if (a.ok)
          io.out(`audit chain OK: ${a.events} events, ${a.checkpoints} signed checkpoints, head at ${a.lastSeq}`);
        else {
          io.out(`audit chain BROKEN: first broken event ${a.firstBrokenSeq ?? '?'}`);
          for (const p of a.problems) io.out(`  seq ${p.seq}: ${p.kind}: ${p.message}`);
        }
      }
      const r = out.recordings;
      if (r !== undefined) {
        const summary = `${r.cameras} cameras, ${r.segments} segments, ${r.filesHashed} files (${(r.bytesHashed / 1e6).toFixed(1)} MB) re-hashed`;
        if (r.ok) io.out(`recordings OK: ${summary}`);
        else {
          io.out(`recordings BROKEN: ${r.problems.length} problem(s); ${summary}`);
          for (const p of r.problems) io.out(`  ${p.kind}: ${p.message}`);
        }
      }
    }
    return (out.audit?.ok ?? true) && (out.recordings?.ok ?? true) ? 0 : 1;
  } finally {
    await database.close();
  }
}

async function check(args: string[], io: CliIo): Promise<number> {
  const { values } = parse(args, {
    org: { type: 'string' },
    'as-of': { type: 'string' },
    state: { type: 'string' },
    json: { type: 'boolean' },
  });
  if (values['help'] === true) return help('check', io);
  const asOfText = str(values['as-of']);
  if (asOfText !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(asOfText)) throw usage('--as-of takes a date YYYY-MM-DD');
  const states = ['ok', 'due', 'overdue', 'violated', 'needs_evidence'];
  const state = str(values['state']);
  if (state !== undefined && !states.includes(state)) throw usage(`--state must be one of ${states.join(', ')}`);
  const cfg = config(values, io);
  const { database } = await offline(cfg);
  try {
    const org = str(values['org']);
    if (
      org !== undefined &&
      (await database.db.selectFrom('organizations').select('id').where('id', '=', org).executeTakeFirst()) ===
        undefined
    ) {
      throw new PsvisError('PSVIS_ERR_NOT_FOUND', `organization ${org} not found`);
    }
    // Noon in Beijing: the date the user named, whatever the host's time zone.
    const asOf = asOfText === undefined ? new Date() : new Date(`${asOfText}T12:00:00+08:00`);
    const service = new ComplianceService(database.db, loadCalendar(cfg.compliance.holidaysFile));
    const result = await service.findings(org === undefined ? null : [org], asOf);
    const orgs = result.map((o) => ({
      ...o,
      findings: state === undefined ? o.findings : o.findings.filter((f) => f.state === state),
    }));
    if (values['json'] === true) {
      io.out(JSON.stringify({ asOf: asOf.toISOString(), organizations: orgs }, null, 2));
      return 0;
    }
    for (const o of orgs) {
      io.out(`${o.orgName} (${o.orgId}) — profiles: ${['national-2025', ...o.profileIds].join(', ')}`);
      for (const f of o.findings) {
        const due = f.dueDate === undefined ? '' : ` due ${f.dueDate}`;
        io.out(`  [${f.state}] ${f.article} ${f.titleZh} / ${f.titleEn}${due} (${f.subjectRef})`);
        if (f.penalty !== undefined && f.state !== 'ok')
          io.out(`      penalty: ${f.penalty.rangeZh} (${f.penalty.article}, ${f.penalty.trigger})`);
      }
    }
    return 0;
  } finally {
    await database.close();
  }
}

async function demo(args: string[], io: CliIo): Promise<number> {
  const [sub = '', ...rest] = args;
  if (sub === '--help' || sub === '-h') return help('demo seed', io);
  if (sub !== 'seed') throw usage(`unknown demo command "${sub}"; use psvis demo seed`);
  const { values } = parse(rest, { 'stream-url': { type: 'string' } });
  if (values['help'] === true) return help('demo seed', io);
  const cfg = config(values, io);
  const { database, audit } = await offline(cfg);
  try {
    const identity = new Identity(audit, systemClock, cfg.session.ttlMinutes * 60_000);
    const created = await identity.ensureAdmin(cfg.adminPassword);
    if (created !== null)
      io.out(`created administrator ${created.username} with password ${created.password} (shown once)`);
    const admin = await identity.actorFor('admin');
    const registry = new Registry(audit, systemClock, complianceVocabulary, complianceCameraRules);
    const streamUrl = str(values['stream-url']);
    const seed = await seedDemo(registry, admin, {
      inUseAt: '2025-06-02',
      ...(streamUrl !== undefined ? { streamUrl } : {}),
    });
    io.out(`demo organization ${seed.orgId}: system ${seed.systemId}, cameras ${seed.cameraIds.join(', ')}`);
    io.out(`see its findings: psvis check --org ${seed.orgId}`);
    return 0;
  } finally {
    await audit.close();
    await database.close();
  }
}

function key(args: string[], io: CliIo): number {
  // Only --config is ours; the rest (--public, --help) is the key command's.
  const i = args.indexOf('--config');
  const file = i >= 0 ? args[i + 1] : undefined;
  const rest = i >= 0 ? [...args.slice(0, i), ...args.slice(i + 2)] : args;
  const cfg = loadConfig(file === undefined ? { env: io.env } : { file, env: io.env });
  return runKeyCommand(rest, io, cfg.dataDir);
}

function help(topic: string, io: CliIo): 0 {
  io.out(HELP[topic] ?? HELP[''] ?? '');
  return 0;
}
