import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useForm, useWatch } from 'react-hook-form';
import type { Control, FieldErrors, UseFormRegister } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { z } from '@/lib/zod';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { incidentQueries } from '@/api/service-tickets/queries';
import type { SessionUser } from '@/api/session';
import { paths } from '@/config/paths';
import { notify } from '@/components/notifications';
import { Section } from '@/components/section';
import {
  createExtrasShape,
  refineLocalContact,
  useCreateFlow,
} from '@/features/tickets/create-flow';
import {
  CancelCreate,
  ContactsSection,
  DraftNotice,
  ExtrasSection,
  FollowUpPanel,
  SubmitProblems,
} from '@/features/tickets/create-parts';
import type { CreateExtrasValues } from '@/features/tickets/create-parts';
import { clearDraft, readDraft, useDraftAutosave } from '@/features/tickets/drafts';
import { toContactWrite } from '@/features/tickets/form-schemas';
import { ActiveOrderNotice, useActiveOrders } from './active-order-notice';
import {
  INCIDENT_CHOICE_FIELDS,
  IncidentFields,
  emptyIncidentFields,
  incidentFieldsShape,
  refineIdentification,
  toIncidentWrite,
} from './incident-form';

const ReportSchema = z.object({ ...incidentFieldsShape, ...createExtrasShape }).check(
  z.superRefine((v, ctx) => {
    refineIdentification(v, ctx);
    refineLocalContact(v, ctx);
  }),
);
type ReportValues = z.infer<typeof ReportSchema>;

const DRAFT = 'incident-report';

/** Orders already open for what is being reported, as the user types where and which line. */
function ActiveOrderCheck({
  control,
  ...notice
}: { control: Control<ReportValues> } & Omit<Parameters<typeof ActiveOrderNotice>[0], 'orders'>) {
  const [category, location, identificationNumber] = useWatch({
    control,
    name: ['productCategoryName', 'location', 'identificationNumber'],
  });
  const orders = useActiveOrders(category, location, identificationNumber);
  return <ActiveOrderNotice orders={orders} {...notice} />;
}

export function ReportIncident({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const categories = useQuery(incidentQueries.categories());
  const flow = useCreateFlow('incidents', DRAFT, user.userName);
  const defaults: ReportValues = {
    ...emptyIncidentFields,
    contact: { name: user.userName, email: user.email, phone: user.phone },
    hasLocalContact: false,
    localContact: { name: '', email: '', phone: '' },
    firstComment: '',
  };
  const [draft] = useState(() => readDraft(DRAFT, user.userName, defaults));
  const [draftNotice, setDraftNotice] = useState(draft !== null);
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
  } = useForm<ReportValues>({
    resolver: zodResolver(ReportSchema),
    defaultValues: draft ?? defaults,
    mode: 'onTouched',
  });
  useDraftAutosave(DRAFT, user.userName, watch, flow.followUp === null, {
    empty: defaults,
    immediate: [...INCIDENT_CHOICE_FIELDS, 'hasLocalContact'],
  });

  // Only the choices the form's layout depends on are watched here: a keystroke in a text field
  // re-renders that field (and the active-order check), not the whole form.
  const [category, incidentType, hasLocal] = useWatch({
    control,
    name: ['productCategoryName', 'incidentType', 'hasLocalContact'],
  });

  const onSubmit = handleSubmit((values) =>
    flow.submit(
      {
        ...toIncidentWrite(values),
        organizationNumber: user.organizationNumber,
        contact: toContactWrite(values.contact),
        ...(values.hasLocalContact ? { localContact: toContactWrite(values.localContact) } : {}),
      },
      values.firstComment,
      setError,
      values,
    ),
  );

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

  const errors = formState.errors;
  // The shared sections see only their part of the form.
  const extrasRegister = register as unknown as UseFormRegister<CreateExtrasValues>;
  const extrasErrors = errors as FieldErrors<CreateExtrasValues>;
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
      <Typography color="textSecondary">{t('create.intro')}</Typography>
      {draftNotice && (
        <DraftNotice
          onClose={() => setDraftNotice(false)}
          onDiscard={() => {
            clearDraft(DRAFT, user.userName);
            reset(defaults);
            setDraftNotice(false);
          }}
        />
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
            {t('create.categoriesFailed')}
          </Alert>
        )}
      </Section>

      <ActiveOrderCheck
        control={control}
        commentText={() =>
          [getValues('subject'), getValues('description')].filter(Boolean).join('\n\n')
        }
        onCommented={(order) => {
          clearDraft(DRAFT, user.userName);
          reset(defaults);
          notify(t('activeOrder.commented', { caseNumber: order.caseNumber ?? '' }));
          void navigate(order.id ? paths.orders.detail(order.id) : paths.home);
        }}
      />

      <ContactsSection register={extrasRegister} errors={extrasErrors} hasLocal={hasLocal} />
      <ExtrasSection register={extrasRegister} errors={extrasErrors} queue={flow.queue} />
      <SubmitProblems
        submitError={flow.submitError}
        invalid={Object.keys(errors).length > 0 && formState.isSubmitted}
      />
      <Stack direction="row" spacing={1}>
        <Button type="submit" variant="contained" size="large" loading={formState.isSubmitting}>
          {t('report.submit')}
        </Button>
        <CancelCreate
          to={paths.incidents.list}
          getValues={getValues}
          defaults={defaults}
          queue={flow.queue}
          onDiscard={() => clearDraft(DRAFT, user.userName)}
        />
      </Stack>
    </Stack>
  );
}
