import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref, type Route } from './routes';

describe('routes', () => {
  it.each<Route>([
    { screen: 'dashboard' },
    { screen: 'records', kind: 'activities' },
    { screen: 'records', kind: 'recipients', id: '0000000b-0000-4000-8000-000000000001' },
    { screen: 'records', kind: 'activities', id: 'x', field: 'legalBases' },
    { screen: 'snapshots' },
    { screen: 'settings' },
    { screen: 'translations' },
    { screen: 'translations', lang: 'fr' },
    { screen: 'translations', lang: 'de', kind: 'meta' },
    {
      screen: 'translations',
      lang: 'en',
      kind: 'activities',
      controller: '00000000-0000-4000-8000-000000010001',
    },
    { screen: 'notice' },
    { screen: 'notice', lang: 'fr' },
    { screen: 'notice', lang: 'nl', controllers: ['00000000-0000-4000-8000-000000120001', 'x'] },
  ])('round-trips %o through the hash', (route) => {
    expect(parseRoute(routeHref(route))).toEqual(route);
  });

  it('writes the translation workspace as a query the user can read and bookmark', () => {
    expect(routeHref({ screen: 'translations', lang: 'fr', kind: 'activities', controller: 'a b' })).toBe(
      '#/translations?lang=fr&kind=activities&controller=a+b',
    );
    expect(routeHref({ screen: 'translations' })).toBe('#/translations');
  });

  it('drops unknown languages and kinds from a workspace address but keeps the rest', () => {
    expect(parseRoute('#/translations?lang=xx&kind=recipients')).toEqual({
      screen: 'translations',
      kind: 'recipients',
    });
    expect(parseRoute('#/translations?lang=nl&kind=nothing&controller=')).toEqual({
      screen: 'translations',
      lang: 'nl',
    });
  });

  it('drops a notice language it does not know and empty controller ids', () => {
    expect(parseRoute('#/notice?lang=es&controllers=,a,,b')).toEqual({ screen: 'notice', controllers: ['a', 'b'] });
  });

  it('falls back to the activities for an unknown address', () => {
    expect(parseRoute('#/nowhere')).toEqual({ screen: 'records', kind: 'activities' });
    expect(parseRoute('')).toEqual({ screen: 'records', kind: 'activities' });
  });
});
