import { useNavigate } from 'react-router';
import { useWatch } from 'react-hook-form';
import type { Control } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { z } from '@/lib/zod';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { awaitsSignIn } from '@/api/http';
import { incidentQueries } from '@/api/service-tickets/queries';
import type { SessionUser } from '@/api/session';
import { paths } from '@/config/paths';
import { notify } from '@/components/notifications';
import { Section } from '@/components/section';
import {
  createExtrasShape,
  refineLocalContact,
  useCreateForm,
} from '@/features/tickets/create-flow';
import { CreateFormFrame } from '@/features/tickets/create-parts';
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
  const create = useCreateForm({
    kind: 'incidents',
    draftName: DRAFT,
    user,
    fields: emptyIncidentFields,
    resolver: zodResolver(ReportSchema),
    immediate: INCIDENT_CHOICE_FIELDS,
  });
  const { control, register, setValue, getValues, formState } = create.form;

  // Only the choices the form's layout depends on are watched here: a keystroke in a text field
  // re-renders that field (and the active-order check), not the whole form.
  const [category, incidentType] = useWatch({
    control,
    name: ['productCategoryName', 'incidentType'],
  });

  return (
    <CreateFormFrame
      create={create}
      id="report"
      title={t('report.title')}
      intro={t('create.intro')}
      submitLabel={t('report.submit')}
      cancelTo={paths.incidents.list}
      onSubmit={create.onSubmit(toIncidentWrite)}
    >
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
        {/* Not while they load again, nor for an expired session: signing in again (the prompt) loads them. */}
        {categories.isError && !categories.isFetching && !awaitsSignIn(categories.error) && (
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
          create.startOver();
          notify(t('activeOrder.commented', { caseNumber: order.caseNumber ?? '' }));
          void navigate(order.id ? paths.orders.detail(order.id) : paths.home);
        }}
      />
    </CreateFormFrame>
  );
}
