import { useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { FieldError as FormFieldError, UseFormRegisterReturn } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { ContactLinks } from '@/components/contact-links';
import { isApiError } from '@/api/http';
import { useDeleteLocalContact, useUpdateContact } from '@/api/service-tickets/mutations';
import type { ContactRole } from '@/api/service-tickets/mutations';
import type { Contact, TicketKind } from '@/api/service-tickets/schemas';
import { errorSentence } from '@/components/describe-error';
import { ConfirmDeleteDialog } from '@/components/confirm-delete-dialog';
import { useGuardedClose } from '@/components/dialog';
import { DraftNotice } from '@/components/draft-notice';
import DialogTitle from '@mui/material/DialogTitle';
import { notify } from '@/components/notifications';
import { useSingleFlight } from '@/lib/use-single-flight';
import { useCurrentUser } from '@/app/session';
import { clearDraft, readDraft, useDraftAutosave } from './drafts';
import { ContactFormSchema, toContactWrite } from './form-schemas';
import type { ContactForm } from './form-schemas';
import { fieldErrorText } from './validation';
import { keepFieldFocus } from '@/components/keep-focus';

type ContactKey = 'name' | 'email' | 'phone';

/** Name, email and phone inputs, bound by the caller (`register('contact.name')` …). */
export function ContactFields({
  registered,
  errors,
  idPrefix,
  autoFocus = false,
}: {
  registered: Record<ContactKey, UseFormRegisterReturn>;
  errors: Partial<Record<ContactKey, FormFieldError>> | undefined;
  idPrefix: string;
  /** Focus the first field when shown (in a dialog). */
  autoFocus?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Stack spacing={2}>
      <TextField
        id={`${idPrefix}-name`}
        label={t('contact.name')}
        required
        autoFocus={autoFocus}
        autoComplete="name"
        {...registered.name}
        error={!!errors?.name}
        helperText={fieldErrorText(t, errors?.name)}
      />
      <TextField
        id={`${idPrefix}-email`}
        label={t('contact.email')}
        type="email"
        autoComplete="email"
        {...registered.email}
        error={!!errors?.email}
        helperText={fieldErrorText(t, errors?.email)}
      />
      <TextField
        id={`${idPrefix}-phone`}
        label={t('contact.phone')}
        type="tel"
        autoComplete="tel"
        {...registered.phone}
        error={!!errors?.phone}
        helperText={fieldErrorText(t, errors?.phone) ?? t('contact.phoneHint')}
      />
    </Stack>
  );
}

const contactDraftName = (kind: TicketKind, id: string, role: ContactRole) =>
  `contact.${kind}.${id}.${role}`;

function ContactDialog({
  kind,
  id,
  role,
  initial,
  onClose,
}: {
  kind: TicketKind;
  id: string;
  role: ContactRole;
  initial: ContactForm;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const update = useUpdateContact(kind, id, role);
  // What is typed survives a reload, Escape or closing the dialog, until it is saved; a draft
  // equal to the contact as it is now is no draft.
  const { userName } = useCurrentUser();
  const draftName = contactDraftName(kind, id, role);
  const [draft] = useState(() => readDraft(draftName, userName, initial));
  const [restored, setRestored] = useState(draft !== null);
  const { register, handleSubmit, formState, setError, watch, reset } = useForm<ContactForm>({
    resolver: zodResolver(ContactFormSchema),
    defaultValues: draft ?? initial,
  });
  useDraftAutosave(draftName, userName, watch, true, { empty: initial });
  // One change per press (a double click on Save sends one); the dialog stays open while it runs.
  const saving = useSingleFlight();
  // What was typed is not lost to a stray click on the backdrop.
  const dirty = formState.isDirty || restored;
  const close = useGuardedClose(true, onClose, { keep: () => dirty, busy: saving.busy });
  const save = (values: ContactForm) =>
    saving.run(async () => {
      try {
        await update.mutateAsync(toContactWrite(values));
      } catch (error) {
        // The server's field errors go next to the fields they are about.
        if (isApiError(error)) {
          for (const f of error.fieldErrors) {
            if (f.field === 'name' || f.field === 'email' || f.field === 'phone')
              setError(f.field, { message: f.message });
          }
        }
        return;
      }
      clearDraft(draftName, userName);
      notify(t('contact.saved'));
      onClose();
    });
  const titleId = `${role}-dialog-title`;
  return (
    <Dialog open {...close} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <form onSubmit={(e) => void handleSubmit(save)(e)} noValidate>
        <DialogTitle id={titleId}>
          {t(role === 'contact' ? 'contact.editContact' : 'contact.editLocal')}
        </DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            {restored && (
              <DraftNotice
                message={t('contact.draftRestored')}
                discardLabel={t('contact.discardDraft')}
                onDiscard={() => {
                  clearDraft(draftName, userName);
                  reset(initial);
                  setRestored(false);
                }}
              />
            )}
            <ContactFields
              registered={{
                name: register('name'),
                email: register('email'),
                phone: register('phone'),
              }}
              errors={formState.errors}
              idPrefix={role}
              autoFocus
            />
            {update.isError && <Alert severity="error">{errorSentence(update.error, t)}</Alert>}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button
            onClick={() => {
              // Cancelled on purpose: the changes are not wanted (Escape only closes).
              clearDraft(draftName, userName);
              onClose();
            }}
            disabled={saving.busy}
          >
            {t('actions.cancel')}
          </Button>
          <Button
            type="submit"
            variant="contained"
            loading={saving.busy}
            onMouseDown={keepFieldFocus}
          >
            {t('actions.save')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}

export function ContactCard({
  kind,
  id,
  role,
  contact,
  editable = true,
}: {
  kind: TicketKind;
  id: string;
  role: ContactRole;
  contact: Contact | undefined;
  editable?: boolean;
}) {
  const { t } = useTranslation();
  const { userName } = useCurrentUser();
  const [editing, setEditing] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const remove = useDeleteLocalContact(kind, id);
  const cardRef = useRef<HTMLDivElement>(null);
  // One delete per press, and the question stays open until it is answered.
  const deleting = useSingleFlight();
  const heading = t(role === 'contact' ? 'contact.contact' : 'contact.localContact');
  const hasContact = !!(contact?.name || contact?.email || contact?.phone);
  return (
    // A long unbroken name or address wraps inside the card instead of widening the page.
    <Stack
      spacing={0.5}
      ref={cardRef}
      tabIndex={-1}
      sx={{ outline: 'none', minWidth: 0, overflowWrap: 'anywhere' }}
    >
      <Typography variant="h3" component="h3">
        {heading}
      </Typography>
      {role === 'localContact' && (
        <Typography variant="body2" color="textSecondary">
          {t('contact.localHint')}
        </Typography>
      )}
      {hasContact ? (
        <>
          <Typography dir="auto">{contact.name}</Typography>
          <ContactLinks contact={contact} />
        </>
      ) : (
        <Typography color="textSecondary">{t('contact.none')}</Typography>
      )}
      {editable && (
        <Stack direction="row" spacing={1}>
          <Button
            size="small"
            onClick={() => setEditing(true)}
            aria-label={`${hasContact ? t('actions.edit') : t('actions.add')} – ${heading}`}
          >
            {hasContact ? t('actions.edit') : t('actions.add')}
          </Button>
          {role === 'localContact' && hasContact && (
            <Button
              size="small"
              color="error"
              onClick={() => setConfirmDelete(true)}
              aria-label={`${t('contact.remove')} – ${heading}`}
            >
              {t('contact.remove')}
            </Button>
          )}
        </Stack>
      )}
      {editing && (
        <ContactDialog
          kind={kind}
          id={id}
          role={role}
          initial={{
            name: contact?.name ?? '',
            email: contact?.email ?? '',
            phone: contact?.phone ?? '',
          }}
          onClose={() => setEditing(false)}
        />
      )}
      <ConfirmDeleteDialog
        open={confirmDelete}
        title={t('contact.deleteTitle')}
        body={t('contact.deleteBody', { name: contact?.name ?? '' })}
        confirmLabel={t('contact.remove')}
        error={remove.isError && errorSentence(remove.error, t)}
        busy={deleting.busy}
        onCancel={() => setConfirmDelete(false)}
        onConfirm={() =>
          void deleting.run(async () => {
            await remove.mutateAsync();
            // Changes kept for the contact that is gone have nothing left to change.
            clearDraft(contactDraftName(kind, id, role), userName);
            notify(t('contact.deleted'));
            setConfirmDelete(false);
            setTimeout(() => cardRef.current?.focus(), 0);
          })
        }
      />
    </Stack>
  );
}
