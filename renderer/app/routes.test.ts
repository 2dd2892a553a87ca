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
  ])('round-trips %o through the hash', (route) => {
    expect(parseRoute(routeHref(route))).toEqual(route);
  });

  it('falls back to the activities for an unknown address', () => {
    expect(parseRoute('#/nowhere')).toEqual({ screen: 'records', kind: 'activities' });
    expect(parseRoute('')).toEqual({ screen: 'records', kind: 'activities' });
  });
});
