/**
 * A small register for the tests of the exchange with translators (shared/translation/exchange, the CLI, the
 * screen): Dutch main texts, French missing for most of them, outdated for one purpose and current for the
 * organisation's name, and a purpose that starts with `=`.
 */
import { registerSchema, type Register, type RegisterInput } from '../model';
import { sourceStamp } from '../translation/sourceStamp';

const id = (tag: string): string => `00000000-0000-4000-8000-${tag.padStart(12, '0')}`;
export const ORG = id('a');
export const PAYROLL = id('1');
export const PAY = id('11');
export const TAX = id('12');

export function exchangeFixture(): Register {
  return registerSchema.parse({
    meta: { title: 'Register & co', mainLanguage: 'nl', organisationName: 'Ziekenfonds' },
    organisations: [
      {
        id: ORG,
        name: 'Alpha',
        kind: 'controller',
        i18n: { fr: { name: 'Alpha (FR)' } },
        i18nSource: { fr: { name: sourceStamp('Alpha') } },
      },
    ],
    activities: [
      {
        id: PAYROLL,
        name: 'Loonadministratie',
        description: 'Lonen berekenen\nen uitbetalen <maandelijks> & "correct"',
        controllers: [{ organisationId: ORG, role: 'controller' }],
        purposes: [
          {
            id: PAY,
            description: 'Lonen betalen',
            i18n: { fr: { description: 'Payer les salaires (ancien)' } },
            i18nSource: { fr: { description: sourceStamp('Loon betalen') } },
          },
          { id: TAX, description: '=Belasting inhouden' },
        ],
      },
    ],
  } satisfies RegisterInput);
}

/** The keys of the fixture's texts. */
export const KEY = {
  title: 'meta//title',
  organisation: 'meta//organisationName',
  name: `activities/${PAYROLL}/name`,
  description: `activities/${PAYROLL}/description`,
  pay: `activities/${PAYROLL}/purposes[${PAY}].description`,
  tax: `activities/${PAYROLL}/purposes[${TAX}].description`,
} as const;
