import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import type { SessionUser } from '@/api/session';
import { signInAs } from './session';

export default function SessionExpiredPrompt({
  user,
  onDone,
}: {
  user: SessionUser;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  return (
    <Dialog open aria-labelledby="session-expired-title">
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
          }}
        >
          {t('session.signInAgain')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
