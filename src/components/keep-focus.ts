import type { MouseEvent } from 'react';

/**
 * For a form's submit button (`onMouseDown`): pressing it leaves focus in the field being typed
 * in. Leaving a field checks it, and the message that appears under it can push the button down
 * between the press and the release, so the click would miss it and the user would have to click
 * again. Sending checks every field anyway, and moves focus to the first one that is wrong.
 */
export function keepFieldFocus(event: MouseEvent) {
  event.preventDefault();
}
