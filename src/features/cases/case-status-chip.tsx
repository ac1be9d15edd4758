import { useTranslation } from 'react-i18next';
import Chip from '@mui/material/Chip';
import { WRAPPING_CHIP_SX } from '@/components/wrapping-chip';
import { FINAL_CASE_STATUSES } from '@/api/cases/schemas';
import { caseStatusLabel } from './labels';

export function CaseStatusChip({ status }: { status: string | undefined }) {
  const { t } = useTranslation();
  const color =
    status === 'ACTION_REQUIRED'
      ? 'warning'
      : status && FINAL_CASE_STATUSES.includes(status)
        ? 'default'
        : status === 'RESOLVED'
          ? 'success'
          : 'info';
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
