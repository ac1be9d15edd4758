import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { isApiError } from '@/api/http';
import { useUpdateTicket } from '@/api/service-tickets/mutations';
import type { WriteOf } from '@/api/service-tickets/tickets';
import type { TicketKind } from '@/api/service-tickets/schemas';
import { paths } from '@/config/paths';
import { notify } from '@/components/notifications';

/**
 * Saving an edit form: only the fields that changed are sent (the PUT takes "the parameters that
 * require an update"), server field errors land on the fields, and once saved the page moves on to
 * the ticket — after the unsaved-changes guard has been told.
 */
export function useEditFlow<K extends TicketKind>(kind: K, id: string) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const update = useUpdateTicket(kind, id);
  const [saved, setSaved] = useState(false);
  const detail = kind === 'incidents' ? paths.incidents.detail(id) : paths.orders.detail(id);

  useEffect(() => {
    if (saved) void navigate(detail, { replace: true });
  }, [saved, navigate, detail]);

  function save<V extends FieldValues>(
    body: WriteOf<K>,
    changedRoots: string[],
    setError: UseFormSetError<V>,
  ) {
    const changed = Object.fromEntries(
      Object.entries(body).filter(([key]) => changedRoots.includes(key)),
    ) as WriteOf<K>;
    update.mutate(changed, {
      onSuccess: () => {
        notify(t('edit.saved'));
        setSaved(true);
      },
      onError: (error) => {
        if (!isApiError(error)) return;
        for (const f of error.fieldErrors) setError(f.field as Path<V>, { message: f.message });
      },
    });
  }

  return { update, saved, save, detail };
}
