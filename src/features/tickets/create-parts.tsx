import { useTranslation } from 'react-i18next';
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { paths } from '@/config/paths';
import { describeError, errorSentence } from '@/components/describe-error';
import { Section } from '@/components/section';
import { AttachmentPicker } from '@/components/attachment-picker';
import { ContactFields } from './contact-card';
import type { FollowUp } from './create-flow';
import type { UploadQueue } from '@/components/upload-queue';
import type { UploadItem } from './upload-queue';
import { fieldErrorText } from './validation';

/** The fields `createExtrasShape` describes. */
export interface CreateExtrasValues {
  contact: { name: string; email: string; phone: string };
  hasLocalContact: boolean;
  localContact: { name: string; email: string; phone: string };
  firstComment: string;
}

type ExtrasRegister = UseFormRegister<CreateExtrasValues>;

export function ContactsSection({
  register,
  errors,
  hasLocal,
}: {
  register: ExtrasRegister;
  errors: FieldErrors<CreateExtrasValues>;
  hasLocal: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Section title={t('create.contacts')}>
      <Stack spacing={2}>
        <Typography variant="h3">{t('contact.contact')}</Typography>
        <ContactFields
          registered={{
            name: register('contact.name'),
            email: register('contact.email'),
            phone: register('contact.phone'),
          }}
          errors={errors.contact}
          idPrefix="contact"
        />
        <FormControlLabel
          control={<Checkbox {...register('hasLocalContact')} checked={hasLocal} />}
          label={t('create.someoneOnSite')}
        />
        {hasLocal && (
          <Stack spacing={2}>
            <Typography variant="h3">{t('contact.localContact')}</Typography>
            <ContactFields
              registered={{
                name: register('localContact.name'),
                email: register('localContact.email'),
                phone: register('localContact.phone'),
              }}
              errors={errors.localContact}
              idPrefix="local-contact"
            />
          </Stack>
        )}
      </Stack>
    </Section>
  );
}

export function ExtrasSection({
  register,
  errors,
  queue,
}: {
  register: ExtrasRegister;
  errors: FieldErrors<CreateExtrasValues>;
  queue: UploadQueue;
}) {
  const { t } = useTranslation();
  return (
    <Section title={t('create.extras')}>
      <Stack spacing={2}>
        <Typography variant="body2" color="text.secondary">
          {t('create.extrasHint')}
        </Typography>
        <AttachmentPicker queue={queue} />
        <TextField
          label={t('create.firstComment')}
          multiline
          minRows={3}
          {...register('firstComment')}
          error={!!errors.firstComment}
          helperText={fieldErrorText(t, errors.firstComment)}
        />
      </Stack>
    </Section>
  );
}

export function DraftNotice({
  onDiscard,
  onClose,
}: {
  onDiscard: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Alert
      severity="info"
      onClose={onClose}
      action={
        <Button color="inherit" size="small" onClick={onDiscard}>
          {t('create.discardDraft')}
        </Button>
      }
    >
      {t('create.draftRestored')}
    </Alert>
  );
}

export function SubmitProblems({
  submitError,
  invalid,
}: {
  submitError: unknown;
  invalid: boolean;
}) {
  const { t } = useTranslation();
  return (
    <>
      {submitError !== null && (
        <Alert severity="error" role="alert">
          {errorSentence(submitError, t)}
        </Alert>
      )}
      {invalid && (
        <Alert severity="error" role="alert">
          {t('create.fixErrors')}
        </Alert>
      )}
    </>
  );
}

/** After creating: what is still being sent, what failed and can be retried, and the way on. */
export function FollowUpPanel({
  followUp,
  uploads,
  onRetryUpload,
  onRetryComment,
}: {
  followUp: FollowUp;
  uploads: UploadItem[];
  onRetryUpload: (item: UploadItem) => void;
  onRetryComment: () => void;
}) {
  const { t } = useTranslation();
  const failedUploads = uploads.filter((u) => u.status === 'failed' || u.status === 'cancelled');
  const detail = followUp.kind === 'incidents' ? paths.incidents.detail : paths.orders.detail;
  return (
    <Paper variant="outlined" sx={{ p: 3 }} role="status" aria-live="polite">
      <Stack spacing={2}>
        <Typography variant="h1">
          {t('create.created', { caseNumber: followUp.caseNumber ?? '' })}
        </Typography>
        {followUp.running && <Typography>{t('create.sendingExtras')}</Typography>}
        {failedUploads.map((u) => (
          <Alert
            key={u.key}
            severity="error"
            action={
              <Button color="inherit" size="small" onClick={() => onRetryUpload(u)}>
                {t('actions.retry')}
              </Button>
            }
          >
            {t('create.uploadFailed', {
              name: u.file.name,
              reason: describeError(u.error, t).title,
            })}
          </Alert>
        ))}
        {followUp.comment === 'failed' && (
          <Alert
            severity="error"
            action={
              <Button color="inherit" size="small" onClick={onRetryComment}>
                {t('actions.retry')}
              </Button>
            }
          >
            {t('create.commentFailed', { reason: describeError(followUp.commentError, t).title })}
          </Alert>
        )}
        {!followUp.running && (
          <div>
            <Button variant="contained" href={detail(followUp.id)}>
              {t('create.goToTicket', { caseNumber: followUp.caseNumber ?? '' })}
            </Button>
          </div>
        )}
      </Stack>
    </Paper>
  );
}
