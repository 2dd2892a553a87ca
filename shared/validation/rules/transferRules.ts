/**
 * Transfer records (Chapter V GDPR): each transfer to a third country names its ground, and the ground is one the
 * country can bear; safeguards name their instrument, and derogations are documented (Art. 49(6), Art. 30(1)(e)).
 * These rules look at the transfer itself, whatever activity uses it.
 */
import { countryStatus } from '../../catalogue/countries';
import { TRANSFER_MECHANISMS, transferMechanismFamily } from '../../catalogue/transferMechanisms';
import { defineRule, isBlank, type Rule } from '../rule';

export const TRANSFER_RULES: readonly Rule[] = [
  defineRule({
    code: 'TRF_NO_MECHANISM',
    severity: 'error',
    description: {
      nl: 'Een doorgifte naar een derde land zonder adequaatheidsbesluit vermeldt haar grond (Art. 46, 47 of 49 AVG).',
      fr: "Un transfert vers un pays tiers sans décision d'adéquation indique son fondement (Art. 46, 47 ou 49 RGPD).",
      en: 'A transfer to a third country without adequacy decision names its ground (Art. 46, 47 or 49 GDPR).',
    },
    *find(register) {
      for (const transfer of register.transfers) {
        if (transfer.mechanism === undefined && countryStatus(transfer.country) === 'third-country') {
          yield { kind: 'transfers', record: transfer, field: 'mechanism', params: { country: transfer.country } };
        }
      }
    },
  }),
  defineRule({
    code: 'TRF_ADEQUACY_WITHOUT_DECISION',
    severity: 'error',
    description: {
      nl: 'Een doorgifte op basis van een adequaatheidsbesluit (Art. 45 AVG) gaat naar een land waarvoor zo een besluit bestaat.',
      fr: "Un transfert fondé sur une décision d'adéquation (Art. 45 RGPD) vise un pays qui en bénéficie.",
      en: 'A transfer relying on an adequacy decision (Art. 45 GDPR) goes to a country that has one.',
    },
    *find(register) {
      for (const transfer of register.transfers) {
        if (
          transfer.mechanism !== undefined &&
          transferMechanismFamily(transfer.mechanism) === 'adequacy' &&
          countryStatus(transfer.country) === 'third-country'
        ) {
          yield { kind: 'transfers', record: transfer, field: 'mechanism', params: { country: transfer.country } };
        }
      }
    },
  }),
  defineRule({
    code: 'TRF_ART49_SECOND_NO_DOCUMENTATION',
    severity: 'error',
    description: {
      nl: 'Een doorgifte op grond van dwingende gerechtvaardigde belangen (Art. 49.1, tweede alinea AVG) documenteert de beoordeling en de waarborgen (Art. 49.6 en 30.1.e AVG).',
      fr: "Un transfert fondé sur des intérêts légitimes impérieux (Art. 49.1, second alinéa RGPD) documente l'évaluation et les garanties (Art. 49.6 et 30.1.e RGPD).",
      en: 'A transfer on compelling legitimate interests (Art. 49(1), second subparagraph GDPR) documents the assessment and the safeguards (Art. 49(6) and 30(1)(e) GDPR).',
    },
    *find(register) {
      for (const transfer of register.transfers) {
        if (
          transfer.mechanism !== undefined &&
          transferMechanismFamily(transfer.mechanism) === 'compelling-legitimate-interests' &&
          isBlank(transfer.documentation)
        ) {
          yield { kind: 'transfers', record: transfer, field: 'documentation' };
        }
      }
    },
  }),
  // The GDPR itself demands documentation only for the second subparagraph; for the other derogations the
  // EDPB guidelines 2/2018 expect the controller to be able to show why the derogation applies, hence a warning.
  defineRule({
    code: 'TRF_DEROGATION_NO_DOCUMENTATION',
    severity: 'warning',
    description: {
      nl: 'Een doorgifte op grond van een afwijking van Art. 49.1.a–g AVG documenteert waarom die afwijking van toepassing is.',
      fr: "Un transfert fondé sur une dérogation de l'Art. 49.1.a–g RGPD documente pourquoi elle s'applique.",
      en: 'A transfer relying on an Art. 49(1)(a)–(g) GDPR derogation documents why it applies.',
    },
    *find(register) {
      for (const transfer of register.transfers) {
        if (
          transfer.mechanism !== undefined &&
          transferMechanismFamily(transfer.mechanism) === 'derogation' &&
          isBlank(transfer.documentation)
        ) {
          yield {
            kind: 'transfers',
            record: transfer,
            field: 'documentation',
            params: { mechanism: transfer.mechanism },
          };
        }
      }
    },
  }),
  defineRule({
    code: 'TRF_NO_INSTRUMENT',
    severity: 'warning',
    description: {
      nl: 'Een doorgifte met passende waarborgen (Art. 46 of 47 AVG) vermeldt het instrument: welke standaardcontractbepalingen, BCR, gedragscode of certificering.',
      fr: "Un transfert assorti de garanties appropriées (Art. 46 ou 47 RGPD) nomme l'instrument : quelles clauses types, BCR, code de conduite ou certification.",
      en: 'A transfer with appropriate safeguards (Art. 46 or 47 GDPR) names the instrument: which clauses, BCR, code of conduct or certification.',
    },
    *find(register) {
      for (const transfer of register.transfers) {
        if (
          transfer.mechanism !== undefined &&
          TRANSFER_MECHANISMS[transfer.mechanism].needsInstrument &&
          isBlank(transfer.instrument)
        ) {
          yield { kind: 'transfers', record: transfer, field: 'instrument', params: { mechanism: transfer.mechanism } };
        }
      }
    },
  }),
  // An international organisation is a Chapter V destination wherever it sits, so only plain country transfers count.
  defineRule({
    code: 'TRF_INSIDE_EEA',
    severity: 'info',
    description: {
      nl: 'Een doorgifte gaat naar een land buiten de EER of naar een internationale organisatie.',
      fr: "Un transfert vise un pays hors de l'EEE ou une organisation internationale.",
      en: 'A transfer goes to a country outside the EEA or to an international organisation.',
    },
    *find(register) {
      for (const transfer of register.transfers) {
        if (countryStatus(transfer.country) === 'eea' && isBlank(transfer.internationalOrganisation)) {
          yield { kind: 'transfers', record: transfer, field: 'country', params: { country: transfer.country } };
        }
      }
    },
  }),
  defineRule({
    code: 'TRF_NO_PARTY',
    severity: 'warning',
    description: {
      nl: 'Een doorgifte vermeldt aan wie: een ontvanger, een verwerker of een internationale organisatie.',
      fr: 'Un transfert indique à qui : un destinataire, un sous-traitant ou une organisation internationale.',
      en: 'A transfer says to whom: a recipient, a processor or an international organisation.',
    },
    *find(register) {
      for (const transfer of register.transfers) {
        if (
          transfer.recipientId === undefined &&
          transfer.processorId === undefined &&
          isBlank(transfer.internationalOrganisation)
        ) {
          yield { kind: 'transfers', record: transfer, field: 'recipientId' };
        }
      }
    },
  }),
  defineRule({
    code: 'TRF_COUNTRY_MISMATCH',
    severity: 'warning',
    description: {
      nl: 'Het land van een doorgifte is het land van de ontvanger, of een land waar de verwerker gegevens verwerkt.',
      fr: "Le pays d'un transfert est celui du destinataire, ou un pays où le sous-traitant traite des données.",
      en: "A transfer's country is the recipient's country, or one where the processor processes data.",
    },
    *find(register, ctx) {
      for (const transfer of register.transfers) {
        const recipient = transfer.recipientId === undefined ? undefined : ctx.get('recipients', transfer.recipientId);
        const processor = transfer.processorId === undefined ? undefined : ctx.get('processors', transfer.processorId);
        const params = (party: string) => ({ party, country: transfer.country });
        if (recipient && recipient.country !== transfer.country) {
          yield { kind: 'transfers', record: transfer, field: 'country', params: params(recipient.name) };
        }
        // A processor without countries has simply not been described yet; that is not a contradiction.
        if (processor && processor.countries.length > 0 && !processor.countries.includes(transfer.country)) {
          yield { kind: 'transfers', record: transfer, field: 'country', params: params(processor.name) };
        }
      }
    },
  }),
  defineRule({
    code: 'TRF_UNUSED',
    severity: 'info',
    description: {
      nl: 'Elke doorgifte is gekoppeld aan een verwerkingsactiviteit of verwerkersactiviteit; het register beschrijft doorgiften per verwerking (Art. 30.1.e AVG).',
      fr: 'Chaque transfert est lié à un traitement ou à une activité de sous-traitance ; le registre décrit les transferts par traitement (Art. 30.1.e RGPD).',
      en: 'Every transfer is linked to a processing or processor activity; the register describes transfers per processing (Art. 30(1)(e) GDPR).',
    },
    *find(register) {
      const used = new Set<string>();
      for (const activity of register.activities) for (const id of activity.transferIds) used.add(id);
      for (const activity of register.processorActivities) for (const id of activity.transferIds) used.add(id);
      for (const transfer of register.transfers) {
        if (!used.has(transfer.id)) yield { kind: 'transfers', record: transfer };
      }
    },
  }),
];
