import type { SessionUser } from '@/api/session';

/**
 * The sandbox's demo users: company users of one organization, and support staff. The sandbox's
 * seed uses the same people, so "Mine" shows their own tickets.
 */
export const DEMO_ORGANIZATION = {
  organizationNumber: '912345678',
  organizationName: 'Nordvik Bygg AS',
};

export const DEMO_USERS: SessionUser[] = [
  {
    userName: 'Kari Nordmann',
    role: 'customer',
    email: 'kari.nordmann@nordvikbygg.no',
    phone: '4791234567',
    ...DEMO_ORGANIZATION,
  },
  {
    userName: 'Ola Nordmann',
    role: 'customer',
    email: 'ola.nordmann@nordvikbygg.no',
    phone: '4792345678',
    ...DEMO_ORGANIZATION,
  },
  {
    userName: 'Ingrid Bakke',
    role: 'customer',
    email: 'ingrid.bakke@nordvikbygg.no',
    phone: '4793456789',
    ...DEMO_ORGANIZATION,
  },
  {
    userName: 'Per Haugen',
    role: 'support',
    email: 'per.haugen@kundeservice.example.no',
    phone: '4722334455',
    ...DEMO_ORGANIZATION,
  },
];
