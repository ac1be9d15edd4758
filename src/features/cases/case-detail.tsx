import { DraftNotice } from '@/components/draft-notice';
import { ContactLinks } from '@/components/contact-links';
import { useFocusFallback } from '@/components/dialog';
import { useEffect, useId, useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import type { BaseSyntheticEvent, ReactNode } from 'react';
import { useMutationState, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { BusyButton } from '@/components/busy-button';
import { WRAPPING_CHIP_SX } from '@/components/wrapping-chip';
import Chip from '@mui/material/Chip';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Grid from '@mui/material/Grid';
import Link from '@mui/material/Link';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useTheme } from '@mui/material/styles';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { isApiError, isUnanswered } from '@/api/http';
import { uploadCaseAttachment } from '@/api/cases/cases';
import {
  caseQueries,
  isCancellingCase,
  pendingCaseNote,
  useAddCaseNote,
  useCancelCase,
  useIsAddingCaseNote,
  useIsCancellingCase,
} from '@/api/cases/queries';
import { useSentForCase } from '@/api/cases/sent';
import type { SentEntry, SentOpening } from '@/api/cases/sent';
import { CASE_LIMITS, FINAL_CASE_STATUSES, isCaseNumber } from '@/api/cases/schemas';
import type { Case, NoteVisibility } from '@/api/cases/schemas';
import type { SessionUser } from '@/api/session';
import { paths } from '@/config/paths';
import { AttachmentPicker } from '@/components/attachment-picker';
import { errorSentence } from '@/components/describe-error';
import { DetailList } from '@/components/detail-list';
import { ReasonDialog } from '@/components/reason-dialog';
import { ErrorState } from '@/components/error-state';
import { notify } from '@/components/notifications';
import { PageError } from '@/components/page-error';
import { PageSkeleton } from '@/components/page-skeleton';
import { DateTime } from '@/components/relative-time';
import { Section } from '@/components/section';
import { useUploadQueue } from '@/components/upload-queue';
import { usePageTitle } from '@/components/use-page-title';
import { clearDraft, readDraft, useDraftAutosave, useTextDraft } from '@/features/tickets/drafts';
import { useCurrentUser } from '@/app/session';
import { problemOrCount } from '@/features/tickets/validation';
import { catalogueQuery, codeLabel } from './catalogue';
import { CaseStatusChip } from './case-status-chip';
import {
  caseStatusLabel,
  channelLabel,
  contactTypeLabel,
  infoKeyLabel,
  infoValueLabel,
  lineStatusLabel,
  productLabel,
  requestTypeLabel,
} from './labels';
import { rememberCase } from './recent-cases';
import { useCoarsePointer } from '@/components/use-coarse-pointer';

const uploadForCase = (
  file: File,
  _target: undefined,
  options: Parameters<typeof uploadCaseAttachment>[1],
) => uploadCaseAttachment(file, options);

// A type, not an interface: the drafts helper takes plain records.
type NoteValues = { text: string; visibility: NoteVisibility };

const BLANK_NOTE: NoteValues = { text: '', visibility: 'EXTERNAL' };

/** The note being typed is a draft per case and user, like the portal's other forms. */
const noteDraftName = (caseNumber: string) => `case-note.${caseNumber}`;

function NoteForm({ caseNumber, user }: { caseNumber: string; user: SessionUser }) {
  const { t } = useTranslation();
  const touch = useCoarsePointer();
  const queryClient = useQueryClient();
  const support = user.role === 'support';
  const draftName = noteDraftName(caseNumber);
  const [initial] = useState(() => {
    const draft = readDraft<NoteValues>(draftName, user.userName, BLANK_NOTE);
    const values: NoteValues = {
      text: draft?.text ?? '',
      // Only support staff write internal notes, whatever a draft says.
      visibility: support && draft?.visibility === 'INTERNAL' ? 'INTERNAL' : 'EXTERNAL',
    };
    // The page was left while this note was being sent, and opened again before it got there:
    // the draft is that note, which is on its way, not unsent.
    const onItsWay = pendingCaseNote(queryClient, caseNumber);
    const sending = onItsWay?.state.variables?.text === values.text ? onItsWay.mutationId : null;
    return { values, sending };
  });
  const [restored, setRestored] = useState(
    initial.sending === null && initial.values.text.trim() !== '',
  );
  const { register, control, handleSubmit, watch, reset, getValues, formState } =
    useForm<NoteValues>({ defaultValues: initial.values });
  // A blank note is no draft.
  useDraftAutosave(draftName, user.userName, watch, true, { empty: BLANK_NOTE });
  const text = useWatch({ control, name: 'text' });
  const queue = useUploadQueue(uploadForCase, { max: CASE_LIMITS.attachments });
  const add = useAddCaseNote(caseNumber);
  // Busy while any note to this case is on its way, also one sent before the page was reopened.
  const busy = useIsAddingCaseNote(caseNumber);
  // How that earlier note ends: once it is there, the box no longer holds it.
  const earlier = useMutationState({
    filters: { predicate: (m) => m.mutationId === initial.sending },
    select: (m) => ({ status: m.state.status, error: m.state.error }),
  }).at(0);
  useEffect(() => {
    if (earlier?.status === 'success' && getValues('text') === initial.values.text)
      reset({ ...BLANK_NOTE, visibility: getValues('visibility') });
  }, [earlier?.status, getValues, reset, initial.values.text]);
  const failure = add.error ?? (earlier?.status === 'error' ? earlier.error : null);
  // No answer: the note may have been added. The Case API returns no notes to look for it in,
  // so the page says so, and sending again is the user's knowing choice.
  const unanswered = failure !== null && isUnanswered(failure);
  const uploading = queue.items.some((i) => i.status === 'uploading' || i.status === 'waiting');
  const problem = formState.errors.text?.message;
  const hintId = useId();

  const send = (values: NoteValues) => {
    // The guard is the mutation cache, not this component: it is read synchronously (the second
    // press of a double click finds the first note on its way, before React re-renders), it is
    // still there when the page is left and opened again mid-request (a ref would start over),
    // and it ends with the request, however that ends.
    if (uploading || pendingCaseNote(queryClient, caseNumber)) return;
    const attachments = queue.items.flatMap((i) =>
      i.status === 'done' && i.result ? [i.result] : [],
    );
    const visibility = support ? values.visibility : 'EXTERNAL';
    // The promise, not mutate's callbacks: those are not called once this form has gone (the
    // page was left), and the draft of a sent note must end whenever it gets there.
    add.mutateAsync({ text: values.text, visibility, attachments }).then(
      () => {
        // That note's draft only, not anything typed since.
        if (readDraft(draftName, user.userName, BLANK_NOTE)?.text === values.text)
          clearDraft(draftName, user.userName);
        notify(t(visibility === 'INTERNAL' ? 'caseNote.addedInternal' : 'caseNote.added'));
        // This form, if it is still open (else these do nothing).
        if (getValues('text') === values.text) reset({ ...BLANK_NOTE, visibility });
        setRestored(false);
        queue.reset();
      },
      () => {
        // Shown from `add.error`; the text stays in the box and in the draft.
      },
    );
  };
  const submit = (e?: BaseSyntheticEvent) => handleSubmit(send)(e);

  return (
    <Stack
      component="form"
      spacing={2}
      noValidate
      aria-label={t('caseNote.formLabel')}
      onSubmit={(e) => void submit(e)}
    >
      {restored && (
        <DraftNotice
          message={t('caseNote.draftRestored')}
          discardLabel={t('caseNote.discardDraft')}
          onDiscard={() => {
            clearDraft(draftName, user.userName);
            reset(BLANK_NOTE);
            setRestored(false);
          }}
          onClose={() => setRestored(false)}
        />
      )}
      <TextField
        label={t('caseNote.label')}
        multiline
        minRows={3}
        maxRows={15}
        {...register('text', {
          validate: (v) =>
            v.trim() === ''
              ? t('caseNote.empty')
              : v.length > CASE_LIMITS.note
                ? t('validation.tooLongNow', { max: CASE_LIMITS.note, count: v.length })
                : true,
        })}
        onKeyDown={(e) => {
          // As in an incident's comment box: Ctrl+Enter (⌘+Enter) sends.
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            void submit();
          }
        }}
        error={problem !== undefined}
        slotProps={{ htmlInput: { 'aria-describedby': hintId } }}
        helperText={
          <span id={hintId}>
            {problemOrCount(
              problem,
              t(touch ? 'openCase.counter' : 'caseNote.hint', {
                count: text.length,
                max: CASE_LIMITS.note,
              }),
              text.length > CASE_LIMITS.note,
            )}
          </span>
        }
      />
      {support && (
        <Controller
          control={control}
          name="visibility"
          render={({ field }) => (
            <div>
              <FormLabel id="note-visibility">{t('caseNote.visibility')}</FormLabel>
              <RadioGroup
                row
                aria-labelledby="note-visibility"
                name={field.name}
                value={field.value}
                onChange={(e) => field.onChange(e.target.value)}
              >
                <FormControlLabel
                  value="EXTERNAL"
                  control={<Radio />}
                  label={t('caseNote.external')}
                />
                <FormControlLabel
                  value="INTERNAL"
                  control={<Radio />}
                  label={t('caseNote.internal')}
                />
              </RadioGroup>
            </div>
          )}
        />
      )}
      <AttachmentPicker
        queue={queue}
        onAdded={(items) => void queue.start(undefined, items)}
        onRetry={(item) => void queue.start(undefined, [item])}
      />
      {failure && (
        <Alert severity="error" role="alert">
          {unanswered ? t('caseNote.unanswered') : errorSentence(failure, t)}
        </Alert>
      )}
      <div>
        <BusyButton type="submit" variant="contained" busy={busy} disabled={uploading}>
          {unanswered ? t('openCase.sendAgainAnyway') : t('caseNote.submit')}
        </BusyButton>
      </div>
    </Stack>
  );
}

/**
 * What this user sent for the case since signing in — notes and the reason for cancelling — as
 * text: the Case API's GET returns neither.
 */
function SentNotes({ entries }: { entries: SentEntry[] }) {
  const { t } = useTranslation();
  if (entries.length === 0) return null;
  return (
    <Section title={t('caseNote.sentTitle')}>
      <Typography variant="body2" color="textSecondary" sx={{ mb: 1.5 }}>
        {t('caseNote.sentIntro')}
      </Typography>
      <Stack component="ol" spacing={1.5} sx={{ listStyle: 'none', p: 0, m: 0 }}>
        {entries.map((entry, i) => (
          <li key={`${entry.at}-${i}`}>
            <Typography variant="body2" color="textSecondary">
              <DateTime value={entry.at} />
              {entry.kind === 'cancel'
                ? ` · ${t('caseNote.sentCancel')}`
                : entry.visibility === 'INTERNAL' && ` · ${t('caseNote.sentInternal')}`}
            </Typography>
            <Typography dir="auto" sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {entry.kind === 'cancel' ? entry.reason : entry.text}
            </Typography>
            {entry.kind === 'note' && entry.files.length > 0 && (
              <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
                {t('caseNote.sentFiles', { names: entry.files.join(', ') })}
              </Typography>
            )}
          </li>
        ))}
      </Stack>
    </Section>
  );
}

/**
 * What the user sent when opening the case that the document's GET response does not carry: the
 * ticket code, the references, when it happened and the attached files — marked as theirs.
 */
function SentOpeningSection({ opened }: { opened: SentOpening }) {
  const { t, i18n } = useTranslation();
  const catalogue = useQuery(catalogueQuery);
  return (
    <Section title={t('caseSent.title')}>
      <Typography variant="body2" color="textSecondary" sx={{ mb: 1.5 }}>
        {t('caseSent.intro')}
      </Typography>
      <DetailList
        items={[
          {
            label: t('openCase.code'),
            value: codeLabel(catalogue.data, opened.code, i18n.language),
          },
          { label: t('openCase.primaryId'), value: opened.primaryId },
          { label: t('openCase.secondaryId'), value: opened.secondaryId },
          {
            label: t('openCase.occurred'),
            value: opened.occurredDateTime ? (
              <DateTime value={opened.occurredDateTime} />
            ) : undefined,
          },
          {
            label: t('caseSent.files'),
            value: opened.files.length ? (
              <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
                {opened.files.map((name, i) => (
                  <li key={`${name}-${i}`}>{name}</li>
                ))}
              </Box>
            ) : (
              t('caseSent.noFiles')
            ),
          },
          { label: t('caseSent.sentAt'), value: <DateTime value={opened.at} /> },
        ]}
      />
    </Section>
  );
}

function CancelDialog({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const cancel = useCancelCase(id);
  const busy = useIsCancellingCase(id);
  // The reason survives a reload, or closing the dialog, until the case is cancelled.
  const { userName } = useCurrentUser();
  const draftName = `cancel-case.${id}`;
  const draft = useTextDraft(draftName, userName);
  return (
    <ReasonDialog
      title={t('cancelCase.title')}
      body={t('cancelCase.body')}
      label={t('cancelCase.reason')}
      max={CASE_LIMITS.reason}
      keepLabel={t('cancelCase.keep')}
      submitLabel={t('cancelCase.submit')}
      destructive
      busy={busy}
      error={cancel.isError && errorSentence(cancel.error, t)}
      initial={draft.initial}
      onEdit={draft.save}
      onSubmit={(reason) => {
        // As with notes, the guard is the mutation cache: a second click before React
        // re-renders, or after the page was left and opened again mid-request, must not send a
        // second cancel (it would be refused with 409, and the dialog would stay open on that
        // error).
        if (isCancellingCase(queryClient, id)) return;
        // The promise settles even if the page was left meanwhile: the user is still told.
        cancel.mutateAsync(reason).then(
          () => {
            clearDraft(draftName, userName);
            notify(t('cancelCase.done'));
            onClose();
          },
          () => {
            // Shown from `cancel.error`; the dialog stays open with the reason.
          },
        );
      }}
      onDiscard={() => clearDraft(draftName, userName)}
      onClose={onClose}
    />
  );
}

type CaseLine = NonNullable<NonNullable<Case['otherDetails']>['details']>[number];

/**
 * The case's products and line items: a table, and on a phone, where six columns do not fit (the
 * last ones were out of sight, with nothing to say so), each line as a list of its own.
 */
function CaseLines({ lines }: { lines: CaseLine[] }) {
  const { t } = useTranslation();
  const theme = useTheme();
  const phone = useMediaQuery(theme.breakpoints.down('sm'), { noSsr: true });
  if (lines.length === 0) return <Typography color="textSecondary">{t('common.none')}</Typography>;
  const product = (l: CaseLine) =>
    [productLabel(t, l.productType), l.productCode].filter(Boolean).join(' · ');
  const place = (l: CaseLine) => [l.ibx.join(', '), l.cage].filter(Boolean).join(' · ');
  if (phone)
    return (
      <Stack
        component="ul"
        // Said again: without list markers, Safari's VoiceOver would not call it a list.
        role="list"
        spacing={2}
        aria-label={t('caseDetail.lines')}
        sx={{ p: 0, m: 0 }}
      >
        {lines.map((l) => (
          <Box
            component="li"
            key={l.lineId ?? l.activityId}
            sx={{ listStyle: 'none', '& + &': { borderTop: 1, borderColor: 'divider', pt: 2 } }}
          >
            <DetailList
              items={[
                { label: t('caseDetail.line'), value: l.lineId },
                {
                  label: t('fields.product'),
                  value: [l.productName, product(l)].filter(Boolean).join(' — '),
                },
                { label: t('fields.status'), value: lineStatusLabel(t, l.status) },
                { label: t('caseDetail.ibxCage'), value: place(l) },
                { label: t('caseDetail.request'), value: requestTypeLabel(t, l.requestType) },
                {
                  label: t('caseDetail.estimatedCompletion'),
                  value: l.estimatedCompletion?.originalDateTime ? (
                    <DateTime value={l.estimatedCompletion.originalDateTime} />
                  ) : undefined,
                },
              ]}
            />
          </Box>
        ))}
      </Stack>
    );
  return (
    <TableContainer
      sx={{ position: 'relative' }}
      // A box that may scroll sideways must be reachable by keyboard. A group, not a
      // region: the section around it is the region of that name already.
      tabIndex={0}
      role="group"
      aria-label={t('caseDetail.lines')}
    >
      <Table
        size="small"
        aria-label={t('caseDetail.lines')}
        // Six columns in the page's main column: narrow gutters keep the last one in
        // view at desktop widths (it scrolled out of sight, cut mid-word).
        sx={{
          '& th, & td': { px: 1 },
          '& th:first-of-type, & td:first-of-type': { pl: 0, whiteSpace: 'nowrap' },
          '& th:last-of-type, & td:last-of-type': { pr: 0 },
        }}
      >
        <TableHead>
          <TableRow>
            <TableCell>{t('caseDetail.line')}</TableCell>
            <TableCell>{t('fields.product')}</TableCell>
            <TableCell>{t('fields.status')}</TableCell>
            <TableCell>{t('caseDetail.ibxCage')}</TableCell>
            <TableCell>{t('caseDetail.request')}</TableCell>
            <TableCell>{t('caseDetail.estimatedCompletion')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {lines.map((l) => (
            <TableRow key={l.lineId ?? l.activityId}>
              <TableCell>{l.lineId}</TableCell>
              <TableCell>
                {l.productName}
                <Typography
                  variant="body2"
                  color="textSecondary"
                  component="span"
                  sx={{ display: 'block' }}
                >
                  {product(l)}
                </Typography>
              </TableCell>
              <TableCell>{lineStatusLabel(t, l.status)}</TableCell>
              <TableCell>{place(l)}</TableCell>
              <TableCell>{requestTypeLabel(t, l.requestType)}</TableCell>
              <TableCell>
                <DateTime value={l.estimatedCompletion?.originalDateTime} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

function CaseView({ data, id, user }: { data: Case; id: string; user: SessionUser }) {
  const { t } = useTranslation();
  const [cancelling, setCancelling] = useState(false);
  const o = data.otherDetails;
  const caseNumber = data.id && isCaseNumber(data.id) ? data.id : isCaseNumber(id) ? id : undefined;
  usePageTitle(t('caseDetail.title', { number: caseNumber ?? id }));
  const final = data.status !== undefined && FINAL_CASE_STATUSES.includes(data.status);
  const canCancel = o?.cancellable === true && !final;
  const cancelDialogClosed = useFocusFallback(String(canCancel));
  // Busy while a cancellation is on its way, also one confirmed before the page was reopened.
  const cancelPending = useIsCancellingCase(caseNumber ?? id);
  const canNote = !final && caseNumber !== undefined;
  const lines = o?.details ?? [];
  // A case is known by its case number, its order number and the number it was opened under.
  const sent = useSentForCase([caseNumber, id, data.id, data.orderId]);
  const history = [...(o?.statusHistory ?? [])].reverse();
  const typedKeys = new Set(sent.opened?.detailKeys);
  return (
    <Stack spacing={2}>
      <div>
        <Link
          href={paths.cases.list}
          sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}
        >
          <ArrowBackIcon fontSize="small" /> {t('cases.title')}
        </Link>
      </div>
      <Stack
        direction={{ xs: 'column', md: 'row' }}
        spacing={2}
        sx={{ alignItems: { md: 'flex-start' } }}
      >
        <Stack spacing={0.5} sx={{ flexGrow: 1 }}>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
            <Typography variant="h1">
              {t('caseDetail.title', { number: caseNumber ?? id })}
            </Typography>
            <CaseStatusChip status={data.status} />
          </Stack>
          <Typography color="textSecondary">
            {[o?.category, o?.subCategory].filter(Boolean).join(' · ')}
          </Typography>
        </Stack>
        {canCancel ? (
          <Button
            color="error"
            variant="outlined"
            loading={cancelPending}
            onClick={() => setCancelling(true)}
          >
            {t('cancelCase.action')}
          </Button>
        ) : (
          // Where the button would be: why there is none.
          <Typography variant="body2" color="textSecondary" sx={{ maxWidth: { md: 320 } }}>
            {data.status === 'CANCELLED'
              ? t('cancelCase.alreadyCancelled')
              : final
                ? t('cancelCase.notFinal', { status: caseStatusLabel(t, data.status) })
                : o?.cancellable === false
                  ? t('cancelCase.notAllowed')
                  : t('cancelCase.notSaid')}
          </Typography>
        )}
      </Stack>
      {data.status === 'ACTION_REQUIRED' && (
        <Alert severity="warning" role="note">
          <AlertTitle>{t('caseDetail.actionRequiredTitle')}</AlertTitle>
          {t(
            user.role === 'support'
              ? 'caseDetail.actionRequiredStaff'
              : 'caseDetail.actionRequired',
          )}
        </Alert>
      )}
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 8 }}>
          <Stack spacing={2}>
            <Section title={t('detail.description')}>
              <Typography sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {o?.description || t('common.none')}
              </Typography>
            </Section>
            {sent.opened && <SentOpeningSection opened={sent.opened} />}
            <Section title={t('caseDetail.lines')}>
              <CaseLines lines={lines} />
            </Section>
            {canNote ? (
              <Section title={t('caseNote.title')}>
                <NoteForm caseNumber={caseNumber} user={user} />
              </Section>
            ) : (
              final && (
                <Alert
                  severity="info"
                  role="note"
                  action={
                    <Button color="inherit" size="small" href={paths.cases.new}>
                      {t('cases.openNew')}
                    </Button>
                  }
                >
                  {t('caseDetail.final', { status: caseStatusLabel(t, data.status) })}
                </Alert>
              )
            )}
            <SentNotes entries={sent.entries} />
          </Stack>
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <Stack spacing={2}>
            <Section title={t('caseDetail.history')}>
              <Box
                component="ol"
                sx={{ listStyle: 'none', p: 0, m: 0 }}
                aria-label={t('caseDetail.history')}
              >
                {history.map((h, i) => (
                  <Box
                    component="li"
                    key={`${h.status ?? ''}-${i}`}
                    sx={{ display: 'flex', gap: 1, alignItems: 'center', py: 0.5 }}
                  >
                    <CaseStatusChip status={h.status} />
                    <Typography variant="body2" color="textSecondary">
                      <DateTime value={h.createdDate} />
                    </Typography>
                  </Box>
                ))}
              </Box>
            </Section>
            <Section title={t('detail.details')}>
              <DetailList
                items={[
                  { label: t('cases.number'), value: caseNumber },
                  { label: t('caseDetail.orderId'), value: data.orderId },
                  { label: t('caseDetail.accountName'), value: data.accountName },
                  { label: t('caseDetail.accountNumber'), value: data.accountNumber },
                  { label: t('caseDetail.channel'), value: channelLabel(t, data.channel) },
                  { label: t('caseDetail.customerReference'), value: data.customerReferenceId },
                  { label: t('caseDetail.location'), value: data.location.ibx.join(', ') },
                  {
                    label: t('fields.createdDate'),
                    value: <DateTime value={data.createdDateTime} />,
                  },
                  {
                    label: t('fields.lastModifiedDate'),
                    value: o?.updatedDateTime ? <DateTime value={o.updatedDateTime} /> : undefined,
                  },
                  {
                    label: t('caseDetail.scheduled'),
                    value: o?.finalScheduledDate ? (
                      <DateTime value={o.finalScheduledDate} />
                    ) : undefined,
                  },
                  {
                    label: t('caseDetail.termination'),
                    value: o?.requestedTerminationDate ? (
                      <DateTime value={o.requestedTerminationDate} />
                    ) : undefined,
                  },
                  { label: t('caseDetail.purchaseOrders'), value: o?.purchaseOrders.join(', ') },
                  {
                    label: t('caseDetail.products'),
                    value: o?.products.length ? (
                      <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
                        {o.products.map((p) => (
                          <Chip
                            key={p}
                            size="small"
                            label={productLabel(t, p)}
                            // A long product name wraps inside the chip on a narrow screen.
                            sx={WRAPPING_CHIP_SX}
                          />
                        ))}
                      </Stack>
                    ) : undefined,
                  },
                  ...(o?.additionalInfo ?? []).map((a) =>
                    // A detail the user named when opening the case: as they wrote it.
                    a.key && typedKeys.has(a.key)
                      ? {
                          label: a.key,
                          value: typeof a.value === 'string' ? a.value : infoValueLabel(t, a.value),
                        }
                      : { label: infoKeyLabel(t, a.key), value: infoValueLabel(t, a.value) },
                  ),
                ]}
              />
            </Section>
            <Section title={t('contact.title')}>
              {data.contacts.length === 0 ? (
                <Typography color="textSecondary">{t('contact.none')}</Typography>
              ) : (
                <Stack
                  component="ul"
                  spacing={1.5}
                  sx={{ listStyle: 'none', p: 0, m: 0, minWidth: 0, overflowWrap: 'anywhere' }}
                >
                  {data.contacts.map((c, i) => (
                    <li key={i}>
                      <Typography dir="auto" sx={{ fontWeight: 500 }}>
                        {[c.firstName, c.lastName].filter(Boolean).join(' ') ||
                          c.registeredUsers.join(', ')}
                      </Typography>
                      <Typography variant="body2" color="textSecondary">
                        {contactTypeLabel(t, c.type)}
                        {c.registeredUsers.length > 0 && ` · ${t('caseContact.registered')}`}
                      </Typography>
                      {c.details.map((d, j) =>
                        // E-mail and phone as on incidents and orders: links to write or call.
                        d.type === 'EMAIL' || d.type === 'PHONE' ? (
                          <ContactLinks
                            key={j}
                            contact={d.type === 'EMAIL' ? { email: d.value } : { phone: d.value }}
                          />
                        ) : (
                          <Typography key={j} variant="body2">
                            {d.type}: {d.value}
                          </Typography>
                        ),
                      )}
                    </li>
                  ))}
                </Stack>
              )}
            </Section>
          </Stack>
        </Grid>
      </Grid>
      {cancelling && canCancel && (
        <CancelDialog
          id={caseNumber ?? id}
          onClose={() => {
            setCancelling(false);
            cancelDialogClosed();
          }}
        />
      )}
    </Stack>
  );
}

export function CaseDetail({
  id,
  user,
  notFound,
}: {
  id: string;
  user: SessionUser;
  notFound: ReactNode;
}) {
  const query = useQuery(caseQueries.detail(id));
  const loaded = query.data !== undefined;
  // Opened cases are remembered in the user's list.
  useEffect(() => {
    if (loaded) rememberCase(user.userName, id);
  }, [loaded, user.userName, id]);
  if (query.data) {
    return (
      <>
        {query.isError && (
          <ErrorState compact error={query.error} onRetry={() => void query.refetch()} />
        )}
        <CaseView data={query.data} id={id} user={user} />
      </>
    );
  }
  if (isApiError(query.error) && (query.error.status === 404 || query.error.status === 400))
    return notFound;
  if (query.isError) return <PageError error={query.error} onRetry={() => void query.refetch()} />;
  return <PageSkeleton />;
}
