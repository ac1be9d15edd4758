import { useEffect, useRef } from 'react';
import type { MouseEvent } from 'react';
import { dialogClasses } from '@mui/material/Dialog';
import DialogTitle from '@mui/material/DialogTitle';
import type { DialogTitleProps } from '@mui/material/DialogTitle';

/** Longer than the usual double-click interval (500 ms on Windows by default). */
const DOUBLE_CLICK_MS = 600;

type CloseReason = 'backdropClick' | 'escapeKeyDown';

/**
 * A dialog's `onClose` (and the handler that goes with it) that does not let a click on the
 * backdrop close it right after it opened: the second click of a double click on the button that
 * opened it lands there. `keep` may also hold it open against a backdrop click (while something
 * typed would be lost, say); Escape and the dialog's own buttons still close it. While `busy` (its
 * request is running) neither Escape nor the backdrop closes it: closed, it would hide the outcome,
 * and opened again it would send the request a second time. Disable its Cancel button meanwhile.
 * Spread the result on the Dialog: `<Dialog {...guarded}>`.
 */
export function useGuardedClose(
  open: boolean,
  onClose: () => void,
  { keep, busy = false }: { keep?: () => boolean; busy?: boolean } = {},
) {
  const openedAt = useRef(0);
  useEffect(() => {
    if (open) openedAt.current = Date.now();
  }, [open]);
  const holds = () => busy || Date.now() - openedAt.current < DOUBLE_CLICK_MS || keep?.() === true;
  return {
    onClose: (_event: unknown, reason?: CloseReason) => {
      if (busy || (reason === 'backdropClick' && holds())) return;
      onClose();
    },
    // A press on the backdrop that will not close the dialog does not take focus either: it stays
    // on the control it was on (the chosen status, the field being typed in).
    onMouseDownCapture: (event: MouseEvent) => {
      const target = event.target;
      if (
        target instanceof Element &&
        target.classList.contains(dialogClasses.container) &&
        holds()
      )
        event.preventDefault();
    },
  };
}

/**
 * The title of a confirmation dialog, focused when it opens: a screen reader reads the question
 * first, and Enter cannot confirm by accident (MUI would focus the dialog's container instead).
 */
export function FocusedDialogTitle(props: DialogTitleProps) {
  const ref = useRef<HTMLHeadingElement>(null);
  // Runs before the dialog's focus trap looks for something to focus: finding focus inside, the
  // trap leaves it here.
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return <DialogTitle ref={ref} tabIndex={-1} {...props} />;
}

/** Focuses the page's heading (made focusable by script only), e.g. when focus was lost. */
export function focusPageHeading() {
  const heading = document.querySelector<HTMLElement>('#main h1');
  if (!heading) return;
  if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
  heading.focus();
}

const focusLost = () => !document.activeElement || document.activeElement === document.body;

/** How long after a dialog closed a control it removed (once fresh data came) counts as its doing. */
const FALLBACK_MS = 10_000;

/**
 * For a dialog whose action can remove the button that opened it (the last status change, a
 * cancelled case): call the returned `closed` when the dialog closes. If focus is lost then, or
 * when `actions` (a key of the buttons on show) changes soon after, the page's heading takes it,
 * not `<body>` — a keyboard user goes on from the top of the page instead of from nowhere.
 */
export function useFocusFallback(actions: string) {
  const closedAt = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => {
    if (Date.now() - closedAt.current > FALLBACK_MS || !focusLost()) return;
    closedAt.current = 0;
    focusPageHeading();
  }, [actions]);
  // Gone from the page (the user went on elsewhere): it no longer moves focus on the next one.
  useEffect(() => () => clearTimeout(timer.current), []);
  return () => {
    closedAt.current = Date.now();
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      if (closedAt.current && focusLost()) focusPageHeading();
    }, 0);
  };
}
