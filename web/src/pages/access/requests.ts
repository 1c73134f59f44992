// Reading access requests and their registers, and sending an approval document's scan.
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';
import type { AccessRequest, ListQuery } from './types.ts';

/** The query-key prefix of everything this page reads; every action invalidates it. */
export const ACCESS_KEY = 'access-requests';
/** Requests a list shows (the server's default page). */
const LIST_LIMIT = 100;

/** Requests the user may see, newest first, with the list filters. */
export function useAccessRequests(query: Omit<ListQuery, 'limit'>) {
  return useQuery({
    queryKey: [ACCESS_KEY, 'list', query],
    queryFn: async () =>
      (await unwrap(api.GET('/api/v1/access-requests', { params: { query: { ...query, limit: LIST_LIMIT } } }))).items,
  });
}

/** One request (null: none open). */
export function useAccessRequest(id: string | null) {
  return useQuery({
    queryKey: [ACCESS_KEY, 'one', id],
    enabled: id !== null,
    queryFn: () => unwrap(api.GET('/api/v1/access-requests/{id}', { params: { path: { id: id ?? '' } } })),
  });
}

/** The register of one request; read again each time it is shown (views add rows). */
export function useRegisterSheet(id: string, enabled: boolean) {
  return useQuery({
    queryKey: [ACCESS_KEY, 'register', id],
    enabled,
    staleTime: 0,
    queryFn: () => unwrap(api.GET('/api/v1/access-requests/{id}/register', { params: { path: { id } } })),
  });
}

/** Uploads the approval document's scan as itself (PDF, JPEG, PNG), not as JSON. */
export function uploadScan(id: string, file: File): Promise<AccessRequest> {
  return unwrap(
    api.PUT('/api/v1/access-requests/{id}/approval-document', {
      params: { path: { id }, query: { filename: file.name } },
      headers: { 'content-type': file.type },
      // The route declares no JSON body (it takes the file's bytes): the client's middleware adds
      // the CSRF header to the request, and the file goes in as the body here.
      fetch: (request) => fetch(new Request(request, { body: file })),
    }),
  );
}

/**
 * Sends a new request's scan. The request exists either way: a failed upload is returned (shown in
 * its drawer, where the upload can be retried), not thrown, so the form is not sent twice.
 */
export async function scanAfterCreate(id: string, file: File | null): Promise<unknown> {
  if (file === null) return null;
  try {
    await uploadScan(id, file);
    return null;
  } catch (err) {
    return err;
  }
}
