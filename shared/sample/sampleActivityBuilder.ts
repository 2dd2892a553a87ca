// Builds sample activities from compact specs: nested ids (purposes, bases, sources, retention) derive from the activity number.
import type { LegalGroundCode } from '../catalogue/legalGrounds';
import type {
  Activity,
  ControllerRole,
  DataSource,
  LegalBasis,
  ProcessingCharacteristic,
  Purpose,
} from '../model/activity';
import type { RetentionRule } from '../model/retention';
import { sampleId, ORG, LR } from './sampleIds';
import { nl, optional, translations, type Text } from './sampleText';

/** Where an activity's data come from; reused by many activities. */
const SOURCES = {
  self: {
    text: {
      nl: 'De betrokkene zelf, zijn wettelijke vertegenwoordiger of iemand met een mandaat of akkoord',
      en: 'The data subject, their legal representative or someone with a mandate or consent',
      fr: 'La personne concernée, son représentant légal ou une personne mandatée',
    },
    fromDataSubject: true,
  },
  providers: {
    text: {
      nl: 'Zorgverleners die de betrokkene raadpleegde (ziekenhuizen, artsen, verpleegkundigen, ...), onder meer via de derdebetalersregeling',
      en: 'Healthcare providers the data subject consulted, including through the third-party payer scheme',
    },
    fromDataSubject: false,
  },
  ksz: {
    text: {
      nl: 'Instellingen van sociale zekerheid en overheidsdiensten (o.a. FOD Financiën) via de Kruispuntbank van de Sociale Zekerheid',
      en: 'Social security institutions and public services (including FPS Finance) through the Crossroads Bank for Social Security',
    },
    fromDataSubject: false,
  },
  riziv: {
    text: { nl: 'RIZIV', en: 'RIZIV (National Institute for Health and Disability Insurance)' },
    fromDataSubject: false,
  },
  iriscare: { text: 'Iriscare', fromDataSubject: false },
  ocmw: {
    text: {
      nl: 'Actoren van de geïntegreerde zorg (autonome centra voor algemeen welzijnswerk, OCMW’s)',
      en: 'Actors of integrated care (general social welfare centres, public social welfare centres)',
    },
    fromDataSubject: false,
  },
  cmMcLcm: {
    text: {
      nl: 'CM, MC en de LCM (leden van CM of MC zijn de facto lid van de SMR MC Wallonie, de RMOB CM Brussel en de LCM)',
      en: 'CM, MC and LCM (members of CM or MC are de facto members of SMR MC Wallonie, RMOB CM Brussels and LCM)',
    },
    fromDataSubject: false,
  },
  zorgkas: { text: 'CM-Zorgkas', fromDataSubject: false },
  brokers: {
    text: {
      nl: 'Derden aan wie de betrokkene toestemming gaf (adressenbestandenmakelaars, ...)',
      en: 'Third parties to whom the data subject gave consent (address list brokers, ...)',
    },
    fromDataSubject: false,
  },
  agents: { text: 'Regionale ziekenfondsen CM, als verzekeringsagent', fromDataSubject: false },
  recording: {
    text: { nl: 'Opname van het gesprek met de betrokkene', en: 'Recording of the conversation with the data subject' },
    fromDataSubject: true,
  },
  camera: {
    text: { nl: 'Beelden van bewakingscamera’s', en: 'Images from surveillance cameras' },
    fromDataSubject: true,
  },
  browser: {
    text: {
      nl: 'Toestel en browser van de bezoeker (IP-adres, cookies)',
      en: 'The visitor’s device and browser (IP address, cookies)',
    },
    fromDataSubject: true,
  },
  eid: {
    text: { nl: 'eID van de betrokkene, via CSAM of itsme', en: 'The data subject’s eID, through CSAM or itsme' },
    fromDataSubject: true,
  },
  ownFiles: {
    text: {
      nl: 'Eigen dossiers van de verplichte en aanvullende verzekering',
      en: 'Own files of the compulsory and supplementary insurance',
    },
    fromDataSubject: false,
  },
  documents: {
    text: {
      nl: 'Documenten en gesprekken van de betrokkene (attesten, offertes, chatgesprekken)',
      en: 'Documents and conversations of the data subject (certificates, quotations, chats)',
    },
    fromDataSubject: true,
  },
} as const satisfies Record<string, { text: Text; fromDataSubject: boolean }>;
export type SourceKey = keyof typeof SOURCES;

export interface BasisSpec {
  ground: LegalGroundCode;
  refs?: readonly string[];
  explanation?: Text;
}

export function basis(ground: LegalGroundCode, refs: readonly string[] = [], explanation?: Text): BasisSpec {
  return explanation === undefined ? { ground, refs } : { ground, refs, explanation };
}

export interface RetentionSpec<P extends string> {
  period?: string;
  criterion?: Text;
  trigger?: Text;
  purposes?: readonly P[];
  data?: readonly string[];
  refs?: readonly string[];
}

export interface ControllerSpec {
  organisationId: string;
  role: ControllerRole;
}

export interface ActivitySpec<P extends string> {
  /** 1–99: gives the activity id and the ids of everything nested in it. */
  no: number;
  reference: string;
  name: Text;
  description?: Text;
  businessProcess?: Text;
  owner?: Text;
  controllers: readonly ControllerSpec[];
  purposes: Readonly<Record<P, Text>>;
  legalBases?: readonly BasisSpec[];
  subjects?: readonly string[];
  data?: readonly string[];
  sources?: readonly SourceKey[];
  recipients?: readonly string[];
  processors?: readonly string[];
  transfers?: readonly string[];
  retention?: readonly RetentionSpec<NoInfer<P>>[];
  security?: readonly string[];
  securityNotes?: Text;
  characteristics?: readonly ProcessingCharacteristic[];
  automatedDecision?: { profiling?: boolean; logic: string };
  dpia?: Activity['dpia'];
  systems?: string;
  notes?: Text;
  startDate?: string;
  lastReviewDate?: string;
  nextReviewDate?: string;
}

function nested(kind: 'purpose' | 'legalBasis' | 'source' | 'retention', activityNo: number, index: number): string {
  if (index >= 100) throw new RangeError('at most 99 nested items per sample activity');
  return sampleId(kind, activityNo * 100 + index);
}

export function activity<P extends string>(spec: ActivitySpec<P>): Activity {
  if (spec.no < 1 || spec.no > 99) throw new RangeError(`sample activity number out of range: ${spec.no}`);
  const purposeKeys = Object.keys(spec.purposes) as P[];
  const purposeId = new Map<P, string>(purposeKeys.map((key, i) => [key, nested('purpose', spec.no, i + 1)]));
  const idOfPurpose = (key: P): string => {
    const id = purposeId.get(key);
    if (id === undefined) throw new Error(`${spec.reference}: unknown purpose ${key}`);
    return id;
  };

  const purposes: Purpose[] = purposeKeys.map((key) => {
    const text = spec.purposes[key];
    return {
      id: idOfPurpose(key),
      description: nl(text),
      ...optional('i18n', translations<'description'>({ description: text })),
    };
  });
  const legalBases: LegalBasis[] = (spec.legalBases ?? []).map((b, i) => ({
    id: nested('legalBasis', spec.no, i + 1),
    ground: b.ground,
    legalReferenceIds: [...(b.refs ?? [])],
    ...optional('explanation', b.explanation === undefined ? undefined : nl(b.explanation)),
    ...optional('i18n', translations({ explanation: b.explanation })),
  }));
  const sources: DataSource[] = (spec.sources ?? []).map((key, i) => {
    const source = SOURCES[key];
    return {
      id: nested('source', spec.no, i + 1),
      description: nl(source.text),
      fromDataSubject: source.fromDataSubject,
      ...optional('i18n', translations({ description: source.text })),
    };
  });
  const retention: RetentionRule[] = (spec.retention ?? []).map((r, i) => ({
    id: nested('retention', spec.no, i + 1),
    ...optional('period', r.period),
    ...optional('criterion', r.criterion === undefined ? undefined : nl(r.criterion)),
    ...optional('trigger', r.trigger === undefined ? undefined : nl(r.trigger)),
    purposeIds: (r.purposes ?? []).map(idOfPurpose),
    dataCategoryIds: [...(r.data ?? [])],
    legalReferenceIds: [...(r.refs ?? [])],
    ...optional('i18n', translations({ criterion: r.criterion, trigger: r.trigger })),
  }));

  return {
    id: sampleId('activity', spec.no),
    reference: spec.reference,
    name: nl(spec.name),
    ...optional('description', spec.description === undefined ? undefined : nl(spec.description)),
    ...optional('businessProcess', spec.businessProcess === undefined ? undefined : nl(spec.businessProcess)),
    ...optional('owner', spec.owner === undefined ? undefined : nl(spec.owner)),
    controllers: spec.controllers.map((c) => ({ organisationId: c.organisationId, role: c.role })),
    purposes,
    legalBases,
    subjectCategoryIds: [...(spec.subjects ?? [])],
    dataCategoryIds: [...(spec.data ?? [])],
    sources,
    recipientIds: [...(spec.recipients ?? [])],
    processorIds: [...(spec.processors ?? [])],
    transferIds: [...(spec.transfers ?? [])],
    retention,
    securityMeasureIds: [...(spec.security ?? [])],
    ...optional('securityNotes', spec.securityNotes === undefined ? undefined : nl(spec.securityNotes)),
    characteristics: [...(spec.characteristics ?? [])],
    ...optional(
      'automatedDecision',
      spec.automatedDecision === undefined
        ? undefined
        : { exists: true, profiling: spec.automatedDecision.profiling ?? false, logic: spec.automatedDecision.logic },
    ),
    ...optional('dpia', spec.dpia === undefined ? undefined : { ...spec.dpia }),
    ...optional('systems', spec.systems),
    status: 'active',
    ...optional('startDate', spec.startDate),
    ...optional('lastReviewDate', spec.lastReviewDate),
    ...optional('nextReviewDate', spec.nextReviewDate),
    ...optional('notes', spec.notes === undefined ? undefined : nl(spec.notes)),
    ...optional(
      'i18n',
      translations({
        name: spec.name,
        description: spec.description,
        businessProcess: spec.businessProcess,
        owner: spec.owner,
        securityNotes: spec.securityNotes,
        notes: spec.notes,
      }),
    ),
  };
}

/** The Landsbond and the regional health funds, jointly responsible for the compulsory and supplementary insurance. */
export function cmJointControllers(): ControllerSpec[] {
  return [
    { organisationId: ORG.lcm, role: 'joint-controller' },
    { organisationId: ORG.regionalFunds, role: 'joint-controller' },
  ];
}

export function soleController(organisationId: string): ControllerSpec[] {
  return [{ organisationId, role: 'controller' }];
}

/** The criterion both statements give where the law sets no period. */
export const LEGAL_RETENTION_CRITERION: Text = {
  nl: 'Zolang nodig voor de naleving van de wettelijke verplichtingen; waar de wet een bewaartermijn oplegt, die termijn; anders de termijn die de verwerkingsverantwoordelijke noodzakelijk acht voor de efficiënte uitvoering van de verzekering.',
  en: 'As long as needed to comply with legal obligations; the statutory period where the law sets one; otherwise the period the controller deems necessary for running the insurance efficiently.',
};

/** Recurring sets of legal references. */
export const REFS = {
  compulsoryObligation: [LR.gvuWet, LR.ziekenfondsWet, LR.kszWet, LR.handvest],
  publicTask: [LR.ziekenfondsWet, LR.gvuWet],
  socialSecurityLaw: [LR.gvuWet, LR.kb1996],
  healthCare: [LR.gvuWet, LR.patientenrechten],
  nationalNumber: [LR.rijksregisterWet, LR.kb1986, LR.gdprNationalId],
  research: [LR.wetGegevensbescherming, LR.gdprResearch],
} as const;
