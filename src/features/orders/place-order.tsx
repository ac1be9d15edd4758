import { useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { z } from '@/lib/zod';
import { orderQueries } from '@/api/service-tickets/queries';
import type { SessionUser } from '@/api/session';
import { paths } from '@/config/paths';
import { Section } from '@/components/section';
import {
  createExtrasShape,
  refineLocalContact,
  useCreateForm,
} from '@/features/tickets/create-flow';
import { CreateFormFrame } from '@/features/tickets/create-parts';
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

const DRAFT = 'order-place';

export function PlaceOrder({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const categories = useQuery(orderQueries.categories());
  const create = useCreateForm({
    kind: 'orders',
    draftName: DRAFT,
    user,
    fields: emptyOrderFields,
    resolver: zodResolver(PlaceSchema),
    immediate: ORDER_CHOICE_FIELDS,
  });
  const { control, register, setValue, formState } = create.form;
  const [category, productId] = useWatch({ control, name: ['productCategoryName', 'productId'] });

  return (
    <CreateFormFrame
      create={create}
      id="place"
      title={t('orders.place')}
      intro={t('orderForm.intro')}
      submitLabel={t('orderForm.submit')}
      cancelTo={paths.orders.list}
      onSubmit={create.onSubmit((values) => toOrderWrite(values, categories.data))}
    >
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
    </CreateFormFrame>
  );
}
