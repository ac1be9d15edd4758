import { useId, useState, useSyncExternalStore } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import IconButton from '@mui/material/IconButton';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import { isRegExp } from '@/lib/regexp';
import type { SandboxControls, SandboxFault } from '../sandbox-controls';

/*
 * The sandbox's fault switch as a control (sandbox builds only; lazy-loaded from the user menu
 * and the shell): make the embedded backend slow, failing or hanging, and see what the portal
 * does. The same switch is configuration (`VITE_SANDBOX_FAULTS`) and `window.__sandbox`.
 */

type Faults = SandboxControls['faults'];

function useActiveFaults(faults: Faults) {
  return useSyncExternalStore(faults.subscribe, faults.active, faults.active);
}

const CHOICES = ['latency', '500', '503', 'network', 'timeout', 'malformed', 'expired'] as const;
type Choice = (typeof CHOICES)[number];
const METHODS = ['', 'GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

function toFault(choice: Choice): SandboxFault {
  if (choice === '500' || choice === '503') return { kind: 'status', status: Number(choice) };
  return { kind: choice };
}

/** What the fault does: "Answer 503", "Slow answer (+2000 ms)", "Network failure" … */
function faultLabel(t: TFunction, f: SandboxFault): string {
  if (f.kind === 'status') return t('sandboxFaults.kinds.status', { status: f.status ?? 500 });
  if (f.kind === 'latency') return t('sandboxFaults.kinds.latencyMs', { ms: f.delayMs ?? 2000 });
  return t(`sandboxFaults.kinds.${f.kind}`);
}

function describeFault(t: TFunction, f: SandboxFault): string {
  const what = faultLabel(t, f);
  const where = t('sandboxFaults.where', {
    method: f.method ?? t('sandboxFaults.anyMethod'),
    path: f.path ?? t('sandboxFaults.anyPath'),
  });
  const left = f.times ? ` · ${t('sandboxFaults.left', { count: f.times })}` : '';
  return `${what} · ${where}${left}`;
}

export function FaultSwitchDialog({ faults, onClose }: { faults: Faults; onClose: () => void }) {
  const { t } = useTranslation();
  const titleId = useId();
  const active = useActiveFaults(faults);
  const [choice, setChoice] = useState<Choice>('503');
  const [method, setMethod] = useState<(typeof METHODS)[number]>('');
  const [path, setPath] = useState('');
  const [delayMs, setDelayMs] = useState('2000');
  const [times, setTimes] = useState('');

  const pathError = path !== '' && !isRegExp(path);
  const delayError = choice === 'latency' && !/^\d{1,6}$/.test(delayMs);
  const timesError = times !== '' && !/^[1-9]\d{0,3}$/.test(times);

  const add = () => {
    if (pathError || delayError || timesError) return;
    const fault: SandboxFault = {
      ...toFault(choice),
      ...(choice === 'latency' ? { delayMs: Number(delayMs) } : {}),
      ...(method ? { method } : {}),
      ...(path ? { path } : {}),
      ...(times ? { times: Number(times) } : {}),
    };
    faults.set([...active, fault]);
  };

  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <DialogTitle id={titleId}>{t('sandboxFaults.title')}</DialogTitle>
      <DialogContent>
        <Typography variant="body2" sx={{ mb: 2 }}>
          {t('sandboxFaults.intro')}
        </Typography>
        <Stack
          component="form"
          spacing={2}
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            add();
          }}
        >
          <TextField
            select
            label={t('sandboxFaults.fault')}
            value={choice}
            onChange={(e) => setChoice(e.target.value as Choice)}
          >
            {CHOICES.map((c) => (
              <MenuItem key={c} value={c}>
                {faultLabel(t, toFault(c))}
              </MenuItem>
            ))}
          </TextField>
          {choice === 'latency' && (
            <TextField
              label={t('sandboxFaults.delayMs')}
              value={delayMs}
              onChange={(e) => setDelayMs(e.target.value)}
              error={delayError}
              helperText={delayError ? t('sandboxFaults.delayInvalid') : undefined}
              slotProps={{ htmlInput: { inputMode: 'numeric' } }}
            />
          )}
          <TextField
            select
            label={t('sandboxFaults.method')}
            value={method}
            onChange={(e) => setMethod(e.target.value as (typeof METHODS)[number])}
            slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
          >
            {METHODS.map((m) => (
              <MenuItem key={m || 'any'} value={m}>
                {m || t('sandboxFaults.anyMethod')}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            label={t('sandboxFaults.path')}
            value={path}
            onChange={(e) => setPath(e.target.value)}
            error={pathError}
            helperText={pathError ? t('sandboxFaults.pathInvalid') : t('sandboxFaults.pathHint')}
          />
          <TextField
            label={t('sandboxFaults.times')}
            value={times}
            onChange={(e) => setTimes(e.target.value)}
            error={timesError}
            helperText={timesError ? t('sandboxFaults.timesInvalid') : t('sandboxFaults.timesHint')}
            slotProps={{ htmlInput: { inputMode: 'numeric' } }}
          />
          <div>
            <Button type="submit" variant="contained">
              {t('sandboxFaults.add')}
            </Button>
          </div>
        </Stack>
        <Typography variant="h6" component="h3" sx={{ mt: 3 }}>
          {t('sandboxFaults.active')}
        </Typography>
        {active.length === 0 ? (
          <Typography variant="body2">{t('sandboxFaults.none')}</Typography>
        ) : (
          <List dense>
            {active.map((f, i) => (
              <ListItem
                key={i}
                secondaryAction={
                  <IconButton
                    edge="end"
                    aria-label={t('sandboxFaults.remove', { fault: describeFault(t, f) })}
                    onClick={() => faults.set(active.filter((_, j) => j !== i))}
                  >
                    <DeleteOutlined />
                  </IconButton>
                }
              >
                <ListItemText primary={describeFault(t, f)} />
              </ListItem>
            ))}
          </List>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={() => faults.clear()} disabled={active.length === 0}>
          {t('sandboxFaults.clear')}
        </Button>
        <Button onClick={onClose}>{t('common.close')}</Button>
      </DialogActions>
    </Dialog>
  );
}

/** Says, on every page, that the sandbox is misbehaving on purpose — and turns it off. */
export function FaultSwitchBanner({ faults }: { faults: Faults }) {
  const { t } = useTranslation();
  const active = useActiveFaults(faults);
  if (active.length === 0) return null;
  return (
    <Alert
      severity="warning"
      role="status"
      sx={{ borderRadius: 0 }}
      action={
        <Button color="inherit" size="small" onClick={() => faults.clear()}>
          {t('sandboxFaults.clear')}
        </Button>
      }
    >
      {t('sandboxFaults.banner', { faults: active.map((f) => describeFault(t, f)).join('; ') })}
    </Alert>
  );
}
