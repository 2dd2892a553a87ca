/** The notes on adequacy decisions in English: this file defines the country catalogue's keys. */
export const en = {
  /** The note of a decision that covers every recipient in the country. */
  allRecipients: 'All recipients in the country or territory',
  /** What a decision covers where it is narrower than "every recipient", keyed by country code. */
  adequacyScope: {
    BR: 'Processing subject to the Brazilian LGPD',
    CA: 'Commercial organisations subject to PIPEDA',
    GB: 'GDPR decision of 28 June 2021, renewed on 19 December 2025 until 27 December 2031',
    IL: 'Automated transfers, or data further processed by automated means in Israel',
    JP: 'Business operators subject to the APPI and the Supplementary Rules',
    KR: 'Processing subject to PIPA, except notably credit information supervised by the FSC',
    US: 'Organisations certified under the EU-US Data Privacy Framework',
  },
} as const;
