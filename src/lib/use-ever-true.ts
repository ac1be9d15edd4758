import { useState } from 'react';

/**
 * Whether `value` has been true yet (it stays true once it was): for what is built when first
 * wanted and then kept — a menu or dialog once opened (a closed MUI Menu or Dialog shows nothing
 * but still runs its popover, modal and transition on every render of the first screen), folded
 * filters once unfolded, a control once the window was wide enough for it. Kept mounted, a menu
 * still plays its closing transition and a field keeps what was typed in it.
 */
export function useEverTrue(value: boolean): boolean {
  const [was, setWas] = useState(value);
  if (value && !was) setWas(true);
  return was || value;
}
