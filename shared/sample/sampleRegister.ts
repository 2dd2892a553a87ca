// The built-in sample register: the CM group's Art. 30 register, built by hand from the CM and RMOB CM Brussels privacy statements.
import { completeRegister, type Register } from '../model/register';
import { stampLegacyTranslations } from '../translation/legacyStamps';
import { sampleBrusselsActivities } from './sampleActivitiesBrussels';
import { sampleCmActivities } from './sampleActivitiesCm';
import {
  sampleDataCategories,
  sampleLegalReferences,
  sampleSecurityMeasures,
  sampleSubjectCategories,
} from './sampleCatalogues';
import { sampleOrganisations, sampleProcessorActivities } from './sampleOrganisations';
import { sampleProcessors, sampleRecipients, sampleTransfers } from './sampleParties';

/**
 * A fresh copy of the sample register on every call (callers may mutate it). Ids are fixed, so two calls give equal
 * registers. Fields the statements leave open stay open: the validation findings then show the work a DPO has left.
 */
export function sampleRegister(): Register {
  // The sample's translations are translations of the texts beside them: stamped as such, so a change makes them outdated.
  return stampLegacyTranslations(
    completeRegister({
      meta: {
        title: 'Register van de verwerkingsactiviteiten – CM',
        mainLanguage: 'nl',
        organisationName: 'CM (Christelijke Mutualiteit)',
        description:
          'Voorbeeldregister, opgesteld uit de privacyverklaringen van CM en van RMOB CM Brussel. Landen buiten de EER en enkele contractdata zijn illustratief.',
        i18n: {
          en: {
            title: 'Register of processing activities – CM',
            organisationName: 'CM (Christian Mutualities)',
            description:
              'Sample register, drawn up from the privacy statements of CM and RMOB CM Brussels. Countries outside the EEA and some contract dates are illustrative.',
          },
          fr: {
            title: 'Registre des activités de traitement – MC',
            organisationName: 'MC (Mutualité chrétienne)',
          },
        },
      },
      organisations: sampleOrganisations(),
      activities: [...sampleCmActivities(), ...sampleBrusselsActivities()],
      processorActivities: sampleProcessorActivities(),
      recipients: sampleRecipients(),
      processors: sampleProcessors(),
      transfers: sampleTransfers(),
      dataCategories: sampleDataCategories(),
      subjectCategories: sampleSubjectCategories(),
      securityMeasures: sampleSecurityMeasures(),
      legalReferences: sampleLegalReferences(),
    }),
  );
}
