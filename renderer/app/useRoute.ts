/** The current route, following the URL hash; a navigation refused by the unsaved-changes guard is undone. */
import { useEffect, useState } from 'react';
import { mayLeave } from './navigationGuard';
import { parseRoute, routeHref, type Route } from './routes';

export function useRoute(): Route {
  const [route, setRoute] = useState<Route>(() => parseRoute(window.location.hash));
  useEffect(() => {
    let current = window.location.hash;
    const onChange = () => {
      if (window.location.hash === current) return;
      if (!mayLeave()) {
        // Put the address back without adding a history entry; the editor stays open with its changes.
        window.history.replaceState(null, '', current || '#/');
        return;
      }
      current = window.location.hash;
      setRoute(parseRoute(current));
    };
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

export function navigate(route: Route): void {
  window.location.hash = routeHref(route);
}
