import { UserFacingError } from '@/components/describe-error';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSingleFlight } from '@/lib/use-single-flight';
import { z } from '@/lib/zod';
import { useForm } from 'react-hook-form';
import type {
  Control,
  DefaultValues,
  FieldValues,
  Path,
  Resolver,
  UseFormRegister,
  UseFormSetError,
} from 'react-hook-form';
import { isApiError, isUnanswered } from '@/api/http';
import { clearUnanswered, readUnanswered, saveUnanswered } from '@/lib/unanswered';
import { parseApiDate } from '@/api/lenient';
import { invalidateTicket } from '@/api/service-tickets/mutations';
import { ticketKeys, ticketQueries } from '@/api/service-tickets/queries';
import { ticketApis } from '@/api/service-tickets/tickets';
import type { WriteOf } from '@/api/service-tickets/tickets';
import { LIMITS } from '@/api/service-tickets/schemas';
import type { TicketKind } from '@/api/service-tickets/schemas';
import type { SessionUser } from '@/api/session';
import { paths } from '@/config/paths';
import { notify } from '@/components/notifications';
import { clearDraft, readDraft, useDraftAutosave } from './drafts';
import {
  ContactFormSchema,
  emailField,
  optionalLine,
  phoneField,
  toContactWrite,
} from './form-schemas';
import { useTicketUploadQueue } from './upload-queue';
import type { UploadItem } from './upload-queue';

/*
 * Creating a ticket the way the API wants it: the ticket first, then its attachments and first
 * comment as separate calls. One ticket per submission; the draft is cleared once it exists; if a
 * follow-up call fails, the ticket still exists and the user is told exactly what to retry.
 */

/** Contact, optional local contact, first comment: the part every create form shares. */
export const createExtrasShape = {
  contact: ContactFormSchema,
  hasLocalContact: z.boolean(),
  localContact: z.object({ name: optionalLine(LIMITS.name), email: emailField, phone: phoneField }),
  firstComment: z
    .string()
    .check(z.maxLength(LIMITS.comment, { error: `tooLong:${LIMITS.comment}` })),
};

/** The fields `createExtrasShape` describes. */
export interface CreateExtrasValues {
  contact: { name: string; email: string; phone: string };
  hasLocalContact: boolean;
  localContact: { name: string; email: string; phone: string };
  firstComment: string;
}

export function refineLocalContact(
  v: { hasLocalContact: boolean; localContact: { name: string; email: string; phone: string } },
  ctx: z.core.$RefinementCtx,
) {
  if (!v.hasLocalContact) return;
  if (v.localContact.name.trim() === '')
    ctx.addIssue({ code: 'custom', path: ['localContact', 'name'], message: 'required' });
  if (v.localContact.email === '' && v.localContact.phone === '')
    ctx.addIssue({ code: 'custom', path: ['localContact', 'email'], message: 'contactWay' });
}

export interface FollowUp {
  kind: TicketKind;
  id: string;
  caseNumber: string | undefined;
  comment: 'none' | 'sending' | 'done' | 'failed';
  commentText: string;
  commentError?: unknown;
  running: boolean;
}

export function useCreateFlow<K extends TicketKind>(kind: K, draftName: string, userName: string) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const queue = useTicketUploadQueue(kind);
  const [submitError, setSubmitError] = useState<unknown>(null);
  const [followUp, setFollowUp] = useState<FollowUp | null>(null);
  // One ticket per submission, however often it is pressed.
  const submitting = useSingleFlight();
  // A create that got no answer: a slow server may still make the ticket after the portal looked,
  // so sending the same again (also after leaving the page, or a reload) looks once more first.
  const unansweredName = `create.${kind}.${userName}`;
  const detailPath = kind === 'incidents' ? paths.incidents.detail : paths.orders.detail;

  const sendComment = async (id: string, text: string) => {
    setFollowUp((f) => f && { ...f, comment: 'sending' });
    try {
      await ticketApis[kind].addComment(id, text);
      setFollowUp((f) => f && { ...f, comment: 'done' });
      return true;
    } catch (error) {
      setFollowUp((f) => f && { ...f, comment: 'failed', commentError: error });
      return false;
    }
  };

  /**
   * After a create without an answer (timeout, lost connection) the ticket may exist anyway: look
   * for it — same subject, by this user, created since we sent it — before offering to send again.
   */
  const findCreated = async (body: WriteOf<K>, since: number): Promise<string | undefined> => {
    const subject = body.subject?.trim();
    if (!subject) return undefined;
    const page = await ticketApis[kind].list({
      search: subject,
      loggedBy: userName,
      sortField: 'createdDate',
      order: 'DESC',
      count: 5,
    });
    return page.items.find(
      (item) =>
        item.subject === subject &&
        (parseApiDate(item.createdDate)?.getTime() ?? 0) >= since - 5 * 60_000,
    )?.id;
  };

  /** Creates the ticket; server field errors go to `setError`. */
  function submit<V extends FieldValues>(
    body: WriteOf<K>,
    firstComment: string,
    setError: UseFormSetError<V>,
    values: V,
  ) {
    return submitting.run(() => create(body, firstComment, setError, values));
  }

  async function create<V extends FieldValues>(
    body: WriteOf<K>,
    firstComment: string,
    setError: UseFormSetError<V>,
    values: V,
  ) {
    setSubmitError(null);
    // Only the very same input counts as sending it again: a ticket found for it is the one, and
    // no edit made since could be lost by going to it.
    const sent = JSON.stringify(body);
    const stored = readUnanswered(unansweredName);
    const earlier = stored?.sent === sent ? stored : null;
    const sentAt = earlier?.sentAt ?? Date.now();
    let id: string | undefined;
    try {
      // The ticket an unanswered send made after all is the one, not a second.
      if (earlier) id = await findCreated(body, sentAt);
      // An empty 201 body [ST-4] also leaves the id unknown: find it the same way.
      id ??= (await ticketApis[kind].create(body)).id ?? (await findCreated(body, sentAt));
      if (!id) throw new UserFacingError(t('create.noId'));
      clearUnanswered(unansweredName);
    } catch (error) {
      const unknownOutcome = isUnanswered(error);
      if (unknownOutcome) {
        saveUnanswered(unansweredName, { sent, sentAt });
        id = await findCreated(body, sentAt).catch(() => undefined);
        if (id) clearUnanswered(unansweredName);
      }
      if (!id) {
        setSubmitError(unknownOutcome ? new UserFacingError(t('create.notCreated')) : error);
        if (isApiError(error)) {
          for (const f of error.fieldErrors) {
            const root = f.field.split('.')[0] ?? '';
            if (root in values) setError(f.field as Path<V>, { message: f.message });
          }
        }
        return;
      }
    }
    clearDraft(draftName, userName);
    void queryClient.invalidateQueries({ queryKey: ticketKeys.all(kind) });
    const caseNumber = await queryClient
      .query(ticketQueries(kind).detail(id))
      .then((d) => d.caseNumber)
      .catch(() => undefined);
    const comment = firstComment.trim();
    setFollowUp({
      kind,
      id,
      caseNumber,
      comment: comment ? 'sending' : 'none',
      commentText: comment,
      running: true,
    });
    const uploadsOk = await queue.start(id);
    const commentOk = comment ? await sendComment(id, comment) : true;
    await invalidateTicket(queryClient, kind, id, { branches: ['comments', 'attachments'] });
    setFollowUp((f) => f && { ...f, running: false });
    if (uploadsOk && commentOk) {
      notify(t('create.createdToast', { caseNumber: caseNumber ?? '' }));
      void navigate(detailPath(id), { replace: true });
    }
  }

  const retryUpload = (item: UploadItem) => {
    if (!followUp) return;
    setFollowUp((f) => f && { ...f, running: true });
    void queue
      .start(followUp.id, [item])
      .then(() => setFollowUp((f) => f && { ...f, running: false }));
  };
  const retryComment = () => {
    if (followUp) void sendComment(followUp.id, followUp.commentText);
  };

  return { queue, submit, submitError, followUp, retryUpload, retryComment };
}

/** What the form's own fields make of the ticket; the contacts and organization are added. */
type OwnWrite<K extends TicketKind> = Omit<
  WriteOf<K>,
  'organizationNumber' | 'contact' | 'localContact'
>;

/**
 * A create form, the same for incidents and orders: its fields start from the user's saved draft
 * (or blank, with the user as the contact), are saved as a draft as they change until the ticket
 * exists, and are sent with `useCreateFlow`. `fields` are the kind's own blank fields.
 */
export function useCreateForm<K extends TicketKind, V extends CreateExtrasValues & FieldValues>({
  kind,
  draftName,
  user,
  fields,
  resolver,
  immediate,
}: {
  kind: K;
  draftName: string;
  user: SessionUser;
  fields: Omit<V, keyof CreateExtrasValues>;
  resolver: Resolver<V>;
  /** The kind's fields set by one pick (saved in the draft at once). */
  immediate: readonly string[];
}) {
  const flow = useCreateFlow(kind, draftName, user.userName);
  const [defaults] = useState(
    () =>
      ({
        ...fields,
        contact: { name: user.userName, email: user.email, phone: user.phone },
        hasLocalContact: false,
        localContact: { name: '', email: '', phone: '' },
        firstComment: '',
      }) as V,
  );
  const [draft] = useState(() => readDraft(draftName, user.userName, defaults));
  const [draftShown, setDraftShown] = useState(draft !== null);
  const form = useForm<V>({
    resolver,
    defaultValues: (draft ?? defaults) as DefaultValues<V>,
    mode: 'onTouched',
  });
  useDraftAutosave(draftName, user.userName, form.watch, flow.followUp === null, {
    empty: defaults,
    immediate: [...immediate, 'hasLocalContact'],
  });
  const forgetDraft = () => clearDraft(draftName, user.userName);
  return {
    form,
    flow,
    defaults,
    /** The shared sections see only their part of the form. */
    extras: {
      register: form.register as unknown as UseFormRegister<CreateExtrasValues>,
      control: form.control as unknown as Control<CreateExtrasValues>,
    },
    /** A restored draft is said once, until closed or discarded. */
    draftShown,
    hideDraftNotice: () => setDraftShown(false),
    /** The draft removed; the form is left as it is (leaving it). */
    forgetDraft,
    /** The draft removed and the form blank again. */
    startOver: () => {
      forgetDraft();
      form.reset(defaults);
      setDraftShown(false);
    },
    /** The submit handler: `toWrite` makes the kind's fields of the ticket from the values. */
    onSubmit: (toWrite: (values: V) => OwnWrite<K>) =>
      form.handleSubmit((values) =>
        flow.submit(
          {
            ...toWrite(values),
            organizationNumber: user.organizationNumber,
            contact: toContactWrite(values.contact),
            ...(values.hasLocalContact
              ? { localContact: toContactWrite(values.localContact) }
              : {}),
          },
          values.firstComment,
          form.setError,
          values,
        ),
      ),
  };
}

export type CreateForm<V extends CreateExtrasValues & FieldValues> = ReturnType<
  typeof useCreateForm<TicketKind, V>
>;
