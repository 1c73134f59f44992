import pino from 'pino';
import type { Clock } from '../../src/clock.ts';
import { systemClock } from '../../src/clock.ts';
import { complianceCameraRules, complianceVocabulary } from '../../src/compliance/guards.ts';
import { loadConfig } from '../../src/config/config.ts';
import { createPsvis, type Psvis } from '../../src/main.ts';
import { freshDatabase, type TestDatabase } from './databases.ts';

/** The password tests give the first admin. */
export const ADMIN_PASSWORD = 'admin-password-for-tests';

/** A started psvis on a fresh database, listening on a free loopback port. */
export interface TestPsvis {
  psvis: Psvis;
  db: TestDatabase;
  /** A client signed in as the first admin. */
  admin: ApiClient;
  client(): ApiClient;
  close(): Promise<void>;
}

/** Starts psvis for a test on `engine`. */
export async function startTestPsvis(
  engine: 'sqlite' | 'postgres',
  opts: { clock?: Clock; env?: Record<string, string> } = {},
): Promise<TestPsvis> {
  const db = await freshDatabase(engine);
  const env: Record<string, string> = {
    PSVIS_DATA_DIR: db.dataDir,
    PSVIS_HTTP_PORT: '0',
    PSVIS_ADMIN_PASSWORD: ADMIN_PASSWORD,
    PSVIS_DEMO_CAMERA: 'false',
    PSVIS_RESTREAM_PORT: '0',
    ...(db.databaseUrl !== undefined ? { PSVIS_DATABASE_URL: db.databaseUrl } : {}),
    ...opts.env,
  };
  const config = loadConfig({ file: null, env });
  const psvis = await createPsvis({
    config,
    log: pino({ level: 'silent' }),
    clock: opts.clock ?? systemClock,
    vocabulary: complianceVocabulary,
    cameraRules: complianceCameraRules,
  });
  await psvis.start();
  const client = () => new ApiClient(psvis.url());
  const admin = client();
  await admin.login('admin', ADMIN_PASSWORD);
  return {
    psvis,
    db,
    admin,
    client,
    async close() {
      await psvis.close();
      await db.cleanup();
    },
  };
}

/** A JSON response. */
export interface ApiResponse<T = Record<string, unknown>> {
  status: number;
  body: T;
  headers: Headers;
}

/** An HTTP client that keeps the session cookie and sends the CSRF token, like the web console. */
export class ApiClient {
  cookie: string | null = null;
  csrf: string | null = null;
  /** Sent as X-Forwarded-For is not trusted; tests vary the source address through distinct clients only. */
  constructor(readonly base: string) {}

  async login(username: string, password: string): Promise<ApiResponse> {
    const res = await this.request('POST', '/api/v1/auth/login', { username, password });
    if (res.status === 200) this.csrf = String(res.body['csrfToken']);
    return res;
  }

  get<T = Record<string, unknown>>(path: string) {
    return this.request<T>('GET', path);
  }
  post<T = Record<string, unknown>>(path: string, body: unknown) {
    return this.request<T>('POST', path, body);
  }
  patch<T = Record<string, unknown>>(path: string, body: unknown) {
    return this.request<T>('PATCH', path, body);
  }
  delete<T = Record<string, unknown>>(path: string) {
    return this.request<T>('DELETE', path);
  }

  async request<T = Record<string, unknown>>(
    method: string,
    path: string,
    body?: unknown,
    opts: { csrf?: string | null; rawBody?: string } = {},
  ): Promise<ApiResponse<T>> {
    const headers: Record<string, string> = {};
    if (this.cookie !== null) headers['cookie'] = this.cookie;
    const csrf = opts.csrf === undefined ? this.csrf : opts.csrf;
    if (csrf !== null && method !== 'GET') headers['x-csrf-token'] = csrf;
    let payload: string | undefined;
    if (opts.rawBody !== undefined) payload = opts.rawBody;
    else if (body !== undefined) payload = JSON.stringify(body);
    if (payload !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(this.base + path, { method, headers, ...(payload !== undefined ? { body: payload } : {}) });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie !== null) this.cookie = setCookie.split(';')[0] ?? null;
    const text = await res.text();
    return { status: res.status, body: (text === '' ? {} : JSON.parse(text)) as T, headers: res.headers };
  }
}
