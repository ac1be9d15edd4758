import { useTranslation } from 'react-i18next';
import Chip from '@mui/material/Chip';
import { WRAPPING_CHIP_SX } from '@/components/wrapping-chip';
import type { TicketKind } from '@/api/service-tickets/schemas';
import { CLOSED_STATUSES, WAITING_ON_CUSTOMER } from '@/api/service-tickets/workflow';
import { statusLabel } from './labels';

export function StatusChip({ kind, status }: { kind: TicketKind; status: string | undefined }) {
  const { t } = useTranslation();
  const color =
    status && WAITING_ON_CUSTOMER[kind].includes(status)
      ? 'warning'
      : status && CLOSED_STATUSES[kind].includes(status)
        ? 'default'
        : 'info';
  return (
    <Chip
      size="small"
      label={statusLabel(t, status)}
      color={color}
      variant={color === 'default' ? 'outlined' : 'filled'}
      sx={WRAPPING_CHIP_SX}
    />
  );
}
