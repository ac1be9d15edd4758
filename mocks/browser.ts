import { setupWorker } from 'msw/browser';
import { createSandbox } from './sandbox';
import type { Op } from './service-tickets/store';
import type { CaseSnapshot } from './cases/store';
import { parseFaults } from './faults';
import type { Fault } from './faults';
import { base64ToBytes, bytesToBase64 } from './lib/files';

/*
 * The sandbox in the browser (dev server and the e2e build). Writes are journaled in this
 * browser's storage and replayed on start, so a reload does not lose what the user created.
 * The journal holds sandbox data only — never a token.
 */

const JOURNAL_KEY = 'portal.sandbox.journal.v1';
/** The case store is small: it is saved whole after each change. */
const CASES_KEY = 'portal.sandbox.cases.v1';

type StoredOp = Op | (Omit<Extract<Op, { type: 'attach' }>, 'bytes'> & { bytes: string });

function readJournal(): Op[] {
  try {
    const raw = localStorage.getItem(JOURNAL_KEY);
    if (!raw) return [];
    return (JSON.parse(raw) as StoredOp[]).map((op) =>
      op.type === 'attach' && typeof op.bytes === 'string'
        ? { ...op, bytes: base64ToBytes(op.bytes) }
        : (op as Op),
    );
  } catch {
    return [];
  }
}

/** Files above this size are kept across a reload by name and size only when storage is short. */
const KEEP_BYTES_UP_TO = 256 * 1024;

/** Saves the journal; false when storage could not take it at all. */
function writeJournal(ops: Op[]): boolean {
  const store = (keepLarge: boolean) =>
    localStorage.setItem(
      JOURNAL_KEY,
      JSON.stringify(
        ops.map((op) =>
          op.type !== 'attach'
            ? op
            : keepLarge || op.bytes.length <= KEEP_BYTES_UP_TO
              ? { ...op, bytes: bytesToBase64(op.bytes) }
              : // Its content is left out (the file comes back empty); every other change stays.
                { ...op, bytes: '' },
        ),
      ),
    );
  try {
    store(true);
    return true;
  } catch {
    // Browser storage holds a few megabytes: one large upload must not lose every later change.
    try {
      store(false);
      console.warn(
        `[sandbox] storage is short: files over ${KEEP_BYTES_UP_TO / 1024} kB come back empty after a reload`,
      );
      return true;
    } catch (error) {
      console.warn(
        '[sandbox] could not save the sandbox journal; changes last until reload',
        error,
      );
      return false;
    }
  }
}

export function resetSandboxData() {
  localStorage.removeItem(JOURNAL_KEY);
  localStorage.removeItem(CASES_KEY);
}

/** Enough of a shape check that a stale or foreign value is dropped, not half-restored. */
function isCaseSnapshot(value: unknown): value is CaseSnapshot {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return (
    Array.isArray(v.cases) &&
    v.cases.every((c) => !!c && typeof (c as { caseNumber?: unknown }).caseNumber === 'string') &&
    Array.isArray(v.files) &&
    v.files.every((f) => !!f && typeof (f as { bytes?: unknown }).bytes === 'string') &&
    typeof v.caseCounter === 'number' &&
    typeof v.idCounter === 'number'
  );
}

function restoreCases(sandbox: ReturnType<typeof createSandbox>) {
  try {
    const raw = localStorage.getItem(CASES_KEY);
    if (raw) {
      const saved: unknown = JSON.parse(raw);
      if (!isCaseSnapshot(saved)) throw new Error('not a case store snapshot');
      sandbox.cases.restore(saved);
    }
  } catch (error) {
    console.warn('[sandbox] the saved cases could not be read; starting from the seed', error);
    localStorage.removeItem(CASES_KEY);
  }
  sandbox.cases.subscribe(() => {
    const snapshot = sandbox.cases.snapshot();
    try {
      localStorage.setItem(CASES_KEY, JSON.stringify(snapshot));
    } catch {
      // As for the journal: large files come back empty, every other change stays.
      try {
        const files = snapshot.files.map((f) =>
          f.bytes.length > (KEEP_BYTES_UP_TO * 4) / 3 ? { ...f, bytes: '' } : f,
        );
        localStorage.setItem(CASES_KEY, JSON.stringify({ ...snapshot, files }));
        console.warn(
          `[sandbox] storage is short: case files over ${KEEP_BYTES_UP_TO / 1024} kB come back empty after a reload`,
        );
      } catch (error) {
        console.warn(
          '[sandbox] could not save the sandbox cases; changes last until reload',
          error,
        );
      }
    }
  });
}

/*
 * Every tab of the portal runs its own sandbox, over the one saved copy: a change made in one tab
 * is applied in the others as it is saved (the `storage` event), and each tab adds its own changes
 * to the journal as it is saved now, not as this tab last read it. Before, the last tab to save
 * wrote its own journal over the other's, and the other's changes were gone after a reload.
 */
function shareBetweenTabs(sandbox: ReturnType<typeof createSandbox>, replayed: number) {
  // How much of the saved journal this tab's store has applied.
  let applied = replayed;
  let fromAnotherTab = false;
  sandbox.tickets.subscribe((op) => {
    if (fromAnotherTab) return;
    const shared = readJournal();
    // Another tab saved a change this one has not applied yet (its event is still on the way):
    // this change was made on an older state (ids are handed out in order), so after saving it
    // this tab starts again from the journal, in the one order every tab replays.
    const raced = shared.length > applied;
    shared.push(op);
    if (!writeJournal(shared)) return;
    if (raced) {
      console.warn('[sandbox] another tab changed the data at the same moment; reloading');
      window.location.reload();
      return;
    }
    applied = shared.length;
  });
  window.addEventListener('storage', (event) => {
    if (event.storageArea !== localStorage) return;
    // Reset in another tab (or storage cleared): start over from the seed here too.
    if (
      event.key === null ||
      (event.newValue === null && (event.key === JOURNAL_KEY || event.key === CASES_KEY))
    ) {
      window.location.reload();
      return;
    }
    if (event.key === JOURNAL_KEY) {
      const shared = readJournal();
      if (shared.length < applied) {
        window.location.reload();
        return;
      }
      fromAnotherTab = true;
      try {
        sandbox.tickets.bulk(() =>
          shared.slice(applied).forEach((op) => sandbox.tickets.apply(op)),
        );
        applied = shared.length;
      } catch (error) {
        console.warn('[sandbox] a change from another tab does not fit here; reloading', error);
        window.location.reload();
      } finally {
        fromAnotherTab = false;
      }
    } else if (event.key === CASES_KEY && event.newValue) {
      try {
        const saved: unknown = JSON.parse(event.newValue);
        if (isCaseSnapshot(saved)) sandbox.cases.restore(saved);
      } catch {
        /* not readable as a snapshot: this tab keeps the cases it has */
      }
    }
  });
}

export async function startSandbox(options: { seedSize?: number; faults?: string } = {}) {
  const sandbox = createSandbox({ seedSize: options.seedSize });
  // Faults in force from the start (`VITE_SANDBOX_FAULTS`); a mistake in them stops the start.
  sandbox.faults.set(parseFaults(options.faults));
  const journal = readJournal();
  try {
    sandbox.tickets.bulk(() => journal.forEach((op) => sandbox.tickets.apply(op)));
  } catch (error) {
    console.warn(
      '[sandbox] the saved sandbox journal does not fit this seed; starting fresh',
      error,
    );
    resetSandboxData();
    window.location.reload();
  }
  restoreCases(sandbox);
  shareBetweenTabs(sandbox, journal.length);
  // The demo users have opened their seeded cases on this device before (the case API has no
  // list endpoint, so the portal keeps each user's case numbers locally).
  for (const c of sandbox.cases.all()) {
    for (const owner of c.owners) {
      const key = `portal.cases.${owner}`;
      if (localStorage.getItem(`${key}.seeded`)) continue;
      const list = JSON.parse(localStorage.getItem(key) ?? '[]') as { number: string }[];
      if (!list.some((e) => e.number === c.caseNumber)) list.push({ number: c.caseNumber });
      localStorage.setItem(
        key,
        JSON.stringify(list.map((e, i) => ({ addedAt: c.createdAt - i, ...e }))),
      );
    }
  }
  for (const c of sandbox.cases.all())
    for (const owner of c.owners) localStorage.setItem(`portal.cases.${owner}.seeded`, '1');

  // The fault switch, for trying the portal against a misbehaving backend (sandbox builds only).
  Object.assign(window, {
    __sandbox: {
      setFaults: (faults: Fault[]) => sandbox.faults.set(faults),
      clearFaults: () => sandbox.faults.clear(),
      activeFaults: () => sandbox.faults.active(),
    },
  });
  const worker = setupWorker(...sandbox.handlers);
  await worker.start({ onUnhandledRequest: 'bypass', quiet: true });
  return sandbox;
}
