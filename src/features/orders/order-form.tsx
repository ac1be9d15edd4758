import { useEffect, useRef } from 'react';
import { Controller, useWatch } from 'react-hook-form';
import type { Control, FieldErrors, UseFormRegister, UseFormSetValue } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from '@/lib/zod';
import FormControl from '@mui/material/FormControl';
import FormHelperText from '@mui/material/FormHelperText';
import InputLabel from '@mui/material/InputLabel';
import MenuItem from '@mui/material/MenuItem';
import Select from '@mui/material/Select';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { LIMITS } from '@/api/service-tickets/schemas';
import type { OrderCategory, OrderWrite } from '@/api/service-tickets/schemas';
import { ORDER_REASONS, PRIORITIES } from '@/api/service-tickets/workflow';
import { optionalLine, requiredLine, requiredText } from '@/features/tickets/form-schemas';
import { priorityLabel } from '@/features/tickets/labels';
import { fieldErrorText } from '@/features/tickets/validation';

/**
 * A Norwegian zip code (4 digits) — or, when editing, the one the order already has (the API takes
 * any text, so an order from elsewhere may have a foreign one and must stay savable).
 */
const zipCode = (existing?: string) =>
  z.string().check(
    z.trim(),
    z.minLength(1, { error: 'required' }),
    z.refine((v) => v === '' || v === existing?.trim() || /^\d{4}$/.test(v), {
      error: 'zipCode',
    }),
  );

/** The order's own fields, shared by "place" and "edit". */
export const orderFieldsShape = {
  subject: requiredLine(LIMITS.subject),
  description: requiredText(LIMITS.description),
  reason: z.string().check(z.minLength(1, { error: 'required' })),
  type: z.string().check(z.minLength(1, { error: 'required' })),
  productCategoryName: requiredLine(LIMITS.name),
  productId: requiredLine(40),
  quantity: z.string().check(
    z.trim(),
    z.minLength(1, { error: 'required' }),
    z.refine((v) => /^-?\d+$/.test(v), { error: 'integer' }),
    z.refine((v) => Number(v) > 0, { error: 'positive' }),
    z.refine((v) => Number(v) <= LIMITS.quantity, { error: `tooMany:${LIMITS.quantity}` }),
  ),
  location: requiredLine(LIMITS.shortText),
  installationAddress: z.object({
    street: requiredLine(LIMITS.shortText),
    floor: optionalLine(40),
    zipCode: zipCode(),
    city: requiredLine(LIMITS.name),
    addressId: optionalLine(40),
  }),
  orderReference: optionalLine(LIMITS.reference),
  customerReference: optionalLine(LIMITS.reference),
  priority: z.string().check(z.minLength(1, { error: 'required' })),
};
export const OrderFieldsSchema = z.object(orderFieldsShape);

/** The edit form's rules: the order's own zip code stays acceptable as it is. */
export const editOrderFieldsSchema = (existingZip: string | undefined) =>
  z.object({
    ...orderFieldsShape,
    installationAddress: z.object({
      ...orderFieldsShape.installationAddress.shape,
      zipCode: zipCode(existingZip),
    }),
  });
export type OrderFieldsValues = z.infer<typeof OrderFieldsSchema>;

export const emptyOrderFields: OrderFieldsValues = {
  subject: '',
  description: '',
  reason: 'Nybestilling',
  type: 'Nybestilling',
  productCategoryName: '',
  productId: '',
  quantity: '1',
  location: '',
  installationAddress: { street: '', floor: '', zipCode: '', city: '', addressId: '' },
  orderReference: '',
  customerReference: '',
  // "Default is set to High" (the document).
  priority: 'High',
};

/** The fields set by a pick, not by typing (their drafts are saved at once). */
export const ORDER_CHOICE_FIELDS = [
  'reason',
  'type',
  'productCategoryName',
  'productId',
  'priority',
] as const satisfies readonly (keyof OrderFieldsValues)[];

export function toOrderWrite(
  v: OrderFieldsValues,
  categories: OrderCategory[] | undefined,
): OrderWrite {
  const product = categories
    ?.find((c) => c.productCatName === v.productCategoryName)
    ?.products.find((p) => p.productId === v.productId);
  const a = v.installationAddress;
  return {
    subject: v.subject.trim(),
    description: v.description,
    reason: v.reason,
    type: v.type,
    productCategoryName: v.productCategoryName,
    productId: v.productId,
    productName: product?.productName,
    product: product?.productName ?? v.productCategoryName,
    quantity: Number(v.quantity),
    location: v.location.trim(),
    installationAddress: {
      street: a.street.trim(),
      floor: a.floor.trim(),
      zipCode: a.zipCode.trim(),
      city: a.city.trim(),
      addressId: a.addressId.trim(),
    },
    orderReference: v.orderReference.trim(),
    customerReference: v.customerReference.trim(),
    priority: v.priority,
  };
}

interface FieldsProps<T extends OrderFieldsValues> {
  control: Control<T>;
  register: UseFormRegister<T>;
  setValue: UseFormSetValue<T>;
  errors: FieldErrors<T>;
  categories: OrderCategory[] | undefined;
  category: string;
  productId: string;
}

function SelectField({
  control,
  name,
  label,
  options,
  error,
  hint,
  disabled,
}: {
  control: Control<OrderFieldsValues>;
  name: 'reason' | 'type' | 'productCategoryName' | 'productId' | 'priority';
  label: string;
  options: { value: string; label: string }[];
  error: string | undefined;
  hint?: string;
  disabled?: boolean;
}) {
  const id = `order-${name}`;
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <FormControl fullWidth required error={!!error} disabled={disabled}>
          <InputLabel id={`${id}-label`}>{label}</InputLabel>
          <Select
            labelId={`${id}-label`}
            label={label}
            {...field}
            inputProps={{ 'aria-describedby': `${id}-help` }}
          >
            {options.map((o) => (
              <MenuItem key={o.value} value={o.value}>
                {o.label}
              </MenuItem>
            ))}
          </Select>
          <FormHelperText id={`${id}-help`} disabled={false}>
            {error ?? hint}
          </FormHelperText>
        </FormControl>
      )}
    />
  );
}

export function OrderFields<T extends OrderFieldsValues>(props: FieldsProps<T>) {
  const control = props.control as unknown as Control<OrderFieldsValues>;
  const register = props.register as unknown as UseFormRegister<OrderFieldsValues>;
  const setValue = props.setValue as unknown as UseFormSetValue<OrderFieldsValues>;
  const errors = props.errors as FieldErrors<OrderFieldsValues>;
  const { categories, category, productId } = props;
  const { t } = useTranslation();
  const chosen = categories?.find((c) => c.productCatName === category);

  // The order type is, as a rule, the reason (the same words in the API): while the type is the
  // reason's (or empty), it follows the reason the user chooses; a type chosen apart stays. An
  // order opened for editing is left as it is.
  const [reason, type] = useWatch({ control, name: ['reason', 'type'] });
  const lastReason = useRef(reason);
  useEffect(() => {
    const previous = lastReason.current;
    lastReason.current = reason;
    if (reason && reason !== previous && (!type || type === previous))
      setValue('type', reason, { shouldDirty: true });
  }, [reason, type, setValue]);

  // A product from another category makes no sense: clear it when the category changes.
  useEffect(() => {
    if (chosen && productId && !chosen.products.some((p) => p.productId === productId))
      setValue('productId', '', { shouldDirty: true });
  }, [chosen, productId, setValue]);

  const unique = (values: string[]) => [...new Set(values.filter(Boolean))];
  // The values are the API's Norwegian words; the labels are in the user's language.
  const reasons = unique([...ORDER_REASONS]).map((r) => ({
    value: r,
    label: t(`orderReason.${r}` as 'orderReason.Nybestilling'),
  }));
  const categoryOptions = unique([
    ...(categories ?? []).map((c) => c.productCatName ?? ''),
    category,
  ]).map((c) => ({
    value: c,
    label: c,
  }));
  const productOptions = [
    ...(chosen?.products ?? []).map((p) => ({
      value: p.productId ?? '',
      label: p.productName ?? p.productId ?? '',
    })),
    ...(productId && !chosen?.products.some((p) => p.productId === productId)
      ? [{ value: productId, label: productId }]
      : []),
  ].filter((o) => o.value);
  const a = errors.installationAddress;

  return (
    <Stack spacing={2.5}>
      <TextField
        label={t('fields.subject')}
        required
        {...register('subject')}
        error={!!errors.subject}
        helperText={fieldErrorText(t, errors.subject) ?? t('orderForm.subjectHint')}
      />
      <TextField
        label={t('fields.description')}
        required
        multiline
        minRows={4}
        maxRows={15}
        {...register('description')}
        error={!!errors.description}
        helperText={fieldErrorText(t, errors.description) ?? t('orderForm.descriptionHint')}
      />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <SelectField
          control={control}
          name="reason"
          label={t('fields.reason')}
          options={reasons}
          error={fieldErrorText(t, errors.reason)}
          hint={t('orderForm.reasonHint')}
        />
        <SelectField
          control={control}
          name="type"
          label={t('fields.type')}
          options={reasons}
          error={fieldErrorText(t, errors.type)}
          hint={t('orderForm.typeHint')}
        />
      </Stack>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <SelectField
          control={control}
          name="productCategoryName"
          label={t('fields.productCategoryName')}
          options={categoryOptions}
          error={fieldErrorText(t, errors.productCategoryName)}
          hint={categories ? undefined : t('shell.loading')}
        />
        <SelectField
          control={control}
          name="productId"
          label={t('fields.product')}
          options={productOptions}
          error={fieldErrorText(t, errors.productId)}
          hint={category ? undefined : t('orderForm.productFirst')}
          disabled={!category}
        />
        <TextField
          label={t('fields.quantity')}
          required
          // On the input itself (a TextField puts unknown props on its wrapper): a phone's digits.
          slotProps={{ htmlInput: { inputMode: 'numeric' } }}
          {...register('quantity')}
          error={!!errors.quantity}
          helperText={fieldErrorText(t, errors.quantity)}
          sx={{ maxWidth: { sm: 140 } }}
        />
      </Stack>
      <TextField
        label={t('fields.location')}
        required
        {...register('location')}
        error={!!errors.location}
        helperText={fieldErrorText(t, errors.location) ?? t('orderForm.locationHint')}
      />
      <Typography variant="h3" component="h3">
        {t('fields.installationAddress')}
      </Typography>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <TextField
          fullWidth
          label={t('address.street')}
          required
          autoComplete="street-address"
          {...register('installationAddress.street')}
          error={!!a?.street}
          helperText={fieldErrorText(t, a?.street)}
        />
        <TextField
          label={t('address.floor')}
          {...register('installationAddress.floor')}
          error={!!a?.floor}
          helperText={fieldErrorText(t, a?.floor) ?? t('address.floorHint')}
          sx={{ maxWidth: { sm: 160 } }}
        />
      </Stack>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <TextField
          label={t('address.zipCode')}
          required
          slotProps={{ htmlInput: { inputMode: 'numeric' } }}
          autoComplete="postal-code"
          {...register('installationAddress.zipCode')}
          error={!!a?.zipCode}
          // No maxlength: a pasted "12345" is shown whole and gets the message, not cut silently.
          helperText={fieldErrorText(t, a?.zipCode)}
          sx={{ maxWidth: { sm: 160 } }}
        />
        <TextField
          fullWidth
          label={t('address.city')}
          required
          autoComplete="address-level2"
          {...register('installationAddress.city')}
          error={!!a?.city}
          helperText={fieldErrorText(t, a?.city)}
        />
        <TextField
          label={t('address.addressId')}
          {...register('installationAddress.addressId')}
          error={!!a?.addressId}
          helperText={fieldErrorText(t, a?.addressId) ?? t('address.addressIdHint')}
          sx={{ maxWidth: { sm: 200 } }}
        />
      </Stack>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <TextField
          fullWidth
          label={t('fields.orderReference')}
          {...register('orderReference')}
          error={!!errors.orderReference}
          helperText={fieldErrorText(t, errors.orderReference) ?? t('orderForm.orderReferenceHint')}
        />
        <TextField
          fullWidth
          label={t('fields.customerReference')}
          {...register('customerReference')}
          error={!!errors.customerReference}
          helperText={
            fieldErrorText(t, errors.customerReference) ?? t('orderForm.customerReferenceHint')
          }
        />
      </Stack>
      <SelectField
        control={control}
        name="priority"
        label={t('fields.priority')}
        options={[...PRIORITIES].map((p) => ({ value: p, label: priorityLabel(t, p) }))}
        error={fieldErrorText(t, errors.priority)}
        hint={t('orderForm.priorityHint')}
      />
    </Stack>
  );
}
