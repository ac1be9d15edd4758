import { useTranslation } from 'react-i18next';
import Chip from '@mui/material/Chip';
import type { ChipTone } from '@/components/plain-styles';
import { WRAPPING_CHIP_SX } from '@/components/wrapping-chip';
import { FINAL_CASE_STATUSES } from '@/api/cases/schemas';
import { caseStatusLabel } from './labels';

/** How a case's status stands out: waiting on the customer, final, resolved, or in progress. */
export function caseStatusTone(status: string | undefined): ChipTone {
  return status === 'ACTION_REQUIRED'
    ? 'warning'
    : status && FINAL_CASE_STATUSES.includes(status)
      ? 'plain'
      : status === 'RESOLVED'
        ? 'success'
        : 'info';
}

export function CaseStatusChip({ status }: { status: string | undefined }) {
  const { t } = useTranslation();
  const tone = caseStatusTone(status);
  const color = tone === 'plain' ? 'default' : tone;
  return (
    <Chip
      size="small"
      label={caseStatusLabel(t, status)}
      color={color}
      variant={color === 'default' ? 'outlined' : 'filled'}
      sx={WRAPPING_CHIP_SX}
    />
  );
}
