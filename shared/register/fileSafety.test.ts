/**
 * Register files an adversarial test made up: duplicate ids, deep nesting, huge values, text that cannot survive a
 * round trip, and refusals whose reasons stayed English. Each is refused with one short message in the reader's
 * language that says where; none may escape as another error. Test names carry the finding's number.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UI_LANGUAGES } from '../i18n/languages';
import { emptyRegister, registerSchema, type RegisterInput } from '../model';
import { registerArb } from '../test/arbitraries';
import { readRegisterFile, RegisterFileError, writeRegisterFile } from './registerFile';

const id = (tag: string): string => `00000000-0000-4000-8000-${tag.padStart(12, '0')}`;

function refusal(text: string): RegisterFileError {
  try {
    readRegisterFile(text);
  } catch (error) {
    if (error instanceof RegisterFileError) return error;
    throw error;
  }
  throw new Error('the file was accepted');
}

/** A register file holding `content` (meta, records) as it is, with the header of the current version. */
function fileWith(content: Record<string, unknown>): string {
  return JSON.stringify({ format: 'ropa-register', version: 1, meta: { title: 'T', mainLanguage: 'en' }, ...content });
}

const activity = (tag: string, extra: Record<string, unknown> = {}) => ({
  id: id(tag),
  name: `Activity ${tag}`,
  ...extra,
});

/** Words of zod's and V8's English messages that must never reach a Dutch, French or German reader. */
const ENGLISH_REASONS =
  /Invalid|expected|received|Unexpected|Unterminated|in JSON|position|Too (small|big)|Unrecognized|must /;

describe('finding 4: duplicate ids', () => {
  it('finding 4: refuses two records of one kind with the same id, naming the id and the kind in the reader language', () => {
    const error = refusal(fileWith({ activities: [activity('1'), activity('2'), { ...activity('3'), id: id('1') }] }));
    expect(error.key).toBe('duplicateIds');
    expect(error.problems.map((p) => p.path)).toEqual(['activities[2].id']);
    expect(error.localized('en')).toContain(id('1'));
    expect(error.localized('en')).toContain('processing activity');
    expect(error.localized('de')).toContain('Verarbeitungstätigkeit');
    expect(error.localized('fr')).toContain('activité de traitement');
    expect(error.localized('nl')).toContain('verwerkingsactiviteit');
    expect(error.localized('en')).toContain('activities[0]');
  });

  it('finding 4: counts every duplicate and names the first', () => {
    const org = { id: id('a'), name: 'Org', kind: 'controller' };
    const error = refusal(fileWith({ organisations: [org, org, org], activities: [activity('1'), activity('1')] }));
    expect(error.problems.map((p) => p.path)).toEqual([
      'organisations[1].id',
      'organisations[2].id',
      'activities[1].id',
    ]);
    expect(error.localized('en')).toMatch(/\b3\b/);
  });

  it('finding 4: accepts the same id in two kinds, which storage keeps in separate tables', () => {
    const text = fileWith({
      organisations: [{ id: id('1'), name: 'Org', kind: 'controller' }],
      activities: [activity('1')],
    });
    expect(readRegisterFile(text).register.activities).toHaveLength(1);
  });

  it('finding 4: refuses duplicate item ids within one record (purposes, legal bases, retention rules, sources)', () => {
    const cases: [Record<string, unknown>, string][] = [
      [
        {
          purposes: [
            { id: id('aa1'), description: 'A' },
            { id: id('aa1'), description: 'B' },
          ],
        },
        'activities[0].purposes[1].id',
      ],
      [
        {
          legalBases: [
            { id: id('bb1'), ground: 'art6-1-b' },
            { id: id('bb1'), ground: 'art6-1-c' },
          ],
        },
        'activities[0].legalBases[1].id',
      ],
      [
        {
          retention: [
            { id: id('cc1'), period: 'P1Y' },
            { id: id('cc1'), period: 'P2Y' },
          ],
        },
        'activities[0].retention[1].id',
      ],
      [
        {
          sources: [
            { id: id('dd1'), description: 'A' },
            { id: id('dd1'), description: 'B' },
          ],
        },
        'activities[0].sources[1].id',
      ],
    ];
    for (const [extra, path] of cases) {
      const error = refusal(fileWith({ activities: [activity('1', extra)] }));
      expect(error.key).toBe('duplicateIds');
      expect(error.problems[0]?.path).toBe(path);
      expect(error.localized('de')).toContain(path);
    }
    const processorActivity = {
      id: id('9'),
      name: 'PA',
      processingCategories: [
        { id: id('ee1'), description: 'A' },
        { id: id('ee1'), description: 'B' },
      ],
    };
    expect(refusal(fileWith({ processorActivities: [processorActivity] })).problems[0]?.path).toBe(
      'processorActivities[0].processingCategories[1].id',
    );
  });

  it('finding 4: accepts the same item id in two records, and any register the generators make', () => {
    const purposes = [{ id: id('aa1'), description: 'A' }];
    expect(() =>
      readRegisterFile(fileWith({ activities: [activity('1', { purposes }), activity('2', { purposes })] })),
    ).not.toThrow();
    fc.assert(
      fc.property(registerArb(), (register) => {
        expect(() => readRegisterFile(writeRegisterFile(register))).not.toThrow();
      }),
      { numRuns: 40 },
    );
  });
});

describe('finding 5: deep nesting', () => {
  const nested = (depth: number, open: string, close: string, inner = '1') =>
    `${open.repeat(depth)}${inner}${close.repeat(depth)}`;

  it('finding 5: refuses format, version or content nested 10,000 levels deep with a message, not a stack overflow', () => {
    const texts = [
      `{"format":${nested(10_000, '[', ']')},"version":1}`,
      `{"format":"ropa-register","version":${nested(10_000, '{"a":', '}')}}`,
      `{"format":"ropa-register","version":1,"meta":{"title":${nested(10_000, '[', ']')}}}`,
      `{"format":"ropa-register","version":0,"activities":[{"purpose":${nested(10_000, '[', ']')}}]}`,
      `{"format":"ropa-register","version":1,"meta":{"title":"T","mainLanguage":"en"},"x":${nested(100_000, '[', ']')}}`,
    ];
    for (const text of texts) {
      const error = refusal(text);
      expect(error.key).toBe('tooDeep');
      for (const lang of UI_LANGUAGES) expect(error.localized(lang).length).toBeLessThan(400);
    }
    expect(refusal(texts[0] as string).localized('de')).toContain('format');
  });
});

describe('finding 6: unbounded messages', () => {
  const huge = 'x'.repeat(5_000_000);

  it('finding 6: quotes at most a short excerpt of any value from the file, in every language', () => {
    const texts = [
      JSON.stringify({ format: huge, version: 1 }),
      JSON.stringify({ format: 'ropa-register', version: huge }),
      JSON.stringify({ format: [huge, huge], version: 1 }),
      fileWith({ activities: [activity('1', { status: huge })] }),
      fileWith({ activities: [activity('1', { name: 5, startDate: huge })] }),
      fileWith({ activities: [{ ...activity('1'), id: huge }] }),
      fileWith({ activities: [activity('1', { i18n: { fr: { [huge]: 'x' } } })] }),
      fileWith({ meta: { title: 'T', mainLanguage: 'en', i18n: { [huge]: {} } } }),
      `{"format":"ropa-register","version":1,"meta":{"title":"${huge}`,
      `{"format":"ropa-register","version":1,"${huge}" 1}`,
      `{"format":"ropa-register","version":1}${huge}`,
    ];
    for (const text of texts) {
      const error = refusal(text);
      for (const lang of UI_LANGUAGES) {
        const message = error.localized(lang);
        expect(message.length, `${error.key} ${lang}: ${message.slice(0, 300)}`).toBeLessThan(400);
      }
      expect(error.message.length).toBeLessThan(400);
      for (const problem of error.problems) expect(problem.path.length + problem.detail.length).toBeLessThan(300);
    }
    expect(refusal(texts[0] as string).localized('en')).toContain(`"${'x'.repeat(40)}`);
    expect(refusal(texts[0] as string).localized('en')).toContain('…');
  });
});

describe('finding 7: reasons in the reader language', () => {
  const malformed = [
    '{"format": "ropa-register", "version": 1,}',
    '{"format": "ropa-register" "version": 1}',
    '{"format": "ropa-register", "version" 1}',
    '{"format": "ropa-register", "version": 1',
    '{"format": "ropa-register", "version": 01}',
    '{"format": "ropa-register", "version": -}',
    '{"format": "ropa\u0001register"}',
    '{"format": "ropa\\xregister"}',
    '{"format": "ropa-register',
    '{"format": ropa}',
    '{"format": "ropa-register"} {}',
    '[1, 2',
    '{format: 1}',
    'nul',
  ];

  it('finding 7: translates JSON syntax errors and says where', () => {
    for (const text of malformed) {
      const error = refusal(text);
      expect(error.key, text).toBe('malformedJson');
      expect(error.params['line']).toBe(1);
      for (const lang of ['nl', 'fr', 'de'] as const) {
        expect(error.localized(lang), `${lang}: ${text}`).not.toMatch(ENGLISH_REASONS);
      }
      expect(error.localized('en')).not.toMatch(/in JSON at position/);
    }
    const missingComma = refusal('{\n  "format": "ropa-register"\n  "version": 1\n}');
    expect(missingComma.params).toMatchObject({ line: 3, column: 3 });
    expect(missingComma.localized('de')).toContain('Zeile 3, Spalte 3');
  });

  it('finding 7: finds a syntax error exactly when JSON.parse does', () => {
    const mutated = fc
      .tuple(
        fc.json(),
        fc.nat(),
        fc.constantFrom('', ',', '"', '{', ']', ':', '\\', '\u0000', '-', '0', 'e', ' '),
        fc.nat(3),
      )
      .map(([json, at, insert, cut]) => {
        const position = at % (json.length + 1);
        return json.slice(0, position) + insert + json.slice(position + cut);
      });
    fc.assert(
      fc.property(mutated, (text) => {
        let parses = true;
        try {
          JSON.parse(text);
        } catch {
          parses = false;
        }
        let refusedAsJson = false;
        try {
          readRegisterFile(text);
        } catch (error) {
          refusedAsJson = error instanceof RegisterFileError && error.key === 'malformedJson';
        }
        expect(refusedAsJson).toBe(!parses && text.trim() !== '');
      }),
      { numRuns: 500 },
    );
  });

  it('finding 7: translates schema problems and keeps the field path', () => {
    const register = {
      organisations: [{ id: id('a'), name: 'Org', kind: 'controller' }],
    } satisfies Partial<RegisterInput>;
    const cases: [Record<string, unknown>, string][] = [
      [{ activities: [activity('1', { status: 'sleeping' })] }, 'activities[0].status'],
      [{ activities: [activity('1', { name: 5 })] }, 'activities[0].name'],
      [{ activities: [{ id: id('1') }] }, 'activities[0].name'],
      [{ activities: [activity('1', { name: '  ' })] }, 'activities[0].name'],
      [{ activities: [activity('1', { startDate: '2026-02-30' })] }, 'activities[0].startDate'],
      [{ activities: [{ ...activity('1'), id: 'not-an-id' }] }, 'activities[0].id'],
      [
        { activities: [activity('1', { retention: [{ id: id('cc1'), period: '18 months' }] })] },
        'activities[0].retention[0].period',
      ],
      [{ activities: 'none' }, 'activities'],
      [{ activities: [activity('1', { purposes: {} })] }, 'activities[0].purposes'],
      [{ activities: [activity('1', { i18n: { fr: { colour: 'x' } } })] }, 'activities[0].i18n.fr'],
      [
        { activities: [activity('1', { automatedDecision: { exists: 'yes' } })] },
        'activities[0].automatedDecision.exists',
      ],
      [
        { recipients: [{ id: id('cc1'), name: 'R', internal: false, category: 'other', country: 'XX' }] },
        'recipients[0].country',
      ],
      [
        { organisations: [{ id: id('a'), name: 'Org', kind: 'controller', email: 'nobody' }] },
        'organisations[0].email',
      ],
      [{ legalReferences: [{ id: id('bb1'), name: 'L', kind: 'rumour' }] }, 'legalReferences[0].kind'],
      [
        { legalReferences: [{ id: id('bb1'), name: 'L', kind: 'isc-deliberation', number: '' }] },
        'legalReferences[0].number',
      ],
      [{ meta: { title: 'T', mainLanguage: 'tlh' } }, 'meta.mainLanguage'],
    ];
    for (const [content, path] of cases) {
      const error = refusal(fileWith({ ...register, ...content }));
      expect(error.key, path).toBe('invalidContent');
      expect(error.problems[0]?.path).toBe(path);
      for (const lang of ['nl', 'fr', 'de'] as const) {
        const message = error.localized(lang);
        expect(message, `${lang} ${path}`).toContain(path);
        expect(message, `${lang} ${path}: ${message}`).not.toMatch(ENGLISH_REASONS);
      }
      expect(error.localized('en')).toContain(path);
    }
  });

  it('finding 7: English reasons stay readable', () => {
    const error = refusal(fileWith({ activities: [activity('1', { status: 'sleeping' })] }));
    expect(error.localized('en')).toMatch(/activities\[0\]\.status: must be one of .*"draft".*\(found "sleeping"\)/);
  });
});

describe('finding 8: text that cannot survive a round trip', () => {
  it('finding 8: refuses NUL characters and lone surrogates in any text field, naming the field', () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ activities: [activity('1', { name: 'Pay\u0000roll' })] }, 'activities[0].name'],
      [
        { activities: [activity('1', { purposes: [{ id: id('aa1'), description: 'Pay \uD800' }] })] },
        'activities[0].purposes[0].description',
      ],
      [{ activities: [activity('1', { i18n: { fr: { name: '\uDC00x' } } })] }, 'activities[0].i18n.fr.name'],
      [{ meta: { title: 'T\u0000', mainLanguage: 'en' } }, 'meta.title'],
      [{ activities: [activity('1', { notes: 'ok \uD83D\uDE00 then \uDE00' })] }, 'activities[0].notes'],
    ];
    for (const [content, path] of cases) {
      const error = refusal(fileWith(content));
      expect(error.key, path).toBe('unsafeText');
      expect(error.problems[0]?.path).toBe(path);
      for (const lang of UI_LANGUAGES) expect(error.localized(lang)).toContain(path);
      expect(error.localized('de')).not.toMatch(ENGLISH_REASONS);
    }
    expect(refusal(fileWith({ activities: [activity('1', { name: 'a\u0000b' })] })).localized('en')).toContain('NUL');
  });

  it('finding 8: names a field whose name holds such text', () => {
    const error = refusal(fileWith({ activities: [activity('1', { 'x\u0000y': 1 })] }));
    expect(error.key).toBe('unsafeText');
    expect(error.problems[0]?.path).toBe('activities[0]["x\\u0000y"]');
  });

  it('finding 8: still reads every well-formed text, surrogate pairs included', () => {
    const register = registerSchema.parse({
      ...emptyRegister({ title: 'Emoji 😀 and 𝄞, accents é, tab\tand newline\n' }),
    });
    expect(readRegisterFile(writeRegisterFile(register)).register.meta.title).toBe(register.meta.title);
  });
});
