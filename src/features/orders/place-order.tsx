import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { z } from '@/lib/zod';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { orderQueries } from '@/api/service-tickets/queries';
import type { SessionUser } from '@/api/session';
import { paths } from '@/config/paths';
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
import {
  ORDER_CHOICE_FIELDS,
  OrderFields,
  emptyOrderFields,
  orderFieldsShape,
  toOrderWrite,
} from './order-form';

const PlaceSchema = z
  .object({ ...orderFieldsShape, ...createExtrasShape })
  .check(z.superRefine(refineLocalContact));
type PlaceValues = z.infer<typeof PlaceSchema>;

const DRAFT = 'order-place';

export function PlaceOrder({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const categories = useQuery(orderQueries.categories());
  const flow = useCreateFlow('orders', DRAFT, user.userName);
  const defaults: PlaceValues = {
    ...emptyOrderFields,
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
  } = useForm<PlaceValues>({
    resolver: zodResolver(PlaceSchema),
    defaultValues: draft ?? defaults,
    mode: 'onTouched',
  });
  useDraftAutosave(DRAFT, user.userName, watch, flow.followUp === null, {
    empty: defaults,
    immediate: [...ORDER_CHOICE_FIELDS, 'hasLocalContact'],
  });
  const [category, productId, hasLocal] = useWatch({
    control,
    name: ['productCategoryName', 'productId', 'hasLocalContact'],
  });

  const onSubmit = handleSubmit((values) =>
    flow.submit(
      {
        ...toOrderWrite(values, categories.data),
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
  const extrasRegister = register as unknown as UseFormRegister<CreateExtrasValues>;
  const extrasErrors = errors as FieldErrors<CreateExtrasValues>;
  return (
    <Stack
      component="form"
      spacing={2}
      noValidate
      onSubmit={(e) => void onSubmit(e)}
      aria-labelledby="place-title"
    >
      <Typography variant="h1" id="place-title">
        {t('orders.place')}
      </Typography>
      <Typography color="textSecondary">{t('orderForm.intro')}</Typography>
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
      <Section title={t('orderForm.whatToOrder')}>
        <OrderFields
          control={control}
          register={register}
          setValue={setValue}
          errors={errors}
          categories={categories.data}
          category={category}
          productId={productId}
        />
      </Section>
      <ContactsSection register={extrasRegister} errors={extrasErrors} hasLocal={hasLocal} />
      <ExtrasSection register={extrasRegister} errors={extrasErrors} queue={flow.queue} />
      <SubmitProblems
        submitError={flow.submitError}
        invalid={Object.keys(errors).length > 0 && formState.isSubmitted}
      />
      <Stack direction="row" spacing={1}>
        <Button type="submit" variant="contained" size="large" loading={formState.isSubmitting}>
          {t('orderForm.submit')}
        </Button>
        <CancelCreate
          to={paths.orders.list}
          getValues={getValues}
          defaults={defaults}
          queue={flow.queue}
          onDiscard={() => clearDraft(DRAFT, user.userName)}
        />
      </Stack>
    </Stack>
  );
}
