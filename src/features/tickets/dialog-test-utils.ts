import { act } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';

/*
 * For the integration tests (imported by tests only, never by the app).
 */

/**
 * Escape, pressed while the dialog's confirm button is busy. In a browser the busy (disabled)
 * button loses focus and the dialog's focus trap takes it back to the dialog, so the key reaches
 * the dialog; jsdom leaves focus on the disabled button, which gets no keys — so focus goes where
 * the trap would put it first. Then waits out the closing transition (MUI's is 195 ms), so a
 * dialog that would close is gone.
 */
export async function pressEscapeIn(dialog: HTMLElement, user: UserEvent) {
  const container = dialog.closest<HTMLElement>('.MuiDialog-container') ?? dialog;
  act(() => container.focus());
  await user.keyboard('{Escape}');
  await act(() => new Promise((resolve) => setTimeout(resolve, 300)));
}
