import { describe, expect, it } from 'vitest';
import { getAt, setAt } from './draftPath';

describe('draft paths', () => {
  it('reads and writes nested fields without touching the original', () => {
    const draft = { name: 'CM', address: { city: 'Schaarbeek' } };
    const next = setAt(draft, 'address.postalCode', '1031');
    expect(getAt(next, 'address.postalCode')).toBe('1031');
    expect(getAt(next, 'address.city')).toBe('Schaarbeek');
    expect(draft.address).toEqual({ city: 'Schaarbeek' });
  });

  it('removes emptied optional fields and empty objects, but keeps the name', () => {
    expect(setAt({ name: 'x', owner: 'y' }, 'owner', '')).toEqual({ name: 'x' });
    expect(setAt({ name: 'x', dpia: { reference: 'r' } }, 'dpia.reference', '')).toEqual({ name: 'x' });
    expect(setAt({ name: 'x' }, 'name', '')).toEqual({ name: '' });
  });
});
