// Deleting a registry record from its table's row.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useState } from 'react';
import { api, toApiError } from '../../api/client.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { REGISTRY_KEY } from './lists.ts';
import type { CollectionPath } from './types.ts';

const DELETE: Record<CollectionPath, (id: string) => Promise<{ error?: unknown; response: Response }>> = {
  '/api/v1/jurisdictions': (id) => api.DELETE('/api/v1/jurisdictions/{id}', { params: { path: { id } } }),
  '/api/v1/organizations': (id) => api.DELETE('/api/v1/organizations/{id}', { params: { path: { id } } }),
  '/api/v1/sites': (id) => api.DELETE('/api/v1/sites/{id}', { params: { path: { id } } }),
  '/api/v1/systems': (id) => api.DELETE('/api/v1/systems/{id}', { params: { path: { id } } }),
  '/api/v1/cameras': (id) => api.DELETE('/api/v1/cameras/{id}', { params: { path: { id } } }),
};

/** Deleting a record: the mutation, and the error to show above the table when the server refuses. */
export function useDeleteRecord(path: CollectionPath) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [error, setError] = useState<unknown>(null);
  const mutation = useMutation({
    mutationFn: async (id: string) => {
      // DELETE answers 204 without a body.
      const { error: body, response } = await DELETE[path](id);
      if (!response.ok) throw toApiError(response.status, body);
    },
    onMutate: () => {
      setError(null);
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: [REGISTRY_KEY] });
      void message.success(t('registry.deleted'));
    },
    onError: setError,
  });
  return {
    remove: (id: string) => {
      mutation.mutate(id);
    },
    error,
    clearError: () => {
      setError(null);
    },
  };
}
