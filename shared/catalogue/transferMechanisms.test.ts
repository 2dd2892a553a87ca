import { describe, expect, it } from 'vitest';
import {
  TRANSFER_MECHANISM_CODES,
  TRANSFER_MECHANISMS,
  transferMechanismFamily,
  transferMechanismLabel,
} from './transferMechanisms';

describe('transfer mechanisms', () => {
  it('puts each code in its Chapter V family', () => {
    expect(transferMechanismFamily('art45')).toBe('adequacy');
    expect(transferMechanismFamily('art46-2-c')).toBe('appropriate-safeguards');
    expect(transferMechanismFamily('art46-3-b')).toBe('appropriate-safeguards');
    expect(transferMechanismFamily('art46-2-b')).toBe('binding-corporate-rules');
    expect(transferMechanismFamily('art47')).toBe('binding-corporate-rules');
    expect(transferMechanismFamily('art49-1-a')).toBe('derogation');
    expect(transferMechanismFamily('art49-1-g')).toBe('derogation');
    expect(transferMechanismFamily('art49-1-second')).toBe('compelling-legitimate-interests');
  });

  it('asks for the instrument under Art. 46 and 47, and for documentation under Art. 49', () => {
    for (const code of TRANSFER_MECHANISM_CODES) {
      const entry = TRANSFER_MECHANISMS[code];
      expect(entry.needsInstrument, code).toBe(code.startsWith('art46') || code === 'art47');
      expect(entry.needsDocumentation, code).toBe(code.startsWith('art49'));
    }
  });

  it('cites the second subparagraph of Art. 49(1) in each language', () => {
    expect(TRANSFER_MECHANISMS['art49-1-second'].citation).toEqual({
      nl: 'Art. 49.1, tweede alinea, AVG',
      fr: 'Art. 49.1, second alinéa, RGPD',
      en: 'Art. 49(1), second subparagraph, GDPR',
      de: 'Art. 49 Abs. 1 UAbs. 2 DSGVO',
    });
  });

  it('joins citation and label for display', () => {
    expect(transferMechanismLabel('art46-2-c', 'en')).toBe(
      'Art. 46(2)(c) GDPR – Standard data protection clauses adopted by the Commission',
    );
    expect(transferMechanismLabel('art45', 'fr')).toBe(
      "Art. 45 RGPD – Décision d'adéquation de la Commission européenne",
    );
    expect(transferMechanismLabel('art46-2-c', 'de')).toBe(
      'Art. 46 Abs. 2 Buchst. c DSGVO – Von der Kommission erlassene Standarddatenschutzklauseln',
    );
    expect(transferMechanismLabel('art49-1-e', 'de')).toBe(
      'Art. 49 Abs. 1 Buchst. e DSGVO – Geltendmachung, Ausübung oder Verteidigung von Rechtsansprüchen',
    );
  });
});
