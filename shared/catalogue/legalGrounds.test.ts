import { describe, expect, it } from 'vitest';
import { LEGAL_GROUND_CODES, LEGAL_GROUNDS, legalGroundGroup, legalGroundLabel } from './legalGrounds';

describe('legal grounds', () => {
  it('cites as Belgian and German texts do in each language', () => {
    expect(LEGAL_GROUNDS['art6-1-c'].citation).toEqual({
      nl: 'Art. 6.1.c AVG',
      fr: 'Art. 6.1.c RGPD',
      en: 'Art. 6(1)(c) GDPR',
      de: 'Art. 6 Abs. 1 Buchst. c DSGVO',
    });
    expect(LEGAL_GROUNDS.art87.citation).toEqual({
      nl: 'Art. 87 AVG',
      fr: 'Art. 87 RGPD',
      en: 'Art. 87 GDPR',
      de: 'Art. 87 DSGVO',
    });
  });

  it('keeps the English citation as the article', () => {
    for (const code of LEGAL_GROUND_CODES) expect(LEGAL_GROUNDS[code].article).toBe(LEGAL_GROUNDS[code].citation.en);
    expect(LEGAL_GROUNDS['art9-2-h'].article).toBe('Art. 9(2)(h) GDPR');
  });

  it('joins citation and label for display', () => {
    expect(legalGroundLabel('art6-1-c', 'nl')).toBe('Art. 6.1.c AVG – Wettelijke verplichting');
    expect(legalGroundLabel('art6-1-c', 'fr')).toBe('Art. 6.1.c RGPD – Obligation légale');
    expect(legalGroundLabel('art6-1-c', 'de')).toBe(
      'Art. 6 Abs. 1 Buchst. c DSGVO – Erfüllung einer rechtlichen Verpflichtung',
    );
    expect(legalGroundLabel('art9-2-h', 'en')).toBe(
      'Art. 9(2)(h) GDPR – Preventive or occupational medicine, health or social care',
    );
  });

  it('groups each code under the article its code names', () => {
    for (const code of LEGAL_GROUND_CODES) {
      const article = /^art(\d+)/.exec(code)?.[1];
      expect(legalGroundGroup(code)).toBe(`art${article}`);
    }
    expect(LEGAL_GROUND_CODES.filter((code) => legalGroundGroup(code) === 'art6')).toHaveLength(6);
    expect(LEGAL_GROUND_CODES.filter((code) => legalGroundGroup(code) === 'art9')).toHaveLength(10);
  });
});
