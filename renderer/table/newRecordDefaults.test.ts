import { describe, expect, it } from 'vitest';
import { emptyRegister, RECORD_KINDS, RECORD_SCHEMAS, type Register } from '../../shared/model';
import { validateRegister } from '../../shared/validation/validate';
import { newRecordInput, uniqueName } from './newRecordDefaults';

const ID = '00000000-0000-4000-8000-00000000abcd';

describe('new records', () => {
  it.each(RECORD_KINDS)('%s: the defaults pass the schema', (kind) => {
    const parsed = RECORD_SCHEMAS[kind].safeParse(newRecordInput(kind, ID, 'New record'));
    expect(parsed.success).toBe(true);
  });

  it('uses the defaults the DPO expects', () => {
    expect(newRecordInput('recipients', ID, 'x')).toMatchObject({ internal: false, category: 'other', country: 'BE' });
    expect(newRecordInput('securityMeasures', ID, 'x')).toMatchObject({ type: 'organisational', family: 'other' });
    expect(newRecordInput('dataCategories', ID, 'x')).toMatchObject({ kind: 'ordinary' });
    expect(newRecordInput('legalReferences', ID, 'x')).toMatchObject({ kind: 'statute' });
    expect(newRecordInput('organisations', ID, 'x')).toMatchObject({ kind: 'controller' });
  });

  it('makes a transfer outside the EEA without a mechanism, so findings show what is left to fill in', () => {
    const transfer = RECORD_SCHEMAS.transfers.parse(newRecordInput('transfers', ID, 'New transfer'));
    expect(transfer.country).toBe('US');
    expect(transfer.mechanism).toBeUndefined();
    const register: Register = { ...emptyRegister(), transfers: [transfer] };
    const codes = validateRegister(register, { today: '2026-06-01' })
      .filter((f) => f.recordId === ID)
      .map((f) => f.code);
    // The US counts as adequate (partial decision), so the missing ground is no error; the missing party is.
    expect(codes).toContain('TRF_NO_PARTY');
  });

  it('numbers a default name that is taken', () => {
    expect(uniqueName('New recipient', ['Other'])).toBe('New recipient');
    expect(uniqueName('New recipient', ['New recipient'])).toBe('New recipient 2');
    expect(uniqueName('New recipient', ['New recipient', 'New recipient 2'])).toBe('New recipient 3');
  });
});
