import { useEffect, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { incidentQueries } from '@/api/service-tickets/queries';
import type { Incident } from '@/api/service-tickets/schemas';
import { errorSentence } from '@/components/describe-error';
import { PageError } from '@/components/page-error';
import { PageSkeleton } from '@/components/page-skeleton';
import { Section } from '@/components/section';
import { usePageTitle } from '@/components/use-page-title';
import { ClosedNotice } from '@/features/tickets/closed-notice';
import { useEditFlow } from '@/features/tickets/edit-flow';
import { isClosedStatus } from '@/api/service-tickets/workflow';
import { UnsavedChangesGuard } from '@/features/tickets/unsaved-changes';
import { clearDraft, useEditDraft } from '@/features/tickets/drafts';
import { IncidentFields, IncidentFieldsSchema, toIncidentWrite } from './incident-form';
import type { IncidentFieldsValues } from './incident-form';

/** The form starts from the loaded incident (split from the fetching component on purpose). */
function EditIncidentForm({ incident, userName }: { incident: Incident; userName: string }) {
  const { t } = useTranslation();
  const id = incident.id ?? '';
  const title = t('edit.title', { caseNumber: incident.caseNumber ?? '' });
  usePageTitle(title);
  const categories = useQuery(incidentQueries.categories());
  const flow = useEditFlow('incidents', id);
  const { register, control, handleSubmit, formState, setValue, setError, watch, reset } =
    useForm<IncidentFieldsValues>({
      resolver: zodResolver(IncidentFieldsSchema),
      defaultValues: {
        subject: incident.subject ?? '',
        description: incident.description ?? '',
        productCategoryName: incident.productCategoryName ?? '',
        incidentType: incident.incidentType ?? '',
        identificationNumber: incident.identificationNumber ?? '',
        location: incident.location ?? '',
        priority: incident.priority || 'Medium',
      },
      mode: 'onTouched',
    });
  const [defaults] = useState(() => formState.defaultValues as IncidentFieldsValues);
  const draftName = `edit.incidents.${id}`;
  const draft = useEditDraft(
    draftName,
    userName,
    { defaults, watch, setValue, reset },
    !flow.saved,
  );
  useEffect(() => {
    if (flow.saved) clearDraft(draftName, userName);
  }, [flow.saved, draftName, userName]);

  const [category, incidentType] = useWatch({
    control,
    name: ['productCategoryName', 'incidentType'],
  });
  const submit = handleSubmit((values) =>
    flow.save(toIncidentWrite(values), Object.keys(formState.dirtyFields), setError),
  );

  return (
    <Stack
      component="form"
      spacing={2}
      noValidate
      onSubmit={(e) => void submit(e)}
      aria-labelledby="edit-title"
    >
      <UnsavedChangesGuard dirty={formState.isDirty && !flow.saved} />
      {draft.restored && (
        <Alert
          severity="info"
          action={
            <Button color="inherit" size="small" onClick={draft.discard}>
              {t('edit.discardDraft')}
            </Button>
          }
        >
          {t('edit.draftRestored')}
        </Alert>
      )}
      <Typography variant="h1" id="edit-title">
        {title}
      </Typography>
      <Section title={t('report.whatHappened')}>
        <IncidentFields
          control={control}
          register={register}
          setValue={setValue}
          errors={formState.errors}
          categories={categories.data}
          category={category}
          incidentType={incidentType}
        />
      </Section>
      {flow.update.isError && (
        <Alert severity="error" role="alert">
          {errorSentence(flow.update.error, t)}
        </Alert>
      )}
      <Stack direction="row" spacing={1}>
        <Button
          type="submit"
          variant="contained"
          loading={flow.update.isPending}
          disabled={!formState.isDirty}
        >
          {t('actions.save')}
        </Button>
        <Button href={flow.detail}>{t('actions.cancel')}</Button>
      </Stack>
    </Stack>
  );
}

export function EditIncident({ id, userName }: { id: string; userName: string }) {
  const incident = useQuery(incidentQueries.detail(id));
  if (incident.data) {
    if (isClosedStatus('incidents', incident.data.status))
      return <ClosedNotice kind="incidents" id={id} />;
    return <EditIncidentForm incident={incident.data} userName={userName} />;
  }
  if (incident.isError)
    return <PageError error={incident.error} onRetry={() => void incident.refetch()} />;
  return <PageSkeleton />;
}
