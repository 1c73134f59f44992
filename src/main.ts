import { hostname } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { AuditLog } from './audit/audit-log.ts';
import { loadOrCreateInstallationKey, type InstallationKey } from './audit/installation-key.ts';
import { CameraSimulator } from './camsim/simulator.ts';
import { seedDemo } from './cli/demo-seed.ts';
import type { Clock } from './clock.ts';
import { cameraRetentionFloor } from './compliance/retention-floor.ts';
import { ComplianceService, loadCalendar } from './compliance/service.ts';
import type { Config } from './config/config.ts';
import { openDatabase, type DatabaseHandle } from './db/database.ts';
import { createDelivery, type Delivery } from './delivery/delivery.ts';
import { ComplianceRecords } from './governance/records.ts';
import { AccessGovernance } from './governance/access/service.ts';
import { accessRequestRoutes } from './http/routes/access-requests.ts';
import { Filings } from './governance/filings/service.ts';
import { Operations } from './governance/operations/service.ts';
import { SuspiciousReports } from './governance/reports/service.ts';
import { filingRoutes } from './http/routes/filings.ts';
import { operationRoutes } from './http/routes/operations.ts';
import { reportRoutes } from './http/routes/reports.ts';
import { VIEW_ROLES } from './delivery/delivery.ts';
import { Holds } from './governance/holds.ts';
import { PenaltyDecisions } from './governance/inspections/decisions.ts';
import { Inspections } from './governance/inspections/service.ts';
import { Documents } from './governance/pdf/documents.ts';
import { buildApp } from './http/app.ts';
import { consoleRoutes } from './http/console.ts';
import { overviewRoutes } from './http/routes/overview.ts';
import { complianceRoutes } from './http/routes/compliance.ts';
import { exportRoutes } from './http/routes/exports.ts';
import { liveRoutes } from './http/routes/live.ts';
import { LiveDelivery } from './delivery/live/live-delivery.ts';
import { RtspRestream } from './delivery/live/rtsp-restream.ts';
import { playbackRoutes } from './http/routes/playback.ts';
import { cameraStatusRoutes } from './http/routes/camera-status.ts';
import { recordingRoutes } from './http/routes/recordings.ts';
import { inspectionRoutes } from './http/routes/inspections.ts';
import { auditRoutes } from './http/routes/audit.ts';
import { authRoutes } from './http/routes/auth.ts';
import { registryRoutes } from './http/routes/registry.ts';
import { systemRoutes } from './http/routes/system.ts';
import { allRules } from './compliance/profiles/index.ts';
import { Identity } from './identity/identity.ts';
import type { CameraRules, RegistryVocabulary } from './registry/contracts.ts';
import { IngestManager } from './ingest/manager.ts';
import { recordFromHub } from './recording/hub-bridge.ts';
import { LIVE_GOP_CACHE_IDLE_MS } from './hub/limits.ts';
import { Recorder } from './recording/recorder.ts';
import { Retention } from './recording/retention.ts';
import { SegmentIndex } from './recording/segment-index.ts';
import { Registry } from './registry/registry.ts';

/** What the composition root needs from outside: configuration, a logger, a clock and the law. */
export interface PsvisDeps {
  config: Config;
  log: Logger;
  clock: Clock;
  vocabulary: RegistryVocabulary;
  cameraRules: CameraRules;
  /** Called once with the first admin's credentials when this start created them. */
  onAdminCreated?: (admin: { username: string; password: string }) => void;
}

/** A wired psvis: every component, started in order and closed in reverse. */
export interface Psvis {
  readonly database: DatabaseHandle;
  readonly key: InstallationKey;
  readonly audit: AuditLog;
  readonly identity: Identity;
  readonly registry: Registry;
  readonly compliance: ComplianceService;
  readonly ingest: IngestManager;
  readonly recorder: Recorder;
  readonly retention: Retention;
  readonly delivery: Delivery;
  readonly restream: RtspRestream | null;
  readonly http: FastifyInstance;
  /** The address the HTTP server listens on, after start(). */
  url(): string;
  start(): Promise<void>;
  close(): Promise<void>;
}

const SESSION_SWEEP_MS = 10 * 60 * 1000;

/** Wires the modules in dependency order; nothing runs until start(). */
export async function createPsvis(deps: PsvisDeps): Promise<Psvis> {
  const { config, log, clock } = deps;
  const sessionTtlMs = config.session.ttlMinutes * 60 * 1000;

  // Metadata store: PostgreSQL when configured, otherwise SQLite in the data directory.
  const database = openDatabase(
    config.databaseUrl !== undefined
      ? { postgresUrl: config.databaseUrl }
      : { sqliteFile: join(config.dataDir, 'psvis.db') },
  );
  // The installation's Ed25519 key signs audit checkpoints (and later evidence exports).
  const key = loadOrCreateInstallationKey(join(config.dataDir, 'keys'));
  // The hash-chained audit log; every other module writes its events through it.
  const audit = new AuditLog({
    db: database.db,
    dialect: database.dialect,
    key,
    clock,
    checkpointEvery: config.audit.checkpointEvery,
    checkpointFile: join(config.dataDir, 'audit-checkpoint.json'),
  });
  // Users, sessions, roles and organization scope.
  const identity = new Identity(audit, clock, sessionTtlMs);
  // Jurisdictions, organizations, sites, systems, cameras; camera writes pass the law's checks.
  const registry = new Registry(audit, clock, deps.vocabulary, deps.cameraRules);
  // The law as data: findings per organization under its jurisdiction's profiles, on a working-day calendar.
  const compliance = new ComplianceService(database.db, loadCalendar(config.compliance.holidaysFile));
  // Records that show duties done: filings, training, advisory duties with evidence.
  const records = new ComplianceRecords(audit, clock, registry, (ruleId) => allRules().some((r) => r.id === ruleId));
  // Ingest: pulls every enabled camera with an RTSP URL into its hub and follows registry changes;
  // a hub keeps its GOP for instant live starts only while the camera is watched (and 5 min after).
  const ingest = new IngestManager({
    db: database.db,
    registry,
    clock,
    gopCacheIdleMs: LIVE_GOP_CACHE_IDLE_MS,
    log: log.child({ module: 'ingest' }),
  });
  const priorities = new Map<string, number>();
  // The recorder: one chained fMP4 segment writer per camera; recovers torn files at start.
  const recordingsDir = config.recording.dir ?? join(config.dataDir, 'recordings');
  const recorder = new Recorder({
    audit,
    index: new SegmentIndex(database.db, database.dialect, clock),
    clock,
    node: config.recording.node ?? hostname(),
    recordingsDir,
    segmentDurationMs: config.recording.segmentSeconds * 1000,
    // Cameras started together seal at different moments, not all fsyncing at once.
    staggerSeals: true,
    diskRetryMs: config.recording.diskRetrySeconds * 1000,
    anchorIntervalMs: config.recording.anchorMinutes * 60_000,
    wallTimeMs: (cameraId, frame, track) => ingest.wallTimeMs(cameraId, frame, track),
    // 重要部位 cameras keep recording longest when the disk fills.
    priorityOf: (cameraId) => priorities.get(cameraId) ?? 0,
    onAlarm: (alarm) => {
      log.warn({ alarm }, 'recording alarm');
    },
  });
  // Every camera ingest starts is recorded through a never-drop hub reader; loss becomes gap rows.
  const detachRecording = new Map<string, () => void>();
  const onRecordingError = (err: unknown) => {
    log.error({ err }, 'recording failed');
  };
  ingest.events.on('camera-started', (cameraId, hub) => {
    database.db
      .selectFrom('cameras')
      .select('important')
      .where('id', '=', cameraId)
      .executeTakeFirst()
      .then((c) => priorities.set(cameraId, c?.important ?? 0))
      .catch(onRecordingError);
    detachRecording.get(cameraId)?.();
    detachRecording.set(cameraId, recordFromHub(hub, recorder.camera(cameraId), onRecordingError));
  });
  ingest.events.on('camera-stopped', (cameraId) => {
    detachRecording.get(cameraId)?.();
    detachRecording.delete(cameraId);
    recorder.stopCamera(cameraId).catch(onRecordingError);
  });
  // Retention as a legal floor: the sweeper deletes only past the camera's floor and outside holds.
  const retention = new Retention({
    audit,
    clock,
    recordingsDir,
    retentionFloor: cameraRetentionFloor(database.db),
    sweepIntervalMs: config.recording.sweepIntervalMinutes * 60_000,
    onError: (err) => {
      log.error({ err }, 'retention sweep failed');
    },
  });
  // Holds (信息保全): who may pin footage, until when, and who may release it; refusals audited.
  const holds = new Holds(audit, clock, registry, retention);
  // Supervision: inspections with generated checklists, rectification orders, penalty decisions, printable forms.
  const inspections = new Inspections(audit, clock, registry, compliance);
  const decisions = new PenaltyDecisions(audit, clock, registry);
  const documents = new Documents(audit, clock, registry);
  // Footage access by the police and other organs, direct connection, citizens' requests: routed approval, grants, sittings.
  const access = new AccessGovernance({
    audit,
    clock,
    registry,
    checkPassword: (username, password, ip, via) => identity.checkPassword(username, password, ip, via),
    documentsDir: join(config.dataDir, 'access-documents'),
  });
  // Filings (备案): drafts filled from the registry, materials, submission to the police office the profile names, receipt, site visit, acceptance or return.
  const filings = new Filings({
    audit,
    clock,
    registry,
    compliance,
    materialsDir: join(config.dataDir, 'filing-materials'),
  });
  // Suspicious-information reports to the police (and regulators where the profile says so), the clip held; overdue after governance.reportOverdueHours.
  const reports = new SuspiciousReports({
    audit,
    clock,
    registry,
    holds,
    overdueMs: config.governance.reportOverdueHours * 3_600_000,
  });
  // Duty-shift logs, fault tickets, maintenance records, outsourcing agreements and the training list.
  const operations = new Operations(audit, clock, registry);
  // Delivery: access register (rows under a grant filled from its request), timeline, recorded HLS, snapshots, signed evidence exports.
  const delivery = createDelivery({
    audit,
    clock,
    key,
    dataDir: config.dataDir,
    recordingsDir,
    enrichRegister: access.enrichRegister,
  });
  // Live MSE over WebSocket and live HLS from the hubs; each view opens and closes a register row.
  const live = new LiveDelivery({
    hubs: ingest.hubs,
    clock,
    register: delivery.register,
    onError: (err, where) => {
      log.warn({ err, where }, 'live delivery');
    },
  });
  // RTSP restream for other systems and players: psvis users, the same scope rule, each session registered.
  const restream = config.restream.enabled
    ? new RtspRestream({
        hubs: ingest.hubs,
        clock,
        register: delivery.register,
        port: config.restream.port,
        host: config.http.host,
        auth: {
          realm: 'psvis',
          // Basic, checked against the user's argon2 hash: Digest would need the password kept in
          // a recoverable form. Keep the restream on a trusted network or behind a TLS tunnel.
          verifyUser: (username, password) => identity.checkPassword(username, password, 'rtsp', 'rtsp-restream'),
          canView: async (username, cameraId) => {
            try {
              const actor = await identity.actorFor(username);
              // Officers watch only through a grant, in a two-officer sitting the restream cannot hold.
              if (!VIEW_ROLES.includes(actor.role)) return false;
              await registry.getCamera(actor, cameraId);
              return true;
            } catch {
              return false;
            }
          },
          actorFor: (username) => identity.actorFor(username),
        },
        onError: (err) => {
          log.warn({ err }, 'rtsp restream');
        },
      })
    : null;
  // The HTTP API: REST under /api/v1 with OpenAPI.
  const http = await buildApp({ identity, log, secureCookie: config.session.secureCookie, sessionTtlMs });
  systemRoutes(http, { database });
  authRoutes(http, { identity, secureCookie: config.session.secureCookie, sessionTtlMs });
  registryRoutes(http, { identity, registry });
  complianceRoutes(http, { identity, registry, compliance, records, clock });
  recordingRoutes(http, {
    identity,
    audit,
    registry,
    retention,
    holds,
    recordingsDir,
    openFiles: () => recorder.openFiles(),
  });
  inspectionRoutes(http, { identity, inspections, decisions, documents });
  cameraStatusRoutes(http, { identity, registry, ingest });
  playbackRoutes(http, { identity, registry, delivery, gate: access.gate });
  exportRoutes(http, { identity, registry, delivery, gate: access.gate });
  liveRoutes(http, { identity, registry, live, gate: access.gate });
  // Access requests: create, route, approve or refuse, approval document, sittings, the register per request.
  accessRequestRoutes(http, { identity, access });
  // Filings: draft, materials, submit; the receiving police office receives, visits, accepts or returns.
  filingRoutes(http, { identity, filings });
  // Suspicious-information reports: report, acknowledge, handle, notes, the overdue list.
  reportRoutes(http, { identity, reports });
  // Operating records: duty logs, fault tickets, maintenance, outsourcing agreements, training list.
  operationRoutes(http, { identity, operations });
  auditRoutes(http, { identity, audit, publicKeyPem: key.publicKeyPem });
  // The console's first page: cameras, gaps, availability, storage and findings in one request.
  overviewRoutes(http, { identity, db: database.db, clock, compliance, ingest, retention });
  // The web console (web/dist) at /, its routes falling back to index.html.
  await consoleRoutes(http);

  // The demo camera: one simulated RTSP camera so a fresh installation records something at once.
  const demoCamera = config.demo.camera
    ? new CameraSimulator({ cameras: 1, port: config.demo.cameraPort, profile: '1080p-h264-pcma' })
    : null;

  let sweep: NodeJS.Timeout | null = null;
  let listening = '';
  return {
    database,
    key,
    audit,
    identity,
    registry,
    compliance,
    ingest,
    recorder,
    retention,
    delivery,
    restream,
    http,
    url: () => listening,
    async start() {
      await database.migrate();
      await audit.start();
      const admin = await identity.ensureAdmin(config.adminPassword);
      if (admin !== null) deps.onAdminCreated?.(admin);
      const recovery = await recorder.start();
      if (recovery.recovered.length + recovery.orphans.length + recovery.missing.length > 0) {
        log.warn(
          { recovered: recovery.recovered.length, orphans: recovery.orphans, missing: recovery.missing },
          'recording recovery',
        );
      }
      await retention.start();
      // Exports a previous run left unfinished are marked failed and their partial files removed.
      await delivery.start();
      if (demoCamera !== null) {
        try {
          await demoCamera.start();
          const hasCameras = await database.db.selectFrom('cameras').select('id').limit(1).executeTakeFirst();
          if (hasCameras === undefined) {
            const seeded = await seedDemo(registry, await identity.actorFor('admin'), {
              inUseAt: clock.now().toISOString().slice(0, 10),
              streamUrl: demoCamera.url(1),
            });
            log.info(
              { camera: seeded.cameraIds[0], url: demoCamera.url(1) },
              'demo unit and simulated camera registered',
            );
          }
        } catch (err) {
          log.warn({ err }, 'demo camera not started (set PSVIS_DEMO_CAMERA=false to silence this)');
        }
      }
      await ingest.start();
      await live.start();
      try {
        await restream?.start();
      } catch (err) {
        // An optional service must not keep psvis from recording.
        log.warn(
          { err, port: config.restream.port },
          'RTSP restream not started (set PSVIS_RESTREAM_PORT, or PSVIS_RESTREAM=false)',
        );
      }
      sweep = setInterval(() => {
        identity.sweepSessions().catch((err: unknown) => {
          log.warn({ err }, 'session sweep failed');
        });
      }, SESSION_SWEEP_MS);
      sweep.unref();
      listening = await http.listen({ host: config.http.host, port: config.http.port });
      log.info({ url: listening, database: database.dialect, dataDir: config.dataDir }, 'psvis started');
    },
    async close() {
      if (sweep !== null) clearInterval(sweep);
      // Live viewers first: the HTTP server's close waits for every socket, upgraded WebSockets too.
      await live.close();
      await http.close();
      await delivery.close();
      await retention.close();
      await restream?.close();
      // Stops pulling first, so the recorder seals files that no more frames will reach.
      await ingest.close();
      for (const detach of detachRecording.values()) detach();
      await demoCamera?.close();
      // Seals open files so the chains end on whole fragments.
      await recorder.close();
      // A final signed checkpoint, so a clean shutdown leaves no unsigned tail.
      await audit.close();
      await database.close();
    },
  };
}
