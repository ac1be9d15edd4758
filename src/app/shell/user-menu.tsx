import { lazy, Suspense, useId, useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import AccountCircle from '@mui/icons-material/AccountCircle';
import Logout from '@mui/icons-material/Logout';
import RestartAlt from '@mui/icons-material/RestartAlt';
import BugReportOutlined from '@mui/icons-material/BugReportOutlined';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import { FocusedDialogTitle, useGuardedClose } from '@/components/dialog';
import { useEverTrue } from '@/lib/use-ever-true';
import { hasDrafts } from '@/lib/draft-storage';
import { useCurrentUser, useSignOut } from '../session';
import { getSandboxControls } from '../sandbox-controls';

const FaultSwitchDialog = lazy(() =>
  import('./sandbox-fault-switch').then((m) => ({ default: m.FaultSwitchDialog })),
);

export function UserMenu() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const signOut = useSignOut();
  const navigate = useNavigate();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const menuId = useId();
  const sandbox = getSandboxControls();
  const [faultSwitchOpen, setFaultSwitchOpen] = useState(false);
  // Signing out discards this tab's drafts (the next person must not find them): with any
  // unsent text, it asks first.
  const [confirmSignOut, setConfirmSignOut] = useState(false);
  // A double click on "Sign out" does not close the question with its second click.
  const closeConfirm = useGuardedClose(confirmSignOut, () => setConfirmSignOut(false));
  const menuUsed = useEverTrue(anchor !== null);
  const confirmUsed = useEverTrue(confirmSignOut);
  const doSignOut = () => {
    setConfirmSignOut(false);
    signOut();
    void navigate('/sign-in', { state: { signedOut: true } });
  };
  return (
    <>
      <Button
        color="inherit"
        startIcon={<AccountCircle />}
        aria-haspopup="menu"
        aria-controls={anchor ? menuId : undefined}
        aria-expanded={anchor ? 'true' : undefined}
        onClick={(e) => setAnchor(e.currentTarget)}
        aria-label={user.userName}
        // On a phone the bar has room for the icon only; the name stays the button's name.
        sx={{
          textTransform: 'none',
          minWidth: 0,
          '& .user-name': { display: { xs: 'none', sm: 'inline' } },
        }}
      >
        <span className="user-name">{user.userName}</span>
      </Button>
      {menuUsed && (
        <Menu id={menuId} anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
          <MenuItem disabled>
            <ListItemText
              primary={user.userName}
              secondary={`${t(`roles.${user.role}`)} · ${user.organizationName}`}
            />
          </MenuItem>
          <Divider />
          {/* The menu opens on its first item: the harmless one, not the reset of all data. */}
          {sandbox && (
            <MenuItem
              onClick={() => {
                setAnchor(null);
                setFaultSwitchOpen(true);
              }}
            >
              <ListItemIcon>
                <BugReportOutlined fontSize="small" />
              </ListItemIcon>
              <ListItemText primary={t('shell.faultSwitch')} />
            </MenuItem>
          )}
          {sandbox && (
            <MenuItem
              onClick={() => {
                // Everything the user changed in the sandbox goes: ask first.
                if (window.confirm(t('shell.resetSandboxConfirm'))) sandbox.resetData();
              }}
            >
              <ListItemIcon>
                <RestartAlt fontSize="small" />
              </ListItemIcon>
              <ListItemText primary={t('shell.resetSandbox')} />
            </MenuItem>
          )}
          <MenuItem
            onClick={() => {
              setAnchor(null);
              if (hasDrafts(user.userName)) setConfirmSignOut(true);
              else doSignOut();
            }}
          >
            <ListItemIcon>
              <Logout fontSize="small" />
            </ListItemIcon>
            <ListItemText primary={t('shell.signOut')} />
          </MenuItem>
        </Menu>
      )}
      {confirmUsed && (
        <Dialog open={confirmSignOut} {...closeConfirm} aria-labelledby="sign-out-drafts-title">
          <FocusedDialogTitle id="sign-out-drafts-title">
            {t('shell.signOutDrafts.title')}
          </FocusedDialogTitle>
          <DialogContent>
            <DialogContentText>{t('shell.signOutDrafts.body')}</DialogContentText>
          </DialogContent>
          <DialogActions>
            <Button variant="contained" onClick={() => setConfirmSignOut(false)}>
              {t('shell.signOutDrafts.stay')}
            </Button>
            <Button color="error" onClick={doSignOut}>
              {t('shell.signOutDrafts.signOut')}
            </Button>
          </DialogActions>
        </Dialog>
      )}
      {sandbox && faultSwitchOpen && (
        <Suspense fallback={null}>
          <FaultSwitchDialog faults={sandbox.faults} onClose={() => setFaultSwitchOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
