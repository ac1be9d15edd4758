import Button from '@mui/material/Button';
import type { ButtonProps } from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import { useId } from 'react';

/*
 * A button that stays where the keyboard is while its action runs. MUI's `loading` disables the
 * button, and a focused button that becomes disabled drops focus to <body>: after "Send comment"
 * the next Tab started over from the top of the page. This one is `aria-disabled` instead (still
 * focusable, announced as unavailable), ignores presses while busy (a submit button does not
 * submit its form), and shows the same spinner. For actions that keep the user on the page; a
 * button in a dialog that closes, or on a form that navigates away, can keep MUI's `loading`.
 */
export function BusyButton({
  busy,
  onClick,
  startIcon,
  endIcon,
  id,
  ...props
}: Omit<ButtonProps, 'loading'> & { busy: boolean }) {
  const ownId = useId();
  const buttonId = id ?? ownId;
  const spinner = (
    <CircularProgress aria-labelledby={buttonId} color="inherit" size={16} thickness={5} />
  );
  return (
    <Button
      {...props}
      id={buttonId}
      aria-disabled={busy || undefined}
      // Looks as unavailable as it is: no ripple, no pointer, while it runs.
      disableRipple={busy || props.disableRipple}
      style={busy ? { ...props.style, cursor: 'progress' } : props.style}
      startIcon={busy && startIcon ? spinner : startIcon}
      endIcon={busy && !startIcon ? spinner : endIcon}
      onClick={(event) => {
        if (busy) {
          event.preventDefault();
          return;
        }
        onClick?.(event);
      }}
    />
  );
}
