import { useEffect, useMemo } from 'react';
import { Controller } from 'react-hook-form';
import type { Control, UseFormRegister, UseFormSetValue, FieldErrors } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from '@/lib/zod';
import FormControl from '@mui/material/FormControl';
import FormHelperText from '@mui/material/FormHelperText';
import InputLabel from '@mui/material/InputLabel';
import MenuItem from '@mui/material/MenuItem';
import Select from '@mui/material/Select';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { LIMITS } from '@/api/service-tickets/schemas';
import type { IncidentCategory, IncidentWrite } from '@/api/service-tickets/schemas';
import { PRIORITIES } from '@/api/service-tickets/workflow';
import { optionalLine, requiredLine, requiredText } from '@/features/tickets/form-schemas';
import { priorityLabel } from '@/features/tickets/labels';
import { fieldErrorText } from '@/features/tickets/validation';
import {
  identificationKindOf,
  isValidIdentification,
  normalizeIdentification,
} from './identification';

/** The incident's own fields, shared by "report" and "edit". */
export const incidentFieldsShape = {
  subject: requiredLine(LIMITS.subject),
  description: requiredText(LIMITS.description),
  productCategoryName: requiredLine(LIMITS.name),
  incidentType: requiredLine(LIMITS.name),
  identificationNumber: optionalLine(LIMITS.identificationNumber),
  location: requiredLine(LIMITS.shortText),
  priority: z.string().check(z.minLength(1, { error: 'required' })),
};

/** The identification number must fit the category (MSISDN, POTS, LU-number …). */
export function refineIdentification(
  v: { productCategoryName: string; identificationNumber: string },
  ctx: z.core.$RefinementCtx,
) {
  const kind = identificationKindOf(v.productCategoryName);
  if (!kind) return;
  if (v.identificationNumber === '') {
    ctx.addIssue({ code: 'custom', path: ['identificationNumber'], message: 'required' });
  } else if (!isValidIdentification(kind, v.identificationNumber)) {
    ctx.addIssue({ code: 'custom', path: ['identificationNumber'], message: kind });
  }
}

export const IncidentFieldsSchema = z
  .object(incidentFieldsShape)
  .check(z.superRefine(refineIdentification));
export type IncidentFieldsValues = z.infer<typeof IncidentFieldsSchema>;

export const emptyIncidentFields: IncidentFieldsValues = {
  subject: '',
  description: '',
  productCategoryName: '',
  incidentType: '',
  identificationNumber: '',
  location: '',
  priority: 'Medium',
};

/** The fields set by a pick, not by typing (their drafts are saved at once). */
export const INCIDENT_CHOICE_FIELDS = [
  'productCategoryName',
  'incidentType',
  'priority',
] as const satisfies readonly (keyof IncidentFieldsValues)[];

export function toIncidentWrite(v: IncidentFieldsValues): IncidentWrite {
  return {
    subject: v.subject.trim(),
    description: v.description,
    productCategoryName: v.productCategoryName,
    incidentType: v.incidentType,
    identificationNumber: v.identificationNumber
      ? normalizeIdentification(identificationKindOf(v.productCategoryName), v.identificationNumber)
      : undefined,
    location: v.location.trim(),
    priority: v.priority,
  };
}

interface FieldsProps<T extends IncidentFieldsValues> {
  control: Control<T>;
  register: UseFormRegister<T>;
  setValue: UseFormSetValue<T>;
  errors: FieldErrors<T>;
  categories: IncidentCategory[] | undefined;
  category: string;
  incidentType: string;
}

/** Subject, description, category → type, identification number, location, priority. */
export function IncidentFields<T extends IncidentFieldsValues>(props: FieldsProps<T>) {
  // The generic form type always has these fields; narrow the helpers to them.
  const control = props.control as unknown as Control<IncidentFieldsValues>;
  const register = props.register as unknown as UseFormRegister<IncidentFieldsValues>;
  const setValue = props.setValue as unknown as UseFormSetValue<IncidentFieldsValues>;
  const errors = props.errors as FieldErrors<IncidentFieldsValues>;
  const { categories, category, incidentType } = props;
  const { t } = useTranslation();
  const chosen = categories?.find((c) => c.productCatName === category);
  const types = useMemo(() => chosen?.incidentTypes ?? [], [chosen]);
  const idKind = identificationKindOf(category);

  // A type from another category makes no sense: clear it when the category changes.
  useEffect(() => {
    if (chosen && incidentType && !types.includes(incidentType))
      setValue('incidentType', '', { shouldDirty: true });
  }, [chosen, incidentType, types, setValue]);

  const categoryOptions = [
    ...new Set([
      ...(categories ?? []).map((c) => c.productCatName ?? '').filter(Boolean),
      ...(category ? [category] : []),
    ]),
  ];
  const typeOptions = [...new Set([...types, ...(incidentType ? [incidentType] : [])])];

  return (
    <Stack spacing={2.5}>
      <TextField
        label={t('fields.subject')}
        required
        {...register('subject')}
        error={!!errors.subject}
        helperText={fieldErrorText(t, errors.subject) ?? t('incidentForm.subjectHint')}
      />
      <TextField
        label={t('fields.description')}
        required
        multiline
        minRows={5}
        maxRows={15}
        {...register('description')}
        error={!!errors.description}
        helperText={fieldErrorText(t, errors.description) ?? t('incidentForm.descriptionHint')}
      />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <Controller
          control={control}
          name="productCategoryName"
          render={({ field }) => (
            <FormControl fullWidth required error={!!errors.productCategoryName}>
              <InputLabel id="category-label">{t('fields.productCategoryName')}</InputLabel>
              <Select
                labelId="category-label"
                label={t('fields.productCategoryName')}
                {...field}
                inputProps={{ 'aria-describedby': 'category-help' }}
              >
                {categoryOptions.map((c) => (
                  <MenuItem key={c} value={c}>
                    {c}
                  </MenuItem>
                ))}
              </Select>
              <FormHelperText id="category-help">
                {fieldErrorText(t, errors.productCategoryName) ??
                  (categories ? t('incidentForm.categoryHint') : t('shell.loading'))}
              </FormHelperText>
            </FormControl>
          )}
        />
        <Controller
          control={control}
          name="incidentType"
          render={({ field }) => (
            // Until a category is chosen the type cannot be picked: the hint says what to do
            // first, rather than a "Required." the user cannot act on here.
            <FormControl
              fullWidth
              required
              error={!!errors.incidentType && !!category}
              disabled={!category}
            >
              <InputLabel id="type-label">{t('fields.incidentType')}</InputLabel>
              <Select
                labelId="type-label"
                label={t('fields.incidentType')}
                {...field}
                inputProps={{ 'aria-describedby': 'type-help' }}
              >
                {typeOptions.map((c) => (
                  <MenuItem key={c} value={c}>
                    {c}
                  </MenuItem>
                ))}
              </Select>
              {/* The hint stays readable while the select waits for a category. */}
              <FormHelperText id="type-help" disabled={false}>
                {category
                  ? (fieldErrorText(t, errors.incidentType) ?? t('incidentForm.typeHint'))
                  : t('incidentForm.typeFirst')}
              </FormHelperText>
            </FormControl>
          )}
        />
      </Stack>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <TextField
          fullWidth
          label={t('fields.identificationNumber')}
          required={!!idKind}
          {...register('identificationNumber')}
          error={!!errors.identificationNumber}
          helperText={
            fieldErrorText(t, errors.identificationNumber) ??
            t(`identification.${idKind ?? 'unknown'}`)
          }
          slotProps={{ htmlInput: { autoComplete: 'off' } }}
        />
        <TextField
          fullWidth
          label={t('fields.location')}
          required
          {...register('location')}
          error={!!errors.location}
          helperText={fieldErrorText(t, errors.location) ?? t('incidentForm.locationHint')}
        />
      </Stack>
      <Controller
        control={control}
        name="priority"
        render={({ field }) => (
          <FormControl sx={{ maxWidth: 280 }} required error={!!errors.priority}>
            <InputLabel id="priority-label">{t('fields.priority')}</InputLabel>
            <Select labelId="priority-label" label={t('fields.priority')} {...field}>
              {[...new Set([...PRIORITIES, ...(field.value ? [field.value] : [])])].map((p) => (
                <MenuItem key={p} value={p}>
                  {priorityLabel(t, p)}
                </MenuItem>
              ))}
            </Select>
            <FormHelperText>
              {fieldErrorText(t, errors.priority) ?? t('incidentForm.priorityHint')}
            </FormHelperText>
          </FormControl>
        )}
      />
    </Stack>
  );
}
