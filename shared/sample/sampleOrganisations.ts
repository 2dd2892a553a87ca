// Organisations of the sample register (group controllers, DPOs, authority) and the processor register (Art. 30(2)).
import type { Address, Organisation } from '../model/organisation';
import type { ProcessorActivity } from '../model/processorActivity';
import { sampleId, ORG, PA, PROC, SM } from './sampleIds';
import { nl, optional, translations, type Text } from './sampleText';

/** The seat the CM statement gives for the Landsbond, MOB CM-Vlaanderen, Solimut and MC Assure. */
function seat(): Address {
  return { street: 'Haachtsesteenweg 579 bus 40', postalCode: '1031', city: 'Schaarbeek', country: 'BE' };
}

export function sampleOrganisations(): Organisation[] {
  const org = (
    id: string,
    kind: Organisation['kind'],
    name: Text,
    fields: Omit<Partial<Organisation>, 'id' | 'kind' | 'name' | 'i18n'> = {},
  ): Organisation => ({
    id,
    kind,
    name: nl(name),
    servesOrganisationIds: [],
    ...fields,
    ...optional('i18n', translations({ name })),
  });

  return [
    org(
      ORG.lcm,
      'controller',
      {
        nl: 'Landsbond der Christelijke Mutualiteiten (LCM)',
        en: 'National Association of Christian Mutualities (LCM)',
        fr: 'Alliance nationale des mutualités chrétiennes',
      },
      { enterpriseNumber: '0411.702.543', address: seat(), website: 'www.cm.be' },
    ),
    org(
      ORG.regionalFunds,
      'controller',
      { nl: 'Regionale ziekenfondsen CM', en: 'CM regional health insurance funds', fr: 'Mutualités régionales MC' },
      {
        notes:
          'De privacyverklaring noemt de regionale ziekenfondsen niet afzonderlijk (het ziekenfonds waarbij het lid is aangesloten of dat het dossier behandelt). Elk ziekenfonds met naam, ondernemingsnummer en adres nog op te nemen.',
      },
    ),
    org(
      ORG.mobVlaanderen,
      'controller',
      {
        nl: 'MOB CM-Vlaanderen (Maatschappij van Onderlinge Bijstand)',
        en: 'MOB CM-Vlaanderen (mutual assistance company)',
      },
      {
        enterpriseNumber: '0851.601.503',
        address: seat(),
        notes:
          'Aanvullende verzekering van de Nederlandstalige ziekenfondsen. De privacyverklaring schrijft het ondernemingsnummer als 851.601.503.',
      },
    ),
    org(
      ORG.mobVerzekeringen,
      'controller',
      { nl: 'MOB Verzekeringen CM-Vlaanderen', en: 'MOB Verzekeringen CM-Vlaanderen (mutual insurance company)' },
      {
        address: seat(),
        notes:
          'Verwerkingsverantwoordelijke voor de facultatieve verzekeringen CM-Mediko Plan, CM-Hospitaalplan, CM Hospitaalfix en Fix Extra. De verklaring geeft geen ondernemingsnummer; na te gaan of dit een andere entiteit is dan MOB CM-Vlaanderen.',
      },
    ),
    org(
      ORG.solimut,
      'controller',
      { nl: 'Solimut (société mutualiste)', fr: 'Solimut (société mutualiste)', en: 'Solimut (mutual society)' },
      {
        enterpriseNumber: '0471.458.008',
        address: seat(),
        notes:
          'Aanvullende verzekering van de Franstalige ziekenfondsen. De privacyverklaring schrijft het ondernemingsnummer als 471.458.008.',
      },
    ),
    org(
      ORG.mcAssure,
      'controller',
      {
        nl: 'MC Assure (verzekeringsmaatschappij van onderlinge bijstand)',
        fr: "MC Assure (société mutualiste d'assurances)",
        en: 'MC Assure (mutual insurance company)',
      },
      {
        address: seat(),
        notes:
          'Verwerkingsverantwoordelijke voor de facultatieve verzekeringen Hospi + 100, Hospi + 200 en Dento +. De verklaring geeft geen ondernemingsnummer.',
      },
    ),
    org(
      ORG.rmob,
      'controller',
      {
        nl: 'RMOB CM Brussel (Regionale Maatschappij van Onderlinge Bijstand CM Brussel)',
        en: 'RMOB CM Brussels (Regional Mutual Assistance Company CM Brussels)',
        fr: 'SMR MC Bruxelles',
      },
      {
        enterpriseNumber: '0713.670.669',
        address: { street: 'Haachtsesteenweg 579', postalCode: '1031', city: 'Schaarbeek', country: 'BE' },
        notes: 'Voert de Brusselse sociale bescherming uit voor de Brusselse rechthebbenden.',
      },
    ),
    org(
      ORG.dpoCm,
      'dpo',
      {
        nl: 'Functionaris voor gegevensbescherming CM',
        en: 'Data protection officer CM',
        fr: 'Délégué à la protection des données MC',
      },
      {
        email: 'privacy@cm.be',
        address: { street: 'Haachtsesteenweg 579', postalCode: '1031', city: 'Schaarbeek', country: 'BE' },
        contactPerson: 'Data protection officer, p.a. Landsbond der Christelijke Mutualiteiten',
        servesOrganisationIds: [ORG.lcm, ORG.regionalFunds, ORG.mobVlaanderen, ORG.solimut],
        notes: 'Na te gaan of deze DPO ook optreedt voor MOB Verzekeringen CM-Vlaanderen en MC Assure.',
      },
    ),
    org(
      ORG.dpoRmob,
      'dpo',
      { nl: 'Functionaris voor gegevensbescherming RMOB CM Brussel', en: 'Data protection officer RMOB CM Brussels' },
      {
        address: { street: 'Haachtsesteenweg 579', postalCode: '1031', city: 'Schaarbeek', country: 'BE' },
        contactPerson: 'Data protection officer, p.a. RMOB CM Brussel',
        servesOrganisationIds: [ORG.rmob],
        notes: 'Het e-mailadres is in de gepubliceerde privacyverklaring niet leesbaar: nog aan te vullen.',
      },
    ),
    org(
      ORG.gba,
      'supervisory-authority',
      {
        nl: 'Gegevensbeschermingsautoriteit (GBA)',
        fr: 'Autorité de protection des données (APD)',
        en: 'Data Protection Authority',
      },
      {
        address: { street: 'Drukpersstraat 35', postalCode: '1000', city: 'Brussel', country: 'BE' },
        notes:
          'De CM-verklaring verwijst nog naar de vroegere Commissie voor de bescherming van de persoonlijke levenssfeer (www.privacycommission.be/nl/contact).',
      },
    ),
  ];
}

/** Where a group entity processes on behalf of another controller: the regional funds as insurance agents, the LCM for RMOB. */
export function sampleProcessorActivities(): ProcessorActivity[] {
  const category = (paNo: number, index: number, description: Text) => ({
    id: sampleId('processingCategory', paNo * 100 + index),
    description: nl(description),
    ...optional('i18n', translations({ description })),
  });
  return [
    {
      id: PA.agentMob,
      reference: 'VW-001',
      name: 'Verzekeringsagent voor de facultatieve verzekeringen van MOB Verzekeringen CM-Vlaanderen',
      processorOrganisationId: ORG.regionalFunds,
      controllerOrganisationIds: [ORG.mobVerzekeringen],
      processingCategories: [
        category(1, 1, {
          nl: 'Verwerking van de gegevens van CM-Mediko Plan, CM-Hospitaalplan, CM Hospitaalfix en Fix Extra als verzekeringsagent, op instructie van MOB Verzekeringen CM-Vlaanderen',
          en: 'Processing of the data of CM-Mediko Plan, CM-Hospitaalplan, CM Hospitaalfix and Fix Extra as insurance agent, on the instructions of MOB Verzekeringen CM-Vlaanderen',
        }),
      ],
      subProcessorIds: [],
      transferIds: [],
      securityMeasureIds: [SM.confidentialityAgreement, SM.professionalSecrecy, SM.accessControl],
      status: 'active',
      notes: 'Door de Nederlandstalige CM-ziekenfondsen.',
      i18n: { en: { name: 'Insurance agent for the optional insurances of MOB Verzekeringen CM-Vlaanderen' } },
    },
    {
      id: PA.agentMcAssure,
      reference: 'VW-002',
      name: 'Verzekeringsagent voor de facultatieve verzekeringen van MC Assure',
      processorOrganisationId: ORG.regionalFunds,
      controllerOrganisationIds: [ORG.mcAssure],
      processingCategories: [
        category(2, 1, {
          nl: 'Verwerking van de gegevens van Hospi + 100, Hospi + 200 en Dento + als verzekeringsagent, op instructie van MC Assure',
          fr: "Traitement des données d'Hospi + 100, Hospi + 200 et Dento + en tant qu'agent d'assurances, sur instruction de MC Assure",
        }),
      ],
      subProcessorIds: [],
      transferIds: [],
      securityMeasureIds: [SM.confidentialityAgreement, SM.professionalSecrecy, SM.accessControl],
      status: 'active',
      notes: 'Door de Franstalige CM-ziekenfondsen (MC).',
      i18n: { fr: { name: "Agent d'assurances pour les assurances facultatives de MC Assure" } },
    },
    {
      id: PA.supportRmob,
      reference: 'VW-003',
      name: 'Ondersteuning van RMOB CM Brussel door medewerkers van de LCM',
      processorOrganisationId: ORG.lcm,
      controllerOrganisationIds: [ORG.rmob],
      processingCategories: [
        category(3, 1, {
          nl: 'Ondersteuning door medewerkers van de LCM bij de taken van RMOB CM Brussel in de Brusselse sociale bescherming',
          en: 'Support by LCM employees for the tasks of RMOB CM Brussels in Brussels social protection',
        }),
      ],
      subProcessorIds: [PROC.ict, PROC.mailing],
      transferIds: [],
      securityMeasureIds: [SM.confidentialityAgreement, SM.professionalSecrecy, SM.processorContracts],
      status: 'active',
      notes:
        'RMOB CM Brussel noemt CM, MC en de LCM als verwerkers. Na te gaan of de ondersteuning door CM en MC (regionale ziekenfondsen) een eigen verwerkersactiviteit vraagt; verwerkersovereenkomst nog te documenteren.',
    },
  ];
}
