/** How English texts cite the GDPR ("Art. 6(1)(c) GDPR"): this file defines the citation catalogue's keys. */
export const en = {
  abbreviation: 'GDPR',
  article: 'Art. {article}',
  paragraph: '({paragraph})',
  point: '({point})',
  provision: '{numbering} {abbreviation}',
  // For a part below the paragraph that has no number of its own, e.g. "Art. 49(1), second subparagraph, GDPR".
  provisionWithSuffix: '{numbering}, {suffix}, {abbreviation}',
} as const;
