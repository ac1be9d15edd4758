import { textFile } from '../lib/files';
import type { CaseLine, CaseStore, StoredCase } from './store';

/* Sample cases for the sandbox — invented data in the provider's shape (one mirrors its sample). */

const DAY = 86_400_000;
const ANCHOR = Date.UTC(2026, 10, 20, 8, 0, 0);
const ORG = { accountNumber: '182389736', accountName: 'Nordvik Bygg AS' };

function line(n: number, over: Partial<CaseLine> = {}): CaseLine {
  return {
    lineId: `1-2RCPXBU${n}`,
    parentLineId: '1-2RCPXBUK',
    productType: 'SMART_HANDS',
    productOfferingCode: 'PS00001.PROD',
    productCode: `PS0004${n}.ELEM`,
    productName: 'Other',
    status: 'CREATED',
    reOpen: 'NOT_ALLOWED',
    respond: true,
    ibx: 'OS1',
    cage: `OS1:01:0103${n}5`,
    requestType: 'ADD',
    activityId: `3-21627058833${n}`,
    purchaseOrder: {},
    estimatedCompletion: {
      originalDateTime: new Date(ANCHOR + (n + 2) * DAY).toISOString().replace('.000', ''),
    },
    updatedDateTime: new Date(ANCHOR - DAY).toISOString().replace('.000', ''),
    additionalInfo: [{ key: 'IS_RECURRING', value: n % 2 === 0 }],
    modifiable: false,
    cancellable: true,
    ...over,
  };
}

type Seed = Omit<StoredCase, 'sfId' | 'statusHistory' | 'notes' | 'updatedAt' | 'updatedBy'> & {
  history: string[];
};

function base(caseNumber: string, daysAgo: number, over: Partial<Seed>): Seed {
  return {
    caseNumber,
    type: 'CASE',
    code: '0100-0100',
    description: '',
    primaryId: `PRJ-${caseNumber}`,
    ...ORG,
    channel: 'PORTAL',
    ibx: ['OS1'],
    status: 'IN_PROGRESS',
    createdAt: ANCHOR - daysAgo * DAY,
    contacts: [],
    attachments: [],
    lines: [line(1)],
    purchaseOrders: [],
    products: ['SMART_HANDS'],
    productOfferingCodes: ['PS00001.PROD'],
    category: 'Trouble Services',
    subCategory: 'Incident',
    additionalInfo: [],
    modifiable: true,
    cancellable: true,
    reOpen: false,
    respond: true,
    owners: [],
    history: ['SUBMITTED', 'IN_PROGRESS'],
    ...over,
  };
}

const person = (firstName: string, lastName: string, phone: string, email: string) => ({
  type: 'NOTIFICATION',
  firstName,
  lastName,
  details: [
    { type: 'PHONE', value: phone },
    { type: 'EMAIL', value: email },
  ],
});

export function seedCaseStore(store: CaseStore) {
  // The file the provider's note sample refers to.
  store.addFile(
    {
      name: 'error-log',
      contentType: 'text/plain',
      bytes: textFile('2026-11-19T07:12:03Z ERROR link down on port 12\n'),
    },
    'c77c5f58-a7ea-4e88-9fc4-1a2900027425',
  );

  const seeds: Seed[] = [
    // The provider's GET sample, as a live case.
    base('11150929', 12, {
      orderId: '1-204976070710',
      customerReferenceId: 'EESkFTupLmnF6KinbARfNgWAC2V1BZbDZKluF5TI5YVTXTfGkF',
      description: 'Sample description.',
      ibx: ['SV5'],
      lines: [line(0, { ibx: 'DA3', cage: 'DA3:01:010315', productCode: 'PS00040.ELEM' })],
      purchaseOrders: ['PO.1234'],
      additionalInfo: [{ key: 'RECURRING_TYPE', value: 'CHILD' }],
      contacts: [person('John', 'Don', '+1-2342343333', 'SomeContact@email.com')],
      modifiable: false,
      owners: ['Kari Nordmann', 'Ola Nordmann', 'Ingrid Bakke', 'Per Haugen'],
    }),
    base('11150930', 3, {
      code: '0305-0100',
      type: 'TROUBLE',
      status: 'ACTION_REQUIRED',
      description:
        'Strømbrudd i rack 0103 etter vedlikehold. Teknikeren trenger godkjenning for omstart av utstyret.',
      primaryId: 'RACK-OS1-0103',
      customerReferenceId: 'NB-2026-114',
      details: { rack: 'OS1:01:0103', powerCycleApproved: false },
      contacts: [
        { type: 'TECHNICAL', registeredUsers: ['Kari Nordmann'] },
        person('Eirik', 'Dahl', '+4797890123', 'eirik.dahl@nordvikbygg.no'),
      ],
      history: ['SUBMITTED', 'IN_PROGRESS', 'ACTION_REQUIRED'],
      owners: ['Kari Nordmann', 'Per Haugen'],
    }),
    base('11150931', 6, {
      code: '0200-0300',
      status: 'ACTION_REQUIRED',
      description:
        'Tilgang til datasenteret for to nye ansatte. Mangler kopi av legitimasjon for den ene.',
      primaryId: 'ACCESS-2026-31',
      ibx: ['OS2'],
      lines: [
        line(2, { ibx: 'OS2', cage: 'OS2:02:020110', productType: 'ACCESS', productName: 'Badge' }),
      ],
      contacts: [{ type: 'NOTIFICATION', registeredUsers: ['Ola Nordmann'] }],
      history: ['SUBMITTED', 'IN_PROGRESS', 'ACTION_REQUIRED'],
      owners: ['Ola Nordmann', 'Per Haugen'],
    }),
    base('11150932', 20, {
      code: '0102-0200',
      status: 'RESOLVED',
      description: 'Kryssforbindelse mellom bur OS1:01 og OS1:03 gir pakketap.',
      primaryId: 'XC-77812',
      purchaseOrders: ['PO.2026.0441'],
      history: ['SUBMITTED', 'IN_PROGRESS', 'RESOLVED'],
      owners: ['Kari Nordmann'],
    }),
    base('11150933', 45, {
      code: '0500-0200',
      status: 'CLOSED',
      description: 'Levering av pall med servere til mottak, bekreftet mottatt.',
      primaryId: 'SHIP-5512',
      history: ['SUBMITTED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED'],
      cancellable: false,
      modifiable: false,
      owners: ['Ingrid Bakke'],
    }),
    base('11150934', 30, {
      code: '0300-0100',
      status: 'CANCELLED',
      description: 'Feilmeldt ved en feil – duplikat av 11150932.',
      primaryId: 'XC-77812',
      history: ['SUBMITTED', 'CANCELLED'],
      cancellable: false,
      modifiable: false,
      owners: ['Ola Nordmann'],
    }),
    base('11150935', 1, {
      code: '0104-0300',
      status: 'SUBMITTED',
      description: 'Bytte av defekt strømforsyning i svitsj, reservedel ligger i buret.',
      primaryId: 'SW-OS1-22',
      history: ['SUBMITTED'],
      owners: ['Ingrid Bakke'],
    }),
    base('11150936', 8, {
      code: '0306-0200',
      type: 'TROUBLE',
      description: 'Overvåkning melder temperaturalarm i bur OS1:01:0103. Ønsker befaring.',
      primaryId: 'TEMP-ALARM-88',
      cancellable: false,
      lines: [
        line(3),
        line(4, { productName: 'Remote hands', requestType: 'MODIFY', status: 'IN_PROGRESS' }),
      ],
      owners: ['Kari Nordmann', 'Per Haugen'],
    }),
  ];

  for (const { history, ...seed } of seeds) {
    const at = (i: number) => seed.createdAt + i * 6 * 3_600_000;
    store.add({
      ...seed,
      statusHistory: history.map((status, i) => ({ status, at: at(i) })),
      notes: [],
      updatedAt: at(history.length - 1),
      updatedBy: '0052H000003iLJjQAM',
    });
  }
}
