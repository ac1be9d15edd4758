import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { EMAIL_PATTERN } from '@/api/write-text';
import type { Contact } from '@/api/service-tickets/schemas';
import { formatPhone } from '@/lib/format';

/** mailto:/tel: links only for values that really are an address or a number. */
export function ContactLinks({ contact }: { contact: Pick<Partial<Contact>, 'email' | 'phone'> }) {
  const email = contact.email && EMAIL_PATTERN.test(contact.email) ? contact.email : undefined;
  // Norwegian numbers are stored with the country code but no "+" (4791234567): dial them as +47….
  const raw = contact.phone?.replace(/[^\d+]/g, '');
  const digits = raw && /^47\d{8}$/.test(raw) ? `+${raw}` : raw;
  return (
    <>
      {contact.email &&
        (email ? (
          <Link
            component="a"
            href={`mailto:${encodeURIComponent(email).replace('%40', '@')}`}
            sx={{ display: 'block', overflowWrap: 'anywhere' }}
          >
            {contact.email}
          </Link>
        ) : (
          <Typography sx={{ overflowWrap: 'anywhere' }}>{contact.email}</Typography>
        ))}
      {contact.phone &&
        (digits && /^\+?\d{5,20}$/.test(digits) ? (
          <Link component="a" href={`tel:${digits}`} sx={{ display: 'block' }}>
            {formatPhone(contact.phone)}
          </Link>
        ) : (
          <Typography>{contact.phone}</Typography>
        ))}
    </>
  );
}
