import { useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { isApiError } from '@/api/http';
import { invalidateTicket } from '@/api/service-tickets/mutations';
import { incidentQueries, ticketKeys } from '@/api/service-tickets/queries';
import { incidentApi } from '@/api/service-tickets/tickets';
import { LIMITS } from '@/api/service-tickets/schemas';
import type { SessionUser } from '@/api/session';
import { paths } from '@/config/paths';
import { describeError } from '@/components/describe-error';
import { notify } from '@/components/notifications';
import { Section } from '@/components/section';
import { AttachmentPicker } from '@/features/tickets/attachment-picker';
import { ContactFields } from '@/features/tickets/contact-card';
import { clearDraft, readDraft, useDraftAutosave } from '@/features/tickets/drafts';
import {
  ContactFormSchema,
  emailField,
  optionalLine,
  phoneField,
  toContactWrite,
} from '@/features/tickets/form-schemas';
import { useUploadQueue } from '@/features/tickets/upload-queue';
import type { UploadItem } from '@/features/tickets/upload-queue';
import { fieldErrorText } from '@/features/tickets/validation';
import { ActiveOrderNotice, useActiveOrders } from './active-order-notice';
import {
  IncidentFields,
  emptyIncidentFields,
  incidentFieldsShape,
  refineIdentification,
  toIncidentWrite,
} from './incident-form';

const ReportSchema = z
  .object({
    ...incidentFieldsShape,
    contact: ContactFormSchema,
    hasLocalContact: z.boolean(),
    localContact: z.object({
      name: optionalLine(LIMITS.name),
      email: emailField,
      phone: phoneField,
    }),
    firstComment: z.string().max(LIMITS.comment, { error: `tooLong:${LIMITS.comment}` }),
  })
  .superRefine((v, ctx) => {
    refineIdentification(v, ctx);
    if (v.hasLocalContact) {
      if (v.localContact.name.trim() === '')
        ctx.addIssue({ code: 'custom', path: ['localContact', 'name'], message: 'required' });
      if (v.localContact.email === '' && v.localContact.phone === '')
        ctx.addIssue({ code: 'custom', path: ['localContact', 'email'], message: 'contactWay' });
    }
  });
type ReportValues = z.infer<typeof ReportSchema>;

const DRAFT = 'incident-report';

interface FollowUp {
  id: string;
  caseNumber: string | undefined;
  comment: 'none' | 'sending' | 'done' | 'failed';
  commentError?: unknown;
  running: boolean;
}

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
  return (
    <Paper variant="outlined" sx={{ p: 3 }} role="status" aria-live="polite">
      <Stack spacing={2}>
        <Typography variant="h2">
          {t('report.created', { caseNumber: followUp.caseNumber ?? '' })}
        </Typography>
        {followUp.running && <Typography>{t('report.sendingExtras')}</Typography>}
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
            {t('report.uploadFailed', {
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
            {t('report.commentFailed', { reason: describeError(followUp.commentError, t).title })}
          </Alert>
        )}
        {!followUp.running && (
          <div>
            <Button variant="contained" href={paths.incidents.detail(followUp.id)}>
              {t('report.goToIncident')}
            </Button>
          </div>
        )}
      </Stack>
    </Paper>
  );
}

export function ReportIncident({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const categories = useQuery(incidentQueries.categories());
  const queue = useUploadQueue('incidents');
  const defaults: ReportValues = {
    ...emptyIncidentFields,
    contact: { name: user.userName, email: user.email, phone: user.phone },
    hasLocalContact: false,
    localContact: { name: '', email: '', phone: '' },
    firstComment: '',
  };
  const [draft] = useState(() => readDraft(DRAFT, user.userName, defaults));
  const [draftNotice, setDraftNotice] = useState(draft !== null);
  const form = useForm<ReportValues>({
    resolver: zodResolver(ReportSchema),
    defaultValues: draft ?? defaults,
    mode: 'onTouched',
  });
  const {
    register,
    control,
    handleSubmit,
    formState,
    watch,
    getValues,
    setValue,
    setError,
    reset,
  } = form;
  const [submitError, setSubmitError] = useState<unknown>(null);
  const [followUp, setFollowUp] = useState<FollowUp | null>(null);
  const submitting = useRef(false);
  useDraftAutosave(DRAFT, user.userName, watch, followUp === null);

  const [category, incidentType, location, identificationNumber, hasLocal, subject, description] =
    useWatch({
      control,
      name: [
        'productCategoryName',
        'incidentType',
        'location',
        'identificationNumber',
        'hasLocalContact',
        'subject',
        'description',
      ],
    });
  const activeOrders = useActiveOrders(category, location, identificationNumber);

  const sendComment = async (id: string, text: string) => {
    setFollowUp((f) => f && { ...f, comment: 'sending' });
    try {
      await incidentApi.addComment(id, text);
      setFollowUp((f) => f && { ...f, comment: 'done' });
      return true;
    } catch (error) {
      setFollowUp((f) => f && { ...f, comment: 'failed', commentError: error });
      return false;
    }
  };

  const onSubmit = handleSubmit(async (values) => {
    // One incident per submission, however often the button or Enter is pressed.
    if (submitting.current) return;
    submitting.current = true;
    setSubmitError(null);
    let id: string | undefined;
    try {
      const body = {
        ...toIncidentWrite(values),
        organizationNumber: user.organizationNumber,
        contact: toContactWrite(values.contact),
        ...(values.hasLocalContact ? { localContact: toContactWrite(values.localContact) } : {}),
      };
      id = (await incidentApi.create(body)).id;
      if (!id) throw new Error('The server did not return the new incident id.');
    } catch (error) {
      submitting.current = false;
      setSubmitError(error);
      if (isApiError(error)) {
        for (const f of error.fieldErrors) {
          const name = f.field as keyof ReportValues;
          if (name in values) setError(name, { message: f.message });
        }
      }
      return;
    }
    // The incident exists: the draft has done its job.
    clearDraft(DRAFT, user.userName);
    void queryClient.invalidateQueries({ queryKey: ticketKeys.all('incidents') });
    const caseNumber = await queryClient
      .query(incidentQueries.detail(id))
      .then((d) => d.caseNumber)
      .catch(() => undefined);
    const comment = values.firstComment.trim();
    setFollowUp({ id, caseNumber, comment: comment ? 'sending' : 'none', running: true });
    const uploadsOk = await queue.start(id);
    const commentOk = comment ? await sendComment(id, comment) : true;
    await invalidateTicket(queryClient, 'incidents', id, { branches: ['comments', 'attachments'] });
    setFollowUp((f) => f && { ...f, running: false });
    if (uploadsOk && commentOk) {
      notify(t('report.createdToast', { caseNumber: caseNumber ?? '' }));
      void navigate(paths.incidents.detail(id), { replace: true });
    }
  });

  if (followUp) {
    return (
      <FollowUpPanel
        followUp={followUp}
        uploads={queue.items}
        onRetryUpload={(item) => {
          setFollowUp((f) => f && { ...f, running: true });
          void queue
            .start(followUp.id, [item])
            .then(() => setFollowUp((f) => f && { ...f, running: false }));
        }}
        onRetryComment={() => void sendComment(followUp.id, getValues('firstComment').trim())}
      />
    );
  }

  const errors = formState.errors;
  return (
    <Stack
      component="form"
      spacing={2}
      noValidate
      onSubmit={(e) => void onSubmit(e)}
      aria-labelledby="report-title"
    >
      <Typography variant="h1" id="report-title">
        {t('report.title')}
      </Typography>
      <Typography color="text.secondary">{t('report.intro')}</Typography>
      {draftNotice && (
        <Alert
          severity="info"
          onClose={() => setDraftNotice(false)}
          action={
            <Button
              color="inherit"
              size="small"
              onClick={() => {
                clearDraft(DRAFT, user.userName);
                reset(defaults);
                setDraftNotice(false);
              }}
            >
              {t('report.discardDraft')}
            </Button>
          }
        >
          {t('report.draftRestored')}
        </Alert>
      )}

      <Section title={t('report.whatHappened')}>
        <IncidentFields
          control={control}
          register={register}
          setValue={setValue}
          errors={errors}
          categories={categories.data}
          category={category}
          incidentType={incidentType}
        />
        {categories.isError && (
          <Alert
            severity="error"
            sx={{ mt: 2 }}
            action={
              <Button color="inherit" onClick={() => void categories.refetch()}>
                {t('actions.retry')}
              </Button>
            }
          >
            {t('report.categoriesFailed')}
          </Alert>
        )}
      </Section>

      <ActiveOrderNotice
        orders={activeOrders}
        commentText={[subject, description].filter(Boolean).join('\n\n')}
        onCommented={(order) => {
          clearDraft(DRAFT, user.userName);
          reset(defaults);
          notify(t('activeOrder.commented', { caseNumber: order.caseNumber ?? '' }));
          void navigate(order.id ? paths.orders.detail(order.id) : paths.home);
        }}
      />

      <Section title={t('report.contacts')}>
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
            label={t('report.someoneOnSite')}
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

      <Section title={t('report.extras')}>
        <Stack spacing={2}>
          <Typography variant="body2" color="text.secondary">
            {t('report.extrasHint')}
          </Typography>
          <AttachmentPicker queue={queue} />
          <TextField
            label={t('report.firstComment')}
            multiline
            minRows={3}
            {...register('firstComment')}
            error={!!errors.firstComment}
            helperText={fieldErrorText(t, errors.firstComment)}
            slotProps={{ htmlInput: { maxLength: LIMITS.comment } }}
          />
        </Stack>
      </Section>

      {submitError !== null && (
        <Alert severity="error" role="alert">
          {describeError(submitError, t).title}
          {submitError instanceof Error && submitError.message ? `: ${submitError.message}` : ''}
        </Alert>
      )}
      {Object.keys(errors).length > 0 && formState.isSubmitted && (
        <Alert severity="error" role="alert">
          {t('report.fixErrors')}
        </Alert>
      )}
      <Stack direction="row" spacing={1}>
        <Button type="submit" variant="contained" size="large" loading={formState.isSubmitting}>
          {t('report.submit')}
        </Button>
        <Link href={paths.incidents.list} sx={{ alignSelf: 'center', px: 2 }}>
          {t('actions.cancel')}
        </Link>
      </Stack>
    </Stack>
  );
}
