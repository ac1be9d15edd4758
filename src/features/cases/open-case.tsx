import { useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { Controller, useFieldArray, useForm, useFormState, useWatch } from 'react-hook-form';
import type { Control, FieldError, FieldErrors, UseFormRegister } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { z } from '@/lib/zod';
import Alert from '@mui/material/Alert';
import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import IconButton from '@mui/material/IconButton';
import InputLabel from '@mui/material/InputLabel';
import Link from '@mui/material/Link';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Select from '@mui/material/Select';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import { isApiError, isUnanswered } from '@/api/http';
import { uploadCaseAttachment } from '@/api/cases/cases';
import { CASE_CODES, CODES_WITH_DETAILS, isCaseCode } from '@/api/cases/codes';
import { useCreateCase } from '@/api/cases/queries';
import { CASE_LIMITS } from '@/api/cases/schemas';
import type { CaseContactRequest, CreateCase } from '@/api/cases/schemas';
import type { SessionUser } from '@/api/session';
import { paths } from '@/config/paths';
import { AttachmentPicker } from '@/components/attachment-picker';
import { errorSentence } from '@/components/describe-error';
import { Section } from '@/components/section';
import { useUploadQueue } from '@/components/upload-queue';
import { DraftNotice } from '@/features/tickets/create-parts';
import { clearDraft, readDraft, useDraftAutosave } from '@/features/tickets/drafts';
import {
  emailField,
  optionalLine,
  phoneField,
  requiredLine,
  requiredText,
} from '@/features/tickets/form-schemas';
import { fieldErrorText, problemOrCount } from '@/features/tickets/validation';
import { catalogueQuery, codeLabel, groupLabel } from './catalogue';
import { rememberCase } from './recent-cases';
import { keepFieldFocus } from '@/components/keep-focus';
import { FieldProblems } from '@/components/field-problems';

const ContactRowSchema = z
  .object({
    kind: z.enum(['registered', 'person']),
    type: z.enum(['NOTIFICATION', 'TECHNICAL']),
    userName: optionalLine(200),
    firstName: optionalLine(100),
    lastName: optionalLine(100),
    email: emailField,
    phone: phoneField,
  })
  .check(
    z.superRefine((c, ctx) => {
      const need = (path: 'userName' | 'firstName' | 'lastName') => {
        if (c[path] === '') ctx.addIssue({ code: 'custom', path: [path], message: 'required' });
      };
      if (c.kind === 'registered') need('userName');
      else {
        need('firstName');
        need('lastName');
        if (c.email === '' && c.phone === '')
          ctx.addIssue({ code: 'custom', path: ['email'], message: 'contactWay' });
      }
    }),
  );

const OpenCaseSchema = z.object({
  code: z.string().check(
    z.minLength(1, { error: 'required' }),
    z.refine((v): boolean => v === '' || isCaseCode(v), { error: 'caseCode' }),
  ),
  description: requiredText(CASE_LIMITS.description),
  primaryId: requiredLine(CASE_LIMITS.primaryId),
  secondaryId: optionalLine(CASE_LIMITS.secondaryId),
  customerReferenceId: optionalLine(CASE_LIMITS.customerReferenceId),
  occurredDateTime: z.string().check(
    z.refine((v) => v === '' || !Number.isNaN(Date.parse(v)), { error: 'dateTime' }),
    z.refine((v) => v === '' || Date.parse(v) <= Date.now() + 60_000, { error: 'inFuture' }),
  ),
  contacts: z.array(ContactRowSchema).check(z.maxLength(20)),
  details: z
    .array(z.object({ key: optionalLine(100), value: optionalLine(1000) }))
    .check(z.maxLength(30)),
});
type OpenCaseValues = z.infer<typeof OpenCaseSchema>;
type ContactRow = OpenCaseValues['contacts'][number];

const DRAFT = 'case-open';

const uploadForCase = (
  file: File,
  _target: undefined,
  options: Parameters<typeof uploadCaseAttachment>[1],
) => uploadCaseAttachment(file, options);

function toRequest(v: OpenCaseValues, attachments: { id: string; name: string }[]): CreateCase {
  const contacts: CaseContactRequest[] = v.contacts.map((c) =>
    c.kind === 'registered'
      ? { type: c.type, registeredUsers: [c.userName] }
      : {
          type: c.type,
          firstName: c.firstName,
          lastName: c.lastName,
          details: [
            ...(c.phone ? [{ type: 'PHONE', value: c.phone.replace(/\s/g, '') }] : []),
            ...(c.email ? [{ type: 'EMAIL', value: c.email }] : []),
          ],
        },
  );
  const details = Object.fromEntries(
    v.details.filter((d) => d.key.trim() !== '').map((d) => [d.key.trim(), d.value]),
  );
  return {
    code: v.code as CreateCase['code'],
    description: v.description,
    primaryId: v.primaryId,
    ...(v.secondaryId ? { secondaryId: v.secondaryId } : {}),
    ...(v.customerReferenceId ? { customerReferenceId: v.customerReferenceId } : {}),
    ...(v.occurredDateTime ? { occurredDateTime: new Date(v.occurredDateTime).toISOString() } : {}),
    ...(attachments.length ? { attachments } : {}),
    ...(contacts.length ? { contacts } : {}),
    ...(CODES_WITH_DETAILS.includes(v.code) && Object.keys(details).length ? { details } : {}),
  };
}

/** `datetime-local` wants local time without zone: "2026-11-23T14:05". */
function localNow(): string {
  const d = new Date();
  d.setMinutes(d.getMinutes() - d.getTimezoneOffset());
  return d.toISOString().slice(0, 16);
}

function ContactEditor({
  control,
  register,
  errors,
}: {
  control: Control<OpenCaseValues>;
  register: UseFormRegister<OpenCaseValues>;
  errors: FieldErrors<OpenCaseValues>;
}) {
  const { t } = useTranslation();
  const { fields, append, remove } = useFieldArray({ control, name: 'contacts' });
  const kinds = useWatch({ control, name: 'contacts' });
  // A person just added is validated at once (the field array's rule), but says nothing until
  // the user has been in a field, or has tried to send.
  const { touchedFields, isSubmitted } = useFormState({ control });
  const blank = (kind: ContactRow['kind']): ContactRow => ({
    kind,
    type: kind === 'person' ? 'NOTIFICATION' : 'TECHNICAL',
    userName: '',
    firstName: '',
    lastName: '',
    email: '',
    phone: '',
  });
  return (
    <Stack spacing={2}>
      {fields.map((field, i) => {
        const touched = touchedFields.contacts?.[i] as
          Record<string, boolean | undefined> | undefined;
        const all = errors.contacts?.[i];
        const e =
          all &&
          (Object.fromEntries(
            Object.entries(all).filter(([k]) => isSubmitted || touched?.[k]),
          ) as typeof all);
        const kind = kinds[i]?.kind ?? field.kind;
        const legend = t('caseContact.legend', { n: i + 1 });
        return (
          <Paper
            key={field.id}
            variant="outlined"
            sx={{ p: 2 }}
            component="fieldset"
            aria-label={legend}
          >
            <Stack spacing={2}>
              <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
                <Typography component="legend" variant="h3">
                  {legend}
                </Typography>
                <IconButton
                  aria-label={t('caseContact.remove', { n: i + 1 })}
                  onClick={() => remove(i)}
                >
                  <DeleteIcon />
                </IconButton>
              </Stack>
              <Controller
                control={control}
                name={`contacts.${i}.kind`}
                render={({ field: f }) => (
                  <RadioGroup row {...f} aria-label={t('caseContact.kind')}>
                    <FormControlLabel
                      value="registered"
                      control={<Radio />}
                      label={t('caseContact.registered')}
                    />
                    <FormControlLabel
                      value="person"
                      control={<Radio />}
                      label={t('caseContact.person')}
                    />
                  </RadioGroup>
                )}
              />
              <Controller
                control={control}
                name={`contacts.${i}.type`}
                render={({ field: f }) => (
                  <FormControl sx={{ maxWidth: 280 }}>
                    <InputLabel id={`contact-type-${i}`}>{t('caseContact.type')}</InputLabel>
                    <Select labelId={`contact-type-${i}`} label={t('caseContact.type')} {...f}>
                      <MenuItem value="NOTIFICATION">
                        {t('caseContact.types.notification')}
                      </MenuItem>
                      <MenuItem value="TECHNICAL">{t('caseContact.types.technical')}</MenuItem>
                    </Select>
                  </FormControl>
                )}
              />
              {kind === 'registered' ? (
                <TextField
                  label={t('caseContact.userName')}
                  required
                  {...register(`contacts.${i}.userName`)}
                  error={!!e?.userName}
                  helperText={fieldErrorText(t, e?.userName) ?? t('caseContact.userNameHint')}
                />
              ) : (
                <>
                  <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
                    <TextField
                      fullWidth
                      label={t('caseContact.firstName')}
                      required
                      {...register(`contacts.${i}.firstName`)}
                      error={!!e?.firstName}
                      helperText={fieldErrorText(t, e?.firstName)}
                    />
                    <TextField
                      fullWidth
                      label={t('caseContact.lastName')}
                      required
                      {...register(`contacts.${i}.lastName`)}
                      error={!!e?.lastName}
                      helperText={fieldErrorText(t, e?.lastName)}
                    />
                  </Stack>
                  <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
                    <TextField
                      fullWidth
                      type="tel"
                      label={t('contact.phone')}
                      {...register(`contacts.${i}.phone`)}
                      error={!!e?.phone}
                      helperText={fieldErrorText(t, e?.phone) ?? t('contact.phoneHint')}
                    />
                    <TextField
                      fullWidth
                      type="email"
                      label={t('contact.email')}
                      {...register(`contacts.${i}.email`)}
                      error={!!e?.email}
                      helperText={fieldErrorText(t, e?.email)}
                    />
                  </Stack>
                </>
              )}
            </Stack>
          </Paper>
        );
      })}
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
        <Button variant="outlined" onClick={() => append(blank('person'))}>
          {t('caseContact.addPerson')}
        </Button>
        <Button variant="outlined" onClick={() => append(blank('registered'))}>
          {t('caseContact.addRegistered')}
        </Button>
      </Stack>
    </Stack>
  );
}

function DetailsEditor({
  control,
  register,
  errors,
}: {
  control: Control<OpenCaseValues>;
  register: UseFormRegister<OpenCaseValues>;
  errors: FieldErrors<OpenCaseValues>;
}) {
  const { t } = useTranslation();
  const { fields, append, remove } = useFieldArray({ control, name: 'details' });
  return (
    <Stack spacing={1.5}>
      <Typography variant="body2" color="textSecondary">
        {t('openCase.detailsHint')}
      </Typography>
      {fields.map((field, i) => (
        <Stack key={field.id} direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
          <TextField
            size="small"
            label={t('openCase.detailKey')}
            {...register(`details.${i}.key`)}
            error={!!errors.details?.[i]?.key}
            helperText={fieldErrorText(t, errors.details?.[i]?.key)}
          />
          <TextField
            size="small"
            fullWidth
            label={t('openCase.detailValue')}
            {...register(`details.${i}.value`)}
            error={!!errors.details?.[i]?.value}
            helperText={fieldErrorText(t, errors.details?.[i]?.value)}
          />
          <IconButton
            aria-label={t('openCase.removeDetail', { n: i + 1 })}
            onClick={() => remove(i)}
          >
            <DeleteIcon />
          </IconButton>
        </Stack>
      ))}
      <div>
        <Button variant="outlined" onClick={() => append({ key: '', value: '' })}>
          {t('openCase.addDetail')}
        </Button>
      </div>
    </Stack>
  );
}

/** The description and its counter: a keystroke re-renders this field, not the whole form. */
function DescriptionField({
  control,
  register,
  error,
}: {
  control: Control<OpenCaseValues>;
  register: UseFormRegister<OpenCaseValues>;
  error: FieldError | undefined;
}) {
  const { t } = useTranslation();
  const description = useWatch({ control, name: 'description' });
  return (
    <TextField
      label={t('fields.description')}
      required
      multiline
      minRows={5}
      maxRows={15}
      {...register('description')}
      error={!!error}
      helperText={problemOrCount(
        fieldErrorText(t, error),
        t('openCase.counter', { count: description.length, max: CASE_LIMITS.description }),
        description.length > CASE_LIMITS.description,
      )}
    />
  );
}

export function OpenCase({ user }: { user: SessionUser }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const catalogue = useQuery(catalogueQuery);
  const create = useCreateCase();
  const queue = useUploadQueue(uploadForCase, { max: CASE_LIMITS.attachments });
  const submitting = useRef(false);
  const defaults: OpenCaseValues = {
    code: '',
    description: '',
    primaryId: '',
    secondaryId: '',
    customerReferenceId: '',
    occurredDateTime: '',
    contacts: [
      {
        kind: 'registered',
        type: 'TECHNICAL',
        userName: user.userName,
        firstName: '',
        lastName: '',
        email: '',
        phone: '',
      },
    ],
    details: [],
  };
  const [draft] = useState(() => readDraft(DRAFT, user.userName, defaults));
  const [draftNotice, setDraftNotice] = useState(draft !== null);
  const [done, setDone] = useState(false);
  const { register, control, handleSubmit, formState, watch, setError, reset } =
    useForm<OpenCaseValues>({
      resolver: zodResolver(OpenCaseSchema),
      defaultValues: draft ?? defaults,
      mode: 'onTouched',
    });
  // A form put back to its defaults (typed and deleted, or discarded) leaves no draft behind.
  useDraftAutosave(DRAFT, user.userName, watch, !done, { empty: defaults });
  const code = useWatch({ control, name: 'code' });
  const uploading = queue.items.some((i) => i.status === 'uploading' || i.status === 'waiting');
  const errors = formState.errors;
  // No answer to a create: the Case API has no search, so the portal cannot look for the case. It
  // says so, and sending again is a choice made knowingly ("Send again anyway"), never a retry.
  const unanswered = create.isError && isUnanswered(create.error);

  const onValid = (values: OpenCaseValues) => {
    if (submitting.current) return; // one case per submission
    submitting.current = true;
    const attachments = queue.items.flatMap((i) =>
      i.status === 'done' && i.result ? [i.result] : [],
    );
    create.mutate(toRequest(values, attachments), {
      onSuccess: (result) => {
        const id = result.id ?? '';
        setDone(true);
        clearDraft(DRAFT, user.userName);
        if (id) rememberCase(user.userName, id);
        void navigate(id ? paths.cases.detail(id) : paths.cases.list, { replace: true });
      },
      onError: (error) => {
        submitting.current = false;
        if (isApiError(error)) {
          for (const f of error.fieldErrors) {
            const root = f.field.split('.')[0] ?? '';
            if (root in values) setError(f.field as keyof OpenCaseValues, { message: f.message });
          }
        }
      },
    });
  };

  // An invalid submit focuses the first field with an error in registration order; the code
  // picker (a Controller, rendered after this body runs) is the form's first field.
  register('code');

  return (
    <Stack
      component="form"
      spacing={2}
      noValidate
      onSubmit={(e) => void handleSubmit(onValid)(e)}
      aria-labelledby="open-case-title"
    >
      <Typography variant="h1" id="open-case-title">
        {t('openCase.title')}
      </Typography>
      <Typography color="textSecondary">{t('create.intro')}</Typography>
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
      {catalogue.data?.sample && <Alert severity="info">{t('openCase.sampleCatalogue')}</Alert>}
      {catalogue.isError && <Alert severity="warning">{t('openCase.catalogueFailed')}</Alert>}

      <Section title={t('openCase.what')}>
        <Stack spacing={2.5}>
          <Controller
            control={control}
            name="code"
            render={({ field }) => (
              <Autocomplete
                options={CASE_CODES}
                value={field.value || null}
                onChange={(_e, v) => field.onChange(v ?? '')}
                onBlur={field.onBlur}
                groupBy={(o) => groupLabel(catalogue.data, o, i18n.language)}
                getOptionLabel={(o) => codeLabel(catalogue.data, o, i18n.language)}
                renderInput={(params) => (
                  <TextField
                    {...params}
                    inputRef={field.ref}
                    label={t('openCase.code')}
                    required
                    error={!!errors.code}
                    helperText={fieldErrorText(t, errors.code) ?? t('openCase.codeHint')}
                  />
                )}
              />
            )}
          />
          <DescriptionField control={control} register={register} error={errors.description} />
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
            <TextField
              fullWidth
              label={t('openCase.primaryId')}
              required
              {...register('primaryId')}
              error={!!errors.primaryId}
              helperText={fieldErrorText(t, errors.primaryId) ?? t('openCase.primaryIdHint')}
            />
            <TextField
              fullWidth
              label={t('openCase.secondaryId')}
              {...register('secondaryId')}
              error={!!errors.secondaryId}
              helperText={fieldErrorText(t, errors.secondaryId)}
            />
          </Stack>
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
            <TextField
              fullWidth
              label={t('caseDetail.customerReference')}
              {...register('customerReferenceId')}
              error={!!errors.customerReferenceId}
              helperText={fieldErrorText(t, errors.customerReferenceId)}
            />
            <TextField
              fullWidth
              type="datetime-local"
              label={t('openCase.occurred')}
              {...register('occurredDateTime')}
              error={!!errors.occurredDateTime}
              helperText={fieldErrorText(t, errors.occurredDateTime) ?? t('openCase.occurredHint')}
              slotProps={{ inputLabel: { shrink: true }, htmlInput: { max: localNow() } }}
            />
          </Stack>
        </Stack>
      </Section>

      {CODES_WITH_DETAILS.includes(code) && (
        <Section title={t('openCase.details')}>
          <DetailsEditor control={control} register={register} errors={errors} />
        </Section>
      )}

      <Section title={t('openCase.contacts')}>
        <ContactEditor control={control} register={register} errors={errors} />
      </Section>

      <Section title={t('attachments.title')}>
        <Typography variant="body2" color="textSecondary" sx={{ mb: 2 }}>
          {t('openCase.filesHint')}
        </Typography>
        <AttachmentPicker
          queue={queue}
          onAdded={(items) => void queue.start(undefined, items)}
          onRetry={(item) => void queue.start(undefined, [item])}
        />
      </Section>

      {create.isError && (
        <Alert severity="error" role="alert">
          {unanswered ? t('openCase.unanswered') : errorSentence(create.error, t)}
        </Alert>
      )}
      {Object.keys(errors).length > 0 && formState.isSubmitted && <FieldProblems errors={errors} />}
      <Box>
        <Stack direction="row" spacing={1}>
          <Button
            type="submit"
            variant="contained"
            size="large"
            loading={create.isPending}
            disabled={uploading}
            onMouseDown={keepFieldFocus}
          >
            {unanswered ? t('openCase.sendAgainAnyway') : t('openCase.submit')}
          </Button>
          <Link
            href={paths.cases.list}
            // Cancelling means it: the draft goes too.
            onClick={() => clearDraft(DRAFT, user.userName)}
            sx={{ alignSelf: 'center', px: 2 }}
          >
            {t('actions.cancel')}
          </Link>
        </Stack>
      </Box>
    </Stack>
  );
}
