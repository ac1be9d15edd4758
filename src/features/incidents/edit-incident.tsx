import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { incidentQueries } from '@/api/service-tickets/queries';
import type { Incident } from '@/api/service-tickets/schemas';
import { useEditFlow } from '@/features/tickets/edit-flow';
import { useEditDraft } from '@/features/tickets/drafts';
import { EditFormFrame, TicketForEdit } from '@/features/tickets/edit-form-frame';
import {
  INCIDENT_CHOICE_FIELDS,
  IncidentFields,
  IncidentFieldsSchema,
  toIncidentWrite,
} from './incident-form';
import type { IncidentFieldsValues } from './incident-form';

/** The form starts from the loaded incident (split from the fetching component on purpose). */
function EditIncidentForm({ incident, userName }: { incident: Incident; userName: string }) {
  const { t } = useTranslation();
  const id = incident.id ?? '';
  const categories = useQuery(incidentQueries.categories());
  const flow = useEditFlow('incidents', id);
  const [defaults] = useState<IncidentFieldsValues>(() => ({
    subject: incident.subject ?? '',
    description: incident.description ?? '',
    productCategoryName: incident.productCategoryName ?? '',
    incidentType: incident.incidentType ?? '',
    identificationNumber: incident.identificationNumber ?? '',
    location: incident.location ?? '',
    priority: incident.priority || 'Medium',
  }));
  const { register, control, handleSubmit, formState, setValue, setError, watch, reset } =
    useForm<IncidentFieldsValues>({
      resolver: zodResolver(IncidentFieldsSchema),
      defaultValues: defaults,
      mode: 'onTouched',
    });
  const draft = useEditDraft(
    `edit.incidents.${id}`,
    userName,
    { defaults, watch, setValue, reset },
    flow.saved,
    { immediate: INCIDENT_CHOICE_FIELDS },
  );
  const [category, incidentType] = useWatch({
    control,
    name: ['productCategoryName', 'incidentType'],
  });
  const submit = handleSubmit((values) =>
    flow.save(toIncidentWrite(values), Object.keys(formState.dirtyFields), setError),
  );

  return (
    <EditFormFrame
      title={t('edit.title', { caseNumber: incident.caseNumber ?? '' })}
      sectionTitle={t('report.whatHappened')}
      flow={flow}
      dirty={formState.isDirty}
      draft={draft}
      onSubmit={(e) => void submit(e)}
    >
      <IncidentFields
        control={control}
        register={register}
        setValue={setValue}
        errors={formState.errors}
        categories={categories.data}
        category={category}
        incidentType={incidentType}
      />
    </EditFormFrame>
  );
}

export function EditIncident({ id, userName }: { id: string; userName: string }) {
  return (
    <TicketForEdit kind="incidents" id={id}>
      {(incident) => <EditIncidentForm incident={incident} userName={userName} />}
    </TicketForEdit>
  );
}
