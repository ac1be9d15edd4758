/*
 * Sample reference data for the sandbox: Norwegian B2B telecom customers. Invented, not real
 * customers; the product catalogue follows the document's examples (Nordic Connect, Ethernet
 * Connect, MSISDN, POTS, LU-numbers).
 */

export interface CategorySeed {
  name: string;
  /** What `identificationNumber` holds for this category. */
  identification: 'msisdn' | 'mbb' | 'pots' | 'lu';
  incidentTypes: string[];
  products: { productId: string; productName: string }[];
  /** Emit `incidentTypes` as one comma string [ST-12] (the provider's sample does). */
  typesAsString: boolean;
}

export const CATEGORIES: CategorySeed[] = [
  {
    name: 'Mobil',
    identification: 'msisdn',
    incidentTypes: [
      'Ingen dekning',
      'Kan ikke ringe',
      'SMS/MMS-feil',
      'Treghet',
      'Annen type feil',
    ],
    products: [
      { productId: '01tb0000002oaA1AAI', productName: 'Mobil Bedrift Fri' },
      { productId: '01tb0000002oaA2AAI', productName: 'Mobil Bedrift 20 GB' },
    ],
    typesAsString: false,
  },
  {
    name: 'Mobilt Bredbånd',
    identification: 'mbb',
    incidentTypes: ['Ikke på nett', 'Treghet', 'Ustabilitet', 'Annen type feil'],
    products: [
      { productId: '01tb0000002oaB1AAI', productName: 'Mobilt Bredbånd 5G' },
      { productId: '01tb0000002oaB2AAI', productName: 'Mobilt Bredbånd Reserve' },
    ],
    typesAsString: true,
  },
  {
    name: 'Fasttelefoni',
    identification: 'pots',
    incidentTypes: ['Ingen summetone', 'Støy på linjen', 'Kan ikke ringe ut', 'Annen type feil'],
    products: [
      { productId: '01tb0000002oaC1AAI', productName: 'Bedriftstelefoni Analog' },
      { productId: '01tb0000002oaC2AAI', productName: 'Hovednummer med kø' },
    ],
    typesAsString: false,
  },
  {
    name: 'Nordic Connect',
    identification: 'lu',
    incidentTypes: ['Ikke på nett', 'Ustabilitet', 'Treghet', 'Annen type feil'],
    products: [
      { productId: '01tb0000002oaD1AAI', productName: 'Nordic Connect Multi VPN' },
      { productId: '01tb0000002oaD2AAI', productName: 'Nordic Connect Internet' },
    ],
    typesAsString: true,
  },
  {
    name: 'Ethernet Connect',
    identification: 'lu',
    incidentTypes: ['Annen type feil', 'Ikke på nett', 'Treghet', 'Ustabilitet'],
    products: [{ productId: '01tb0000002oaMrAAI', productName: 'Ethernet Connect' }],
    typesAsString: true,
  },
];

export const SITES = [
  { location: 'Oslo', street: 'Karl Johans gate 12', zipCode: '0154', city: 'Oslo' },
  { location: 'Fornebu', street: 'Snarøyveien 30', zipCode: '1360', city: 'Fornebu' },
  { location: 'Bergen', street: 'Bryggen 5', zipCode: '5003', city: 'Bergen' },
  { location: 'Trondheim', street: 'Munkegata 20', zipCode: '7011', city: 'Trondheim' },
  { location: 'Stavanger', street: 'Kongsgårdbakken 3', zipCode: '4005', city: 'Stavanger' },
  { location: 'Drammen', street: 'Bragernes torg 2', zipCode: '3017', city: 'Drammen' },
  { location: 'Kristiansand', street: 'Markens gate 18', zipCode: '4611', city: 'Kristiansand' },
  { location: 'Tromsø', street: 'Storgata 90', zipCode: '9008', city: 'Tromsø' },
  { location: 'Bodø', street: 'Sjøgata 21', zipCode: '8006', city: 'Bodø' },
  { location: 'Ålesund', street: 'Keiser Wilhelms gate 25', zipCode: '6003', city: 'Ålesund' },
  { location: 'Hamar', street: 'Torggata 44', zipCode: '2317', city: 'Hamar' },
  { location: 'Sandvika', street: 'Rådmann Halmrasts vei 5', zipCode: '1337', city: 'Sandvika' },
];

/** Colleagues in the customer organization who also report things (besides the demo users). */
export const OTHER_ORG_USERS = [
  { name: 'Lars Johansen', email: 'lars.johansen@nordvikbygg.no', phone: '4794567890' },
  { name: 'Sofie Lie', email: 'sofie.lie@nordvikbygg.no', phone: '4795678901' },
  { name: 'Magnus Berg', email: 'magnus.berg@nordvikbygg.no', phone: '4796789012' },
];

export const SITE_CONTACTS = [
  { name: 'Eirik Dahl', email: 'eirik.dahl@nordvikbygg.no', phone: '4797890123' },
  { name: 'Nora Haugland', email: 'nora.haugland@nordvikbygg.no', phone: '4798901234' },
  { name: 'Jonas Strand', email: 'jonas.strand@nordvikbygg.no', phone: '4799012345' },
  { name: 'Hanne Solberg', email: 'hanne.solberg@nordvikbygg.no', phone: '4790123456' },
];

export const AGENTS = ['Marius Olsen', 'Thea Kristiansen', 'Andreas Moe', 'Per Haugen'];
export const ASSIGNEE_GROUPS = [
  'Kundeservice Bedrift',
  'Nettdrift Øst',
  'Nettdrift Vest',
  'System',
];

export const INCIDENT_PROBLEMS = [
  'Ruteren mister forbindelsen flere ganger i timen',
  'Ingen forbindelse siden i morges',
  'Svært treg linje på kontoret',
  'Kunder får opptattsignal på hovednummeret',
  'Ansatte får ikke sendt SMS',
  'Lysdioden på ruteren blinker rødt',
  'VPN-tunnelen til hovedkontoret faller ut',
  'Støy på linjen i resepsjonen',
  'Dårlig dekning i lageret',
  'Nettet stopper når det regner',
];

export const INCIDENT_DETAILS = [
  'Vi har restartet ruteren to ganger uten at det hjalp. Lampen for WAN lyser oransje.',
  'Feilen startet etter strømbruddet i går kveld. Alle enheter på stedet er berørt.',
  'Hastighetstest viser 3 Mbit/s mot avtalt 500 Mbit/s. Kablet tilkobling gir samme resultat.',
  'Problemet oppstår mellom kl. 08 og 10 hver dag. Vi har byttet nettverkskabel.',
  'Kundene våre klager på at de ikke kommer gjennom. Vi har testet fra flere telefoner.',
  'Vi har sjekket strømtilførsel og kabler. Indikatorlampene blinker rødt og grønt.',
];

/** What an order is for, by its reason. */
export const ORDER_NEEDS: Record<string, string[]> = {
  Nybestilling: [
    'Nytt kontor trenger tilkobling',
    'Ekstra mobilabonnementer til nyansatte',
    'Reserveløsning for butikken',
  ],
  Endring: ['Oppgradering av båndbredde', 'Flytting av linje til nytt bygg'],
  Oppsigelse: ['Oppsigelse av gammel ISDN-linje', 'Oppsigelse av linje på nedlagt lager'],
};

export const ORDER_QUESTIONS = [
  'Vi trenger bekreftelse på ønsket leveringsdato før vi kan gå videre.',
  'Kan dere oppgi kontaktperson som kan slippe inn teknikeren?',
  'Vi trenger etasje og rom for installasjonen.',
];

export const COMMENTS_FROM_CUSTOMER = [
  'Feilen kom tilbake i dag morges rundt kl. 07:30.',
  'Vi har nå byttet strømadapter, men det hjalp ikke.',
  'Teknikeren kan møte opp etter kl. 12. Ring resepsjonen ved ankomst.',
  'Takk for rask hjelp! Alt fungerer nå.',
  'Se vedlagt bilde av lampene på ruteren.',
  'Kan dere gi en oppdatering på saken?',
];

export const COMMENTS_FROM_AGENT = [
  'Vi har mottatt saken og ser på den.',
  'Vi ser utfall på linjen og sender en tekniker i morgen mellom 08 og 12.',
  'Kan dere bekrefte at ruteren er koblet til strøm og at WAN-lampen lyser?',
  'Linjekortet i sentralen er byttet. Vennligst bekreft at alt virker.',
  'Leveransen er planlagt til neste uke. Vi sender bekreftelse på e-post.',
  'Vi trenger adresse-ID for installasjonsadressen for å gå videre.',
];

export const ROOT_CAUSES = [
  {
    cause: 'Restart',
    description: 'Overoppheting av ruteren; restart og ny plassering løste det.',
  },
  { cause: 'Hardware', description: 'Defekt linjekort i sentralen ble byttet.' },
  { cause: 'Configuration', description: 'Feil VLAN-konfigurasjon etter endring ble rettet.' },
  { cause: 'Third party', description: 'Kabelbrudd ved graving; reparert av entreprenør.' },
];

export const ORIGIN_DETAILS = ['Min Bedrift', 'API', 'Kundeservice', 'Forhandler'];
