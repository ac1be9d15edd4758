import { useTranslation } from 'react-i18next';
import Chip from '@mui/material/Chip';
import type { ChipTone } from '@/components/plain-styles';
import { WRAPPING_CHIP_SX } from '@/components/wrapping-chip';
import type { TicketKind } from '@/api/service-tickets/schemas';
import { CLOSED_STATUSES, WAITING_ON_CUSTOMER } from '@/api/service-tickets/workflow';
import { statusLabel } from './labels';

/** How a status stands out: waiting on the customer, closed, or in the provider's hands. */
export function statusTone(kind: TicketKind, status: string | undefined): ChipTone {
  return status && WAITING_ON_CUSTOMER[kind].includes(status)
    ? 'warning'
    : status && CLOSED_STATUSES[kind].includes(status)
      ? 'plain'
      : 'info';
}

export function StatusChip({ kind, status }: { kind: TicketKind; status: string | undefined }) {
  const { t } = useTranslation();
  const tone = statusTone(kind, status);
  return (
    <Chip
      size="small"
      label={statusLabel(t, status)}
      color={tone === 'plain' ? 'default' : tone}
      variant={tone === 'plain' ? 'outlined' : 'filled'}
      sx={WRAPPING_CHIP_SX}
    />
  );
}
