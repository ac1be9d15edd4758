import type { ReactNode } from 'react';
import Box from '@mui/material/Box';

export interface DetailItem {
  label: string;
  value: ReactNode;
}

/** Label / value pairs as a description list; empty values are left out. */
export function DetailList({ items }: { items: DetailItem[] }) {
  const shown = items.filter((i) => i.value !== undefined && i.value !== null && i.value !== '');
  return (
    <Box
      component="dl"
      sx={{
        display: 'grid',
        // The value column may shrink below its content's widest word (a long chip, an unbroken
        // string): it wraps instead of pushing the page sideways on a narrow screen.
        gridTemplateColumns: 'minmax(8rem, max-content) minmax(0, 1fr)',
        columnGap: 2,
        rowGap: 1,
        m: 0,
        '& dt': { color: 'text.secondary' },
        '& dd': { m: 0, minWidth: 0, overflowWrap: 'anywhere' },
      }}
    >
      {shown.map((item) => (
        <Box key={item.label} sx={{ display: 'contents' }}>
          <dt>{item.label}</dt>
          <dd>{item.value}</dd>
        </Box>
      ))}
    </Box>
  );
}
