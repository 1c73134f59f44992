import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { api, setCsrfToken, setUnauthenticatedHandler, unwrap } from '../api/client.ts';
import type { SessionUser } from './access.ts';

/** The signed-in session, or null before sign-in. */
export interface Session {
  user: SessionUser;
  orgName: string | null;
  expiresAt: string;
}

interface SessionState {
  session: Session | null;
  /** True while the first session check runs. */
  checking: boolean;
  /** Why the user is at the login page: the session expired (not a first visit). */
  expired: boolean;
  login: (username: string, password: string) => Promise<void>;
  logout: () => Promise<void>;
}

const SessionContext = createContext<SessionState | null>(null);

async function orgNameOf(orgId: string): Promise<string | null> {
  try {
    const org = await unwrap(api.GET('/api/v1/organizations/{id}', { params: { path: { id: orgId } } }));
    return org.name;
  } catch {
    // A user may see their session but not read their organization record: show the id.
    return null;
  }
}

/** Holds the session: checked at start, set at sign-in, dropped at sign-out or when the server says 401. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [session, setSession] = useState<Session | null>(null);
  const [expired, setExpired] = useState(false);
  const initial = useQuery({
    queryKey: ['session'],
    queryFn: async () => {
      // Answered 200 with or without a session, so a first visit logs no failed request.
      const s = (await unwrap(api.GET('/api/v1/auth/state'))).session;
      if (s === null) return null;
      setCsrfToken(s.csrfToken);
      return { user: s.user, expiresAt: s.expiresAt, orgName: await orgNameOf(s.user.orgId) };
    },
    staleTime: Infinity,
    retry: false,
  });
  useEffect(() => {
    if (initial.data !== undefined) setSession(initial.data);
  }, [initial.data]);
  // A 401 while signed in means the session ended at the server (expired, signed out elsewhere).
  // Before sign-in a 401 is the expected answer of the session check and changes nothing.
  const signedIn = useRef(false);
  signedIn.current = session !== null;
  useEffect(() => {
    setUnauthenticatedHandler(() => {
      if (!signedIn.current) return;
      signedIn.current = false;
      setCsrfToken(null);
      setSession(null);
      setExpired(true);
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== 'session' });
    });
    return () => {
      setUnauthenticatedHandler(null);
    };
  }, [queryClient]);
  // Sign out at the server's expiry time even when the page makes no request.
  useEffect(() => {
    if (session === null) return;
    const ms = Date.parse(session.expiresAt) - Date.now();
    if (!Number.isFinite(ms)) return;
    const timer = setTimeout(
      () => {
        setSession(null);
        setExpired(true);
        queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== 'session' });
      },
      Math.max(0, Math.min(ms, 2 ** 31 - 1)),
    );
    return () => {
      clearTimeout(timer);
    };
  }, [session, queryClient]);

  const login = useCallback(
    async (username: string, password: string) => {
      const s = await unwrap(api.POST('/api/v1/auth/login', { body: { username, password } }));
      setCsrfToken(s.csrfToken);
      setExpired(false);
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== 'session' });
      setSession({ user: s.user, expiresAt: s.expiresAt, orgName: await orgNameOf(s.user.orgId) });
    },
    [queryClient],
  );
  const logout = useCallback(async () => {
    try {
      await unwrap(api.POST('/api/v1/auth/logout'));
    } finally {
      setCsrfToken(null);
      setSession(null);
      setExpired(false);
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== 'session' });
    }
  }, [queryClient]);

  const value = useMemo<SessionState>(
    () => ({ session, checking: initial.isPending, expired, login, logout }),
    [session, initial.isPending, expired, login, logout],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

/** The session state. */
export function useSession(): SessionState {
  const v = useContext(SessionContext);
  if (v === null) throw new Error('useSession outside SessionProvider');
  return v;
}

/** The signed-in user (inside the shell, where a session exists). */
export function useUser(): SessionUser {
  const s = useSession().session;
  if (s === null) throw new Error('useUser without a session');
  return s.user;
}
