/**
 * Leaving a form with unsaved changes asks first. An editor with unsaved changes registers a guard; a change of
 * address (in-app link, back button) or closing the window consults it.
 */
let guard: (() => boolean) | null = null;

/** `confirmLeave` returns true when leaving is fine. Pass null to remove the guard. */
export function setNavigationGuard(confirmLeave: (() => boolean) | null): void {
  guard = confirmLeave;
}

export function mayLeave(): boolean {
  return guard ? guard() : true;
}
