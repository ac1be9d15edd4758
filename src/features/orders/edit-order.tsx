import { useEffect, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { orderQueries } from '@/api/service-tickets/queries';
import type { Order } from '@/api/service-tickets/schemas';
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
import { OrderFields, OrderFieldsSchema, toOrderWrite } from './order-form';
import type { OrderFieldsValues } from './order-form';

function EditOrderForm({ order, userName }: { order: Order; userName: string }) {
  const { t } = useTranslation();
  const id = order.id ?? '';
  const title = t('edit.title', { caseNumber: order.caseNumber ?? '' });
  usePageTitle(title);
  const categories = useQuery(orderQueries.categories());
  const flow = useEditFlow('orders', id);
  const a = order.installationAddress;
  const { register, control, handleSubmit, formState, setValue, setError, watch, reset } =
    useForm<OrderFieldsValues>({
      resolver: zodResolver(OrderFieldsSchema),
      defaultValues: {
        subject: order.subject ?? '',
        description: order.description ?? '',
        reason: order.reason ?? '',
        type: order.type ?? '',
        productCategoryName: order.productCategoryName ?? '',
        productId: order.productId ?? '',
        quantity: order.quantity === null ? '' : String(order.quantity),
        location: order.location ?? '',
        installationAddress: {
          street: a?.street ?? '',
          floor: a?.floor ?? '',
          zipCode: a?.zipCode ?? '',
          city: a?.city ?? '',
          addressId: a?.addressId ?? '',
        },
        orderReference: order.orderReference ?? '',
        customerReference: order.customerReference ?? '',
        priority: order.priority || 'High',
      },
      mode: 'onTouched',
    });
  const [defaults] = useState(() => formState.defaultValues as OrderFieldsValues);
  const draftName = `edit.orders.${id}`;
  const draft = useEditDraft(
    draftName,
    userName,
    { defaults, watch, setValue, reset },
    !flow.saved,
  );
  useEffect(() => {
    if (flow.saved) clearDraft(draftName, userName);
  }, [flow.saved, draftName, userName]);

  const [category, productId] = useWatch({ control, name: ['productCategoryName', 'productId'] });
  const submit = handleSubmit((values) => {
    const dirty = Object.keys(formState.dirtyFields);
    // Choosing a product changes its name too.
    const roots = dirty.includes('productId') ? [...dirty, 'productName', 'product'] : dirty;
    flow.save(toOrderWrite(values, categories.data), roots, setError);
  });
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
      <Section title={t('orderForm.whatToOrder')}>
        <OrderFields
          control={control}
          register={register}
          setValue={setValue}
          errors={formState.errors}
          categories={categories.data}
          category={category}
          productId={productId}
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

export function EditOrder({ id, userName }: { id: string; userName: string }) {
  const order = useQuery(orderQueries.detail(id));
  if (order.data) {
    if (isClosedStatus('orders', order.data.status)) return <ClosedNotice kind="orders" id={id} />;
    return <EditOrderForm order={order.data} userName={userName} />;
  }
  if (order.isError) return <PageError error={order.error} onRetry={() => void order.refetch()} />;
  return <PageSkeleton />;
}
