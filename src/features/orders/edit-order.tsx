import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { orderQueries } from '@/api/service-tickets/queries';
import type { Order } from '@/api/service-tickets/schemas';
import { useEditFlow } from '@/features/tickets/edit-flow';
import { useEditDraft } from '@/features/tickets/drafts';
import { EditFormFrame, TicketForEdit } from '@/features/tickets/edit-form-frame';
import {
  editOrderFieldsSchema,
  ORDER_CHOICE_FIELDS,
  OrderFields,
  toOrderWrite,
} from './order-form';
import type { OrderFieldsValues } from './order-form';

function EditOrderForm({ order, userName }: { order: Order; userName: string }) {
  const { t } = useTranslation();
  const id = order.id ?? '';
  const categories = useQuery(orderQueries.categories());
  const flow = useEditFlow('orders', id);
  const a = order.installationAddress;
  const [defaults] = useState<OrderFieldsValues>(() => ({
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
  }));
  const { register, control, handleSubmit, formState, setValue, setError, watch, reset } =
    useForm<OrderFieldsValues>({
      resolver: zodResolver(editOrderFieldsSchema(a?.zipCode)),
      defaultValues: defaults,
      mode: 'onTouched',
    });
  const draft = useEditDraft(
    `edit.orders.${id}`,
    userName,
    { defaults, watch, setValue, reset },
    flow.saved,
    { immediate: ORDER_CHOICE_FIELDS },
  );
  const [category, productId] = useWatch({ control, name: ['productCategoryName', 'productId'] });
  const submit = handleSubmit((values) => {
    const dirty = Object.keys(formState.dirtyFields);
    // Choosing a product changes its name too.
    const roots = dirty.includes('productId') ? [...dirty, 'productName', 'product'] : dirty;
    flow.save(toOrderWrite(values, categories.data), roots, setError);
  });
  return (
    <EditFormFrame
      title={t('edit.title', { caseNumber: order.caseNumber ?? '' })}
      sectionTitle={t('orderForm.whatToOrder')}
      flow={flow}
      dirty={formState.isDirty}
      draft={draft}
      onSubmit={(e) => void submit(e)}
    >
      <OrderFields
        control={control}
        register={register}
        setValue={setValue}
        errors={formState.errors}
        categories={categories.data}
        category={category}
        productId={productId}
      />
    </EditFormFrame>
  );
}

export function EditOrder({ id, userName }: { id: string; userName: string }) {
  return (
    <TicketForEdit kind="orders" id={id}>
      {(order) => <EditOrderForm order={order} userName={userName} />}
    </TicketForEdit>
  );
}
