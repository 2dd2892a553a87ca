/** The transfer mechanisms in Dutch, worded after hoofdstuk V of the AVG. */
import type { TranslationOf } from '../../i18n/translate';
import type { en } from './en';

export const nl: TranslationOf<typeof en> = {
  labels: {
    art45: 'Adequaatheidsbesluit van de Europese Commissie',
    'art46-2-a': 'Juridisch bindend en afdwingbaar instrument tussen overheidsinstanties',
    'art46-2-b': 'Bindende bedrijfsvoorschriften als passende waarborg',
    'art46-2-c': 'Door de Commissie vastgestelde standaardbepalingen inzake gegevensbescherming',
    'art46-2-d': 'Door een toezichthoudende autoriteit vastgestelde standaardbepalingen inzake gegevensbescherming',
    'art46-2-e': 'Goedgekeurde gedragscode met bindende toezeggingen van de ontvanger',
    'art46-2-f': 'Goedgekeurd certificeringsmechanisme met bindende toezeggingen van de ontvanger',
    'art46-3-a': 'Door de toezichthoudende autoriteit toegestane contractbepalingen',
    'art46-3-b': 'Toegestane bepalingen in administratieve regelingen tussen overheidsinstanties',
    art47: 'Door een toezichthoudende autoriteit goedgekeurde bindende bedrijfsvoorschriften',
    'art49-1-a': "Uitdrukkelijke toestemming voor de doorgifte na informatie over de risico's",
    'art49-1-b': 'Uitvoering van een overeenkomst met de betrokkene',
    'art49-1-c': 'Overeenkomst gesloten in het belang van de betrokkene',
    'art49-1-d': 'Gewichtige redenen van algemeen belang',
    'art49-1-e': 'Instelling, uitoefening of onderbouwing van een rechtsvordering',
    'art49-1-f': 'Vitale belangen, betrokkene niet in staat toestemming te geven',
    'art49-1-g': 'Doorgifte uit een openbaar register',
    'art49-1-second': 'Dwingende gerechtvaardigde belangen (niet-repetitieve doorgifte, beperkt aantal betrokkenen)',
  },
  secondSubparagraph: 'tweede alinea',
};
