/**
 * A seeded generator of large, realistic registers for the benchmark (`npm run bench`) and for anyone who needs a
 * register of a given size: Dutch-looking texts with accents of realistic lengths (names 20–80 characters,
 * descriptions and purposes 50–300), and per activity 3–10 recipients and processors together, 5–15 data categories,
 * 2 retention rules and 1–3 transfers. The catalogues grow with the register: one recipient per 10 activities, one
 * processor per 20, and controllers, legal references, subject categories, security measures, data categories and
 * transfers in proportion.
 *
 * The same count and seed always give the same register (mulberry32, no clock, no Math.random), and the result is
 * exactly what `registerSchema.parse` returns for it: every defaulted field is written out and every text is trimmed.
 * Pure TypeScript: runs in Node and in the browser.
 */
import type { LegalGroundCode } from '../catalogue/legalGrounds';
import type { TransferMechanismCode } from '../catalogue/transferMechanisms';
import {
  completeRegister,
  DATA_CATEGORY_FAMILIES,
  PROCESSING_CHARACTERISTICS,
  RECIPIENT_CATEGORIES,
  SECURITY_MEASURE_FAMILIES,
  SPECIAL_DATA_TYPES,
  type Activity,
  type ActivityStatus,
  type DataCategory,
  type LegalBasis,
  type LegalReference,
  type Organisation,
  type Processor,
  type ProcessorActivity,
  type Purpose,
  type Recipient,
  type Register,
  type RetentionRule,
  type SecurityMeasure,
  type SubjectCategory,
  type Transfer,
} from '../model';

// ---------------------------------------------------------------------------------------------------------------
// Randomness

/** mulberry32: 32 bits of state, fast, good enough for test data, identical in every JavaScript engine. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Random {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  /** 0 ≤ x < 1 */
  float(): number {
    return this.next();
  }
  /** An integer from min to max, both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(list: readonly T[]): T {
    if (list.length === 0) throw new RangeError('pick from an empty list');
    return list[Math.floor(this.next() * list.length)] as T;
  }
  /** `count` distinct items (fewer when the list is shorter), in the order drawn. */
  distinct<T>(list: readonly T[], count: number): T[] {
    const n = Math.min(count, list.length);
    const chosen = new Set<number>();
    while (chosen.size < n) chosen.add(Math.floor(this.next() * list.length));
    return [...chosen].map((i) => list[i] as T);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Texts

/** Words of the running text: Dutch as a Belgian health fund writes it, accents included. */
// prettier-ignore
const WORDS = [
  'beheer', 'van', 'de', 'het', 'een', 'dossier', 'leden', 'terugbetaling', 'tegemoetkoming', 'geïntegreerde', 'zorg',
  'coördinatie', 'financiële', 'opvolging', 'gegevens', 'verwerking', 'patiënt', 'patiënten', 'ziekenfonds',
  'uitkering', 'arbeidsongeschiktheid', 'verzekerbaarheid', 'bijdrage', 'aanvullende', 'verzekering', 'ideeën', 'één',
  'reëel', 'privé', 'België', 'Brussel', 'Wallonië', 'financiën', 'thuiszorg', 'mantelzorger', 'zorgverlener',
  'huisarts', 'ziekenhuis', 'opname', 'kwaliteit', 'dienstverlening', 'wettelijke', 'rapportering', 'overheid',
  'fraude', 'bestrijding', 'statistische', 'analyse', 'gepseudonimiseerde', 'vorm', 'contactgegevens',
  'rijksregisternummer', 'betaling', 'factuur', 'maximumfactuur', 'rechthebbende', 'controle', 'geneeskundige',
  'attesten', 'aanvraag', 'behandeling', 'klachten', 'ombudsdienst', 'communicatie', 'nieuwsbrief', 'campagne',
  'preventie', 'gezondheid', 'welzijn', 'jongeren', 'senioren', 'vakantie', 'vrijwilligers', 'personeel',
  'loonadministratie', 'werving', 'selectie', 'opleiding', 'evaluatie', 'toegang', 'beveiliging', 'logbestanden',
  'archief', 'bewaring', 'overdracht', 'derde', 'landen', 'verwerker', 'ontvanger', 'doorgifte', 'cliënten', 'café',
  'geüpdatete', 'coöperatie', 'naïeve', 'reünie', 'enquête', 'crèche', 'procédure', 'sociale', 'zekerheid',
  'Kruispuntbank', 'RIZIV', 'mutualiteit', 'na', 'voor', 'met', 'door', 'en', 'of', 'om', 'te', 'bij', 'in', 'op',
  'uit', 'naar', 'tot', 'over', 'onder', 'tussen', 'volgens', 'zoals', 'waarbij', 'binnen', 'zonder', 'per',
] as const;
const SHORT_WORDS = ['en', 'de', 'of', 'te', 'op'] as const;

/**
 * Words used only in activity names, so a search for one of them finds a known share of the activities (about one in
 * twelve each) and nothing else.
 */
export // prettier-ignore
const NAME_MARKERS = [
  'kwartel', 'zwaluw', 'merel', 'specht', 'reiger', 'fuut', 'grutto', 'kievit', 'koekoek', 'ijsvogel', 'patrijs',
  'wielewaal',
] as const;

// prettier-ignore
const FRENCH_WORDS = [
  'gestion', 'des', 'dossiers', 'membres', 'remboursement', 'intervention', 'soins', 'intégrés', 'coordination',
  'données', 'traitement', 'qualité', 'sécurité', 'prévention', 'santé', 'bien-être', 'jeunes', 'aînés', 'élève',
  'réclamations', 'médecin', 'hôpital', 'assurance', 'complémentaire', 'et', 'de', 'la', 'le', 'du', 'pour', 'après',
] as const;

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Words from `words` until the text is between min and max characters long (max included). */
function words(random: Random, list: readonly string[], min: number, max: number): string {
  const target = random.int(min, max);
  let out = random.pick(list);
  while (out.length < target) {
    let word: string = random.pick(list);
    if (out.length + 1 + word.length > max) word = random.pick(SHORT_WORDS);
    if (out.length + 1 + word.length > max) break;
    out += ` ${word}`;
  }
  return out;
}

/** A sentence of min–max characters, full stop included. */
function sentence(random: Random, min: number, max: number): string {
  return `${capitalise(words(random, WORDS, min - 1, max - 1))}.`;
}

/** A name of min–max characters, no full stop. */
function name(random: Random, min: number, max: number, prefix = ''): string {
  const rest = words(random, WORDS, Math.max(1, min - prefix.length), max - prefix.length);
  return capitalise(`${prefix}${rest}`);
}

// ---------------------------------------------------------------------------------------------------------------
// Ids, dates, numbers

/** Record kinds in the first group of an id, so ids of different kinds never collide and stay readable. */
const ID_KIND = {
  organisation: 0x01,
  activity: 0x0a,
  processorActivity: 0x0b,
  recipient: 0x0c,
  processor: 0x0d,
  transfer: 0x0e,
  dataCategory: 0x0f,
  subjectCategory: 0x10,
  securityMeasure: 0x11,
  legalReference: 0x12,
  purpose: 0x20,
  legalBasis: 0x21,
  source: 0x22,
  retention: 0x23,
  processingCategory: 0x24,
} as const;

function idOf(kind: keyof typeof ID_KIND, n: number): string {
  return `${ID_KIND[kind].toString(16).padStart(8, '0')}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}

function isoDate(random: Random, fromYear: number, toYear: number): string {
  const year = random.int(fromYear, toYear);
  const month = random.int(1, 12);
  const day = random.int(1, 28);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A Belgian enterprise number with a correct check (97 − base mod 97), written `0XXX.XXX.XXX`. */
function enterpriseNumber(random: Random): string {
  const base = random.int(2_000_000, 9_999_999); // with the leading 0: eight digits
  const check = 97 - (base % 97);
  const digits = `0${base}${String(check).padStart(2, '0')}`;
  return `${digits.slice(0, 4)}.${digits.slice(4, 7)}.${digits.slice(7)}`;
}

const CITIES = [
  { postalCode: '1000', city: 'Brussel' },
  { postalCode: '2000', city: 'Antwerpen' },
  { postalCode: '3000', city: 'Leuven' },
  { postalCode: '4000', city: 'Liège' },
  { postalCode: '5000', city: 'Namur' },
  { postalCode: '8000', city: 'Brugge' },
  { postalCode: '9000', city: 'Gent' },
  { postalCode: '3500', city: 'Hasselt' },
] as const;

function address(random: Random): { street: string; postalCode: string; city: string; country: string } {
  const place = random.pick(CITIES);
  const street = `${capitalise(random.pick(['Haachtsesteenweg', 'Rue de la Loi', 'Kortrijksesteenweg', 'Chaussée de Haecht', 'Tiensestraat', 'Boulevard Anspach']))} ${random.int(1, 400)}`;
  return { street, postalCode: place.postalCode, city: place.city, country: 'BE' };
}

/** Countries outside the EEA transfers go to; the first eight have an adequacy decision (or its equivalent here). */
const ADEQUATE = ['GB', 'CH', 'CA', 'JP', 'IL', 'NZ', 'KR', 'UY'] as const;
const NOT_ADEQUATE = ['US', 'IN', 'MA', 'TR', 'PH', 'BR'] as const;
const SPECIAL_GROUNDS: readonly LegalGroundCode[] = ['art9-2-b', 'art9-2-h', 'art9-2-g', 'art9-2-j'];
const ORDINARY_GROUNDS: readonly LegalGroundCode[] = ['art6-1-b', 'art6-1-c', 'art6-1-e', 'art6-1-f', 'art6-1-a'];
const SAFEGUARDS: readonly TransferMechanismCode[] = ['art46-2-c', 'art46-2-c', 'art47', 'art46-2-d'];

// ---------------------------------------------------------------------------------------------------------------
// The register

export interface CatalogueSizes {
  controllers: number;
  externalControllers: number;
  dpos: number;
  recipients: number;
  processors: number;
  transfers: number;
  dataCategories: number;
  subjectCategories: number;
  securityMeasures: number;
  legalReferences: number;
  processorActivities: number;
}

/** How many records of each catalogue a register of `activityCount` activities gets. */
export function catalogueSizes(activityCount: number): CatalogueSizes {
  const n = Math.max(1, activityCount);
  const controllers = Math.max(2, Math.ceil(n / 500));
  return {
    controllers,
    externalControllers: Math.max(1, Math.ceil(controllers / 2)),
    dpos: Math.max(1, Math.ceil(controllers / 5)),
    recipients: Math.max(3, Math.ceil(n / 10)),
    processors: Math.max(3, Math.ceil(n / 20)),
    transfers: Math.max(3, Math.ceil(n / 10)),
    dataCategories: Math.max(20, Math.ceil(n / 20)),
    subjectCategories: Math.max(8, Math.ceil(n / 50)),
    securityMeasures: Math.max(12, Math.ceil(n / 40)),
    legalReferences: Math.max(10, Math.ceil(n / 25)),
    processorActivities: Math.max(1, Math.ceil(n / 100)),
  };
}

export function generateRegister(activityCount: number, seed = 1): Register {
  if (!Number.isInteger(activityCount) || activityCount < 0) {
    throw new RangeError(`generateRegister: activityCount must be a whole number ≥ 0, got ${activityCount}`);
  }
  const random = new Random(seed);
  const sizes = catalogueSizes(activityCount);
  const nested = { purpose: 0, legalBasis: 0, source: 0, retention: 0, processingCategory: 0 };
  const nextId = (kind: keyof typeof nested): string => idOf(kind, ++nested[kind]);
  const range = (count: number) => Array.from({ length: count }, (_, i) => i + 1);

  // Organisations: the group's controllers, the external controllers it processes for, DPOs, the authority.
  const controllers: Organisation[] = range(sizes.controllers).map((i) => ({
    id: idOf('organisation', i),
    name: `Ziekenfonds ${name(random, 8, 40)} ${i}`,
    kind: 'controller',
    enterpriseNumber: enterpriseNumber(random),
    address: address(random),
    email: `privacy${i}@ziekenfonds.example.be`,
    phone: `+32 2 ${random.int(200, 999)} ${random.int(10, 99)} ${random.int(10, 99)}`,
    servesOrganisationIds: [],
  }));
  let orgNumber = controllers.length;
  const externalControllers: Organisation[] = range(sizes.externalControllers).map((i) => ({
    id: idOf('organisation', ++orgNumber),
    name: `Verzekeraar ${name(random, 8, 40)} ${i}`,
    kind: 'external-controller',
    enterpriseNumber: enterpriseNumber(random),
    address: address(random),
    servesOrganisationIds: [],
  }));
  const dpos: Organisation[] = range(sizes.dpos).map((i) => ({
    id: idOf('organisation', ++orgNumber),
    name: `Functionaris gegevensbescherming ${i}`,
    kind: 'dpo',
    email: `dpo${i}@ziekenfonds.example.be`,
    dpoIsStaff: random.chance(0.7),
    servesOrganisationIds: controllers.filter((_, k) => k % sizes.dpos === i - 1).map((c) => c.id),
  }));
  const authority: Organisation = {
    id: idOf('organisation', ++orgNumber),
    name: 'Gegevensbeschermingsautoriteit',
    kind: 'supervisory-authority',
    address: { street: 'Drukpersstraat 35', postalCode: '1000', city: 'Brussel', country: 'BE' },
    email: 'contact@apd-gba.be',
    website: 'www.gegevensbeschermingsautoriteit.be',
    servesOrganisationIds: [],
  };

  const legalReferences: LegalReference[] = range(sizes.legalReferences).map((i): LegalReference => {
    const id = idOf('legalReference', i);
    const description = sentence(random, 50, 300);
    switch (i % 4) {
      case 0:
        return {
          id,
          name: name(random, 20, 80, 'AVG '),
          kind: 'gdpr',
          provision: random.pick(ORDINARY_GROUNDS),
          description,
        };
      case 1:
        return {
          id,
          name: name(random, 20, 80, 'Wet betreffende '),
          kind: 'statute',
          date: isoDate(random, 1990, 2024),
          article: `art. ${random.int(1, 300)}`,
          description,
        };
      case 2:
        return {
          id,
          name: name(random, 20, 80, 'Beraadslaging '),
          kind: 'isc-deliberation',
          number: `${random.int(10, 25)}/${String(random.int(1, 300)).padStart(3, '0')}`,
          date: isoDate(random, 2010, 2025),
          chamber: 'social-security-health',
          description,
        };
      default:
        return {
          id,
          name: name(random, 20, 80, 'Protocol '),
          kind: 'agreement',
          parties: name(random, 20, 80),
          date: isoDate(random, 2015, 2025),
          description,
        };
    }
  });
  const legalReferenceIds = legalReferences.map((r) => r.id);

  const dataCategories: DataCategory[] = range(sizes.dataCategories).map((i) => {
    const kind = i % 10 === 0 ? 'special' : i % 23 === 0 ? 'criminal' : i === 1 ? 'national-id' : 'ordinary';
    return {
      id: idOf('dataCategory', i),
      name: name(random, 20, 80),
      kind,
      specialTypes: kind === 'special' ? [random.pick(SPECIAL_DATA_TYPES)] : [],
      family: random.pick(DATA_CATEGORY_FAMILIES),
      description: sentence(random, 50, 300),
    };
  });
  const special = new Set(dataCategories.filter((d) => d.kind === 'special').map((d) => d.id));

  const subjectCategories: SubjectCategory[] = range(sizes.subjectCategories).map((i) => ({
    id: idOf('subjectCategory', i),
    name: name(random, 20, 80),
    description: sentence(random, 50, 300),
    vulnerable: random.chance(0.2),
  }));

  const securityMeasures: SecurityMeasure[] = range(sizes.securityMeasures).map((i) => ({
    id: idOf('securityMeasure', i),
    name: name(random, 20, 80),
    type: random.chance(0.6) ? 'technical' : 'organisational',
    family: random.pick(SECURITY_MEASURE_FAMILIES),
    description: sentence(random, 50, 300),
  }));

  const recipients: Recipient[] = range(sizes.recipients).map((i) => ({
    id: idOf('recipient', i),
    name: name(random, 20, 80),
    internal: random.chance(0.25),
    category: random.pick(RECIPIENT_CATEGORIES),
    country: random.chance(0.85) ? 'BE' : random.pick(['NL', 'FR', 'DE', 'LU']),
    description: sentence(random, 50, 300),
    legalReferenceIds: random.distinct(legalReferenceIds, random.int(0, 2)),
  }));

  const processors: Processor[] = range(sizes.processors).map((i) => {
    const abroad = random.chance(0.25);
    return {
      id: idOf('processor', i),
      name: name(random, 20, 80),
      enterpriseNumber: enterpriseNumber(random),
      address: address(random),
      email: `contact${i}@verwerker.example.be`,
      description: sentence(random, 50, 300),
      contractDate: isoDate(random, 2018, 2025),
      contractReference: `VWO-${String(i).padStart(5, '0')}`,
      countries: abroad ? ['BE', random.pick([...ADEQUATE, ...NOT_ADEQUATE])] : ['BE'],
      subProcessorIds: [],
      securityCommitments: sentence(random, 50, 300),
    };
  });

  // Transfers go to a recipient or a processor; an activity that uses a transfer also names its party.
  const transfers: Transfer[] = range(sizes.transfers).map((i) => {
    const toProcessor = i % 3 === 0;
    const party = toProcessor ? processors[(i - 1) % processors.length] : recipients[(i - 1) % recipients.length];
    const adequate = random.chance(0.6);
    const country = adequate ? random.pick(ADEQUATE) : random.pick(NOT_ADEQUATE);
    const transfer: Transfer = {
      id: idOf('transfer', i),
      name: name(random, 20, 80, 'Doorgifte '),
      ...(toProcessor ? { processorId: party?.id ?? '' } : { recipientId: party?.id ?? '' }),
      country,
      mechanism: adequate ? 'art45' : random.pick(SAFEGUARDS),
      description: sentence(random, 50, 300),
    };
    if (!adequate) {
      transfer.instrument = name(random, 20, 80, 'Standaardcontractbepalingen ');
      transfer.documentation = sentence(random, 50, 300);
    }
    return transfer;
  });

  const controllerIds = controllers.map((c) => c.id);
  const dataCategoryIds = dataCategories.map((d) => d.id);
  const subjectCategoryIds = subjectCategories.map((s) => s.id);
  const securityMeasureIds = securityMeasures.map((m) => m.id);
  const recipientIds = recipients.map((r) => r.id);
  const processorIds = processors.map((p) => p.id);

  const activities = range(activityCount).map((n): Activity => {
    const activityTransfers = random.distinct(transfers, random.int(1, 3));
    const linked = { recipients: new Set<string>(), processors: new Set<string>() };
    for (const t of activityTransfers) {
      if (t.recipientId) linked.recipients.add(t.recipientId);
      if (t.processorId) linked.processors.add(t.processorId);
    }
    const parties = Math.min(random.int(3, 10), recipientIds.length + processorIds.length);
    while (linked.recipients.size + linked.processors.size < parties) {
      const useProcessor =
        linked.recipients.size >= recipientIds.length ||
        (linked.processors.size < processorIds.length && random.chance(1 / 3));
      if (useProcessor) linked.processors.add(random.pick(processorIds));
      else linked.recipients.add(random.pick(recipientIds));
    }

    const categories = random.distinct(dataCategoryIds, random.int(5, 15));
    const purposes: Purpose[] = range(random.int(1, 3)).map(() => ({
      id: nextId('purpose'),
      description: sentence(random, 50, 300),
    }));
    const grounds = random.distinct(ORDINARY_GROUNDS, random.int(1, 2));
    if (categories.some((c) => special.has(c))) grounds.push(random.pick(SPECIAL_GROUNDS));
    const legalBases: LegalBasis[] = grounds.map((ground) => ({
      id: nextId('legalBasis'),
      ground,
      legalReferenceIds: random.distinct(legalReferenceIds, random.int(0, 2)),
      ...(ground === 'art6-1-f' ? { explanation: sentence(random, 50, 300) } : {}),
    }));
    const split = random.int(1, categories.length - 1);
    const retention: RetentionRule[] = [
      {
        id: nextId('retention'),
        period: `P${random.int(1, 30)}Y`,
        trigger: sentence(random, 20, 80),
        purposeIds: [purposes[0]?.id ?? ''],
        dataCategoryIds: categories.slice(0, split),
        legalReferenceIds: random.distinct(legalReferenceIds, random.int(0, 1)),
      },
      random.chance(0.7)
        ? {
            id: nextId('retention'),
            period: `P${random.int(6, 120)}M`,
            trigger: sentence(random, 20, 80),
            purposeIds: [],
            dataCategoryIds: categories.slice(split),
            legalReferenceIds: [],
          }
        : {
            id: nextId('retention'),
            criterion: sentence(random, 50, 300),
            purposeIds: [],
            dataCategoryIds: categories.slice(split),
            legalReferenceIds: [],
          },
    ];
    const characteristics = random.distinct(PROCESSING_CHARACTERISTICS, random.pick([0, 0, 0, 1, 1, 2, 3]));
    const statusRoll = random.float();
    const status: ActivityStatus = statusRoll < 0.75 ? 'active' : statusRoll < 0.92 ? 'draft' : 'retired';
    const startDate = isoDate(random, 2005, 2023);
    const activity: Activity = {
      id: idOf('activity', n),
      reference: `VA-${String(n).padStart(5, '0')}`,
      name: name(random, 20, 80, `${random.pick(NAME_MARKERS)} `),
      description: sentence(random, 50, 300),
      businessProcess: name(random, 20, 80),
      owner: random.pick([
        'Ledendienst',
        'Financiën',
        'HR',
        'ICT',
        'Juridische dienst',
        'Zorgdiensten',
        'Communicatie',
      ]),
      controllers: random
        .distinct(controllerIds, random.chance(0.85) ? 1 : 2)
        .map((organisationId) => ({ organisationId, role: 'controller' as const })),
      purposes,
      legalBases,
      subjectCategoryIds: random.distinct(subjectCategoryIds, random.int(1, 4)),
      dataCategoryIds: categories,
      sources: range(random.int(1, 2)).map((k) => ({
        id: nextId('source'),
        description: sentence(random, 50, 150),
        fromDataSubject: k === 1,
      })),
      recipientIds: [...linked.recipients],
      processorIds: [...linked.processors],
      transferIds: activityTransfers.map((t) => t.id),
      retention,
      securityMeasureIds: random.distinct(securityMeasureIds, random.int(3, 8)),
      characteristics,
      systems: name(random, 20, 80),
      status,
      startDate,
      lastReviewDate: isoDate(random, 2023, 2025),
      nextReviewDate: isoDate(random, 2025, 2028),
    };
    if (random.chance(0.3)) activity.securityNotes = sentence(random, 50, 300);
    if (characteristics.length >= 2) {
      activity.dpia = {
        status: 'done',
        reference: `DPIA-${String(n).padStart(5, '0')}`,
        date: isoDate(random, 2019, 2025),
      };
    } else if (random.chance(0.5)) {
      activity.dpia = { status: 'not-required' };
    }
    if (characteristics.includes('automated-decision-legal-effect')) {
      activity.automatedDecision = { exists: true, profiling: random.chance(0.5), logic: sentence(random, 50, 300) };
    }
    if (status === 'retired') activity.endDate = isoDate(random, 2024, 2025);
    if (random.chance(0.25)) activity.i18n = { fr: { name: capitalise(words(random, FRENCH_WORDS, 20, 80)) } };
    return activity;
  });

  const processorActivities = range(sizes.processorActivities).map((i): ProcessorActivity => ({
    id: idOf('processorActivity', i),
    name: name(random, 20, 80),
    reference: `VV-${String(i).padStart(4, '0')}`,
    processorOrganisationId: random.pick(controllerIds),
    controllerOrganisationIds: [random.pick(externalControllers).id],
    processingCategories: range(random.int(1, 3)).map(() => ({
      id: nextId('processingCategory'),
      description: sentence(random, 50, 300),
    })),
    subProcessorIds: random.distinct(processorIds, random.int(0, 2)),
    transferIds: [],
    securityMeasureIds: random.distinct(securityMeasureIds, random.int(2, 5)),
    contractDate: isoDate(random, 2018, 2025),
    status: 'active',
    startDate: isoDate(random, 2010, 2023),
    lastReviewDate: isoDate(random, 2023, 2025),
    nextReviewDate: isoDate(random, 2025, 2028),
  }));

  return completeRegister({
    meta: {
      title: `Register van de verwerkingsactiviteiten – ${activityCount} activiteiten`,
      mainLanguage: 'nl',
      organisationName: 'Landsbond der Ziekenfondsen (benchmark)',
      description: sentence(random, 50, 300),
      createdOn: '2024-01-15',
    },
    organisations: [...controllers, ...externalControllers, ...dpos, authority],
    activities,
    processorActivities,
    recipients,
    processors,
    transfers,
    dataCategories,
    subjectCategories,
    securityMeasures,
    legalReferences,
  });
}
