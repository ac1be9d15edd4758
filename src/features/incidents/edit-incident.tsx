import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { isApiError } from '@/api/http';
import { useUpdateTicket } from '@/api/service-tickets/mutations';
import { incidentQueries } from '@/api/service-tickets/queries';
import type { Incident } from '@/api/service-tickets/schemas';
import { paths } from '@/config/paths';
import { ErrorState } from '@/components/error-state';
import { describeError } from '@/components/describe-error';
import { notify } from '@/components/notifications';
import { PageSkeleton } from '@/components/page-skeleton';
import { Section } from '@/components/section';
import { usePageTitle } from '@/components/use-page-title';
import { UnsavedChangesGuard } from '@/features/tickets/unsaved-changes';
import { IncidentFields, IncidentFieldsSchema, toIncidentWrite } from './incident-form';
import type { IncidentFieldsValues } from './incident-form';

/** The form starts from the loaded incident (split from the fetching component on purpose). */
function EditIncidentForm({ incident }: { incident: Incident }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const id = incident.id ?? '';
  usePageTitle(t('editIncident.title', { caseNumber: incident.caseNumber ?? '' }));
  const categories = useQuery(incidentQueries.categories());
  const update = useUpdateTicket('incidents', id);
  const [saved, setSaved] = useState(false);
  const { register, control, handleSubmit, formState, setValue, setError } =
    useForm<IncidentFieldsValues>({
      resolver: zodResolver(IncidentFieldsSchema),
      defaultValues: {
        subject: incident.subject ?? '',
        description: incident.description ?? '',
        productCategoryName: incident.productCategoryName ?? '',
        incidentType: incident.incidentType ?? '',
        identificationNumber: incident.identificationNumber ?? '',
        location: incident.location ?? '',
        priority: incident.priority ?? 'Medium',
      },
      mode: 'onTouched',
    });

  const [category, incidentType] = useWatch({
    control,
    name: ['productCategoryName', 'incidentType'],
  });

  useEffect(() => {
    if (saved) void navigate(paths.incidents.detail(id), { replace: true });
  }, [saved, navigate, id]);

  const submit = handleSubmit((values) => {
    // Only what changed is sent (the PUT takes "the parameters that require an update").
    const all = toIncidentWrite(values);
    const changed = Object.fromEntries(
      Object.entries(all).filter(
        ([key]) => formState.dirtyFields[key as keyof IncidentFieldsValues],
      ),
    );
    update.mutate(changed, {
      onSuccess: () => {
        notify(t('editIncident.saved'));
        // Navigate once the guard knows the changes are saved (next render).
        setSaved(true);
      },
      onError: (error) => {
        if (isApiError(error)) {
          for (const f of error.fieldErrors) {
            if (f.field in values)
              setError(f.field as keyof IncidentFieldsValues, { message: f.message });
          }
        }
      },
    });
  });

  return (
    <Stack
      component="form"
      spacing={2}
      noValidate
      onSubmit={(e) => void submit(e)}
      aria-labelledby="edit-title"
    >
      <UnsavedChangesGuard dirty={formState.isDirty && !saved} />
      <Typography variant="h1" id="edit-title">
        {t('editIncident.title', { caseNumber: incident.caseNumber ?? '' })}
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
      {update.isError && (
        <Alert severity="error" role="alert">
          {describeError(update.error, t).title}: {update.error.message}
        </Alert>
      )}
      <Stack direction="row" spacing={1}>
        <Button
          type="submit"
          variant="contained"
          loading={update.isPending}
          disabled={!formState.isDirty}
        >
          {t('actions.save')}
        </Button>
        <Button href={paths.incidents.detail(id)}>{t('actions.cancel')}</Button>
      </Stack>
    </Stack>
  );
}

export function EditIncident({ id }: { id: string }) {
  const incident = useQuery(incidentQueries.detail(id));
  if (incident.data) return <EditIncidentForm incident={incident.data} />;
  if (incident.isError)
    return <ErrorState error={incident.error} onRetry={() => void incident.refetch()} />;
  return <PageSkeleton />;
}
