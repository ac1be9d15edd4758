import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import type { SessionUser } from '@/api/session';
import { signInAs } from './sign-in-as';

export default function SessionExpiredPrompt({
  user,
  onDone,
}: {
  user: SessionUser;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  // Where the user was: a pressed button that was busy (disabled) when the 401 came has lost
  // focus already, so the page's own submit button stands in for it, else the main region.
  const [before] = useState(() => document.activeElement);
  const returnFocus = () => {
    const target =
      before instanceof HTMLElement && before !== document.body && before.isConnected
        ? before
        : (document.querySelector<HTMLElement>('#main form [type="submit"]:not(:disabled)') ??
          document.getElementById('main'));
    target?.focus();
  };
  return (
    <Dialog open aria-labelledby="session-expired-title" disableRestoreFocus>
      <DialogTitle id="session-expired-title">{t('session.expiredTitle')}</DialogTitle>
      <DialogContent>
        <DialogContentText>{t('session.expiredBody', { name: user.userName })}</DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button
          variant="contained"
          onClick={() => {
            signInAs(user);
            onDone();
            void queryClient.invalidateQueries();
            setTimeout(returnFocus, 0);
          }}
        >
          {t('session.signInAgain')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
