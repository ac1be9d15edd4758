import { useState } from 'react';
import type { BaseSyntheticEvent, ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useWatch } from 'react-hook-form';
import type { FieldErrors, FieldValues, UseFormRegister } from 'react-hook-form';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import FormControlLabel from '@mui/material/FormControlLabel';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { DraftNotice as BaseDraftNotice } from '@/components/draft-notice';
import { paths } from '@/config/paths';
import { describeError, errorSentence } from '@/components/describe-error';
import { FocusedDialogTitle, useGuardedClose } from '@/components/dialog';
import { useEverTrue } from '@/lib/use-ever-true';
import { Section } from '@/components/section';
import { AttachmentPicker } from '@/components/attachment-picker';
import { ContactFields } from './contact-card';
import type { CreateExtrasValues, CreateForm, FollowUp } from './create-flow';
import type { UploadQueue } from '@/components/upload-queue';
import type { UploadItem } from './upload-queue';
import { fieldErrorText } from './validation';
import { keepFieldFocus } from '@/components/keep-focus';
import { FieldProblems } from '@/components/field-problems';

type ExtrasRegister = UseFormRegister<CreateExtrasValues>;

/**
 * One person's fields, as a group named by its heading: a screen reader entering "Name" hears
 * whose name it is.
 */
function ContactGroup({
  role,
  register,
  errors,
}: {
  role: 'contact' | 'localContact';
  register: ExtrasRegister;
  errors: FieldErrors<CreateExtrasValues>;
}) {
  const { t } = useTranslation();
  const idPrefix = role === 'contact' ? 'contact' : 'local-contact';
  return (
    <Stack spacing={2} role="group" aria-labelledby={`${idPrefix}-heading`}>
      <Typography variant="h3" id={`${idPrefix}-heading`}>
        {t(role === 'contact' ? 'contact.contact' : 'contact.localContact')}
      </Typography>
      <ContactFields
        registered={{
          name: register(`${role}.name`),
          email: register(`${role}.email`),
          phone: register(`${role}.phone`),
        }}
        errors={errors[role]}
        idPrefix={idPrefix}
      />
    </Stack>
  );
}

function ContactsSection({
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
        <ContactGroup role="contact" register={register} errors={errors} />
        <FormControlLabel
          control={<Checkbox {...register('hasLocalContact')} checked={hasLocal} />}
          label={t('create.someoneOnSite')}
        />
        {hasLocal && <ContactGroup role="localContact" register={register} errors={errors} />}
      </Stack>
    </Section>
  );
}

function ExtrasSection({
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
        <Typography variant="body2" color="textSecondary">
          {t('create.extrasHint')}
        </Typography>
        <AttachmentPicker queue={queue} />
        <TextField
          label={t('create.firstComment')}
          multiline
          minRows={3}
          maxRows={15}
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
    <BaseDraftNotice
      message={t('create.draftRestored')}
      discardLabel={t('create.discardDraft')}
      onDiscard={onDiscard}
      onClose={onClose}
    />
  );
}

/**
 * A create form's Cancel: with nothing entered (the form's values still `defaults`, no file
 * chosen) it just goes to `to`; otherwise it asks first, and only discarding removes the draft
 * (keeping on editing keeps everything).
 */
function CancelCreate({
  to,
  getValues,
  defaults,
  queue,
  onDiscard,
}: {
  to: string;
  /** The form's values now (read when Cancel is pressed), and blank. */
  getValues: () => unknown;
  defaults: unknown;
  /** The files chosen to attach. */
  queue: UploadQueue;
  onDiscard: () => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [asking, setAsking] = useState(false);
  const keep = () => setAsking(false);
  const askedOnce = useEverTrue(asking);
  const close = useGuardedClose(asking, keep);
  return (
    <>
      <Link
        href={to}
        onClick={(e) => {
          const hasInput =
            JSON.stringify(getValues()) !== JSON.stringify(defaults) || queue.items.length > 0;
          if (hasInput) {
            e.preventDefault();
            setAsking(true);
          } else {
            onDiscard();
          }
        }}
        sx={{ alignSelf: 'center', px: 2 }}
      >
        {t('actions.cancel')}
      </Link>
      {askedOnce && (
        <Dialog open={asking} {...close} aria-labelledby="discard-title">
          <FocusedDialogTitle id="discard-title">{t('create.discardTitle')}</FocusedDialogTitle>
          <DialogContent>
            <DialogContentText>{t('create.discardBody')}</DialogContentText>
          </DialogContent>
          <DialogActions>
            <Button variant="contained" onClick={keep}>
              {t('create.keepEditing')}
            </Button>
            <Button
              color="error"
              onClick={() => {
                onDiscard();
                setAsking(false);
                void navigate(to);
              }}
            >
              {t('create.discard')}
            </Button>
          </DialogActions>
        </Dialog>
      )}
    </>
  );
}

function SubmitProblems({
  submitError,
  invalid,
  errors,
}: {
  submitError: unknown;
  invalid: boolean;
  errors: object;
}) {
  const { t } = useTranslation();
  return (
    <>
      {submitError !== null && (
        <Alert severity="error" role="alert">
          {errorSentence(submitError, t)}
        </Alert>
      )}
      {invalid && <FieldProblems errors={errors} />}
    </>
  );
}

/** After creating: what is still being sent, what failed and can be retried, and the way on. */
function FollowUpPanel({
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

/**
 * The page around a create form, the same for incidents and orders: the title and intro, the
 * restored-draft notice, the kind's own fields (`children`), the contacts, attachments and first
 * comment, what went wrong, and Send / Cancel. Once the ticket exists, what is still being sent
 * and the way on instead.
 */
export function CreateFormFrame<V extends CreateExtrasValues & FieldValues>({
  create,
  id,
  title,
  intro,
  submitLabel,
  cancelTo,
  onSubmit,
  children,
}: {
  create: CreateForm<V>;
  /** The form's id prefix (its title is `${id}-title`). */
  id: string;
  title: string;
  intro: string;
  submitLabel: string;
  cancelTo: string;
  onSubmit: (event: BaseSyntheticEvent) => Promise<void>;
  children: ReactNode;
}) {
  const { flow, form, extras } = create;
  const hasLocal = useWatch({ control: extras.control, name: 'hasLocalContact' });
  if (flow.followUp) {
    return (
      <FollowUpPanel
        followUp={flow.followUp}
        uploads={flow.queue.items}
        onRetryUpload={flow.retryUpload}
        onRetryComment={flow.retryComment}
      />
    );
  }
  const { errors, isSubmitted, isSubmitting } = form.formState;
  const extrasErrors = errors as FieldErrors<CreateExtrasValues>;
  return (
    <Stack
      component="form"
      spacing={2}
      noValidate
      onSubmit={(e) => void onSubmit(e)}
      aria-labelledby={`${id}-title`}
    >
      <Typography variant="h1" id={`${id}-title`}>
        {title}
      </Typography>
      <Typography color="textSecondary">{intro}</Typography>
      {create.draftShown && (
        <DraftNotice onClose={create.hideDraftNotice} onDiscard={create.startOver} />
      )}
      {children}
      <ContactsSection register={extras.register} errors={extrasErrors} hasLocal={hasLocal} />
      <ExtrasSection register={extras.register} errors={extrasErrors} queue={flow.queue} />
      <SubmitProblems
        submitError={flow.submitError}
        invalid={Object.keys(errors).length > 0 && isSubmitted}
        errors={errors}
      />
      <Stack direction="row" spacing={1}>
        <Button
          type="submit"
          variant="contained"
          size="large"
          loading={isSubmitting}
          onMouseDown={keepFieldFocus}
        >
          {submitLabel}
        </Button>
        <CancelCreate
          to={cancelTo}
          getValues={form.getValues}
          defaults={create.defaults}
          queue={flow.queue}
          onDiscard={create.forgetDraft}
        />
      </Stack>
    </Stack>
  );
}
