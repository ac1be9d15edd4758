import { lazy, Suspense, useSyncExternalStore } from 'react';
import type { AlertColor } from '@mui/material/Alert';

/*
 * Transient messages ("Comment added", "Refresh failed — showing the last data"). Errors that
 * need an action stay on the page instead. The snackbar's code loads with the first message.
 */

export interface Notice {
  id: number;
  message: string;
  severity: AlertColor;
}

let queue: Notice[] = [];
let nextId = 1;
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((l) => l());

export function notify(message: string, severity: AlertColor = 'success') {
  // The same message twice in a row is shown once.
  if (queue.at(-1)?.message === message) return;
  queue = [...queue, { id: nextId++, message, severity }];
  emit();
}

export function dismissNotice(id: number) {
  queue = queue.filter((n) => n.id !== id);
  emit();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

const NoticeSnackbar = lazy(() => import('./notice-snackbar'));

export function Notifications() {
  const notices = useSyncExternalStore(subscribe, () => queue);
  const current = notices[0];
  if (!current) return null;
  return (
    <Suspense>
      <NoticeSnackbar notice={current} onDismiss={() => dismissNotice(current.id)} />
    </Suspense>
  );
}
