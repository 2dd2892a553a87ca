// @vitest-environment jsdom
/**
 * The conflict view: every conflict needs a choice before the sync completes, an edited text is taken as typed, an
 * edited value of another shape must be valid JSON, and each refusal is said in the user's language.
 */
import { describe, expect, it, vi } from 'vitest';
import { emptyRegister, type Register } from '../../shared/model';
import { mergeRegisters, type ConflictChoice, type MergeConflict } from '../../shared/registerMerge';
import { sampleRegister } from '../../shared/sample/sampleRegister';
import { I18nProvider } from '../app/i18n';
import { button, click, mount, typeInto, waitFor } from '../safety/domTesting';
import { ConflictView } from './ConflictView';
import type { PendingSync } from './syncStore';

function edited(change: (register: Register) => void): Register {
  const register = structuredClone(sampleRegister());
  change(register);
  return register;
}

function pendingWithTwoConflicts(): PendingSync {
  const base = sampleRegister();
  const setDescription = (text: string) => (r: Register) => {
    const activity = r.activities[0];
    if (activity) activity.description = text;
  };
  const merge = mergeRegisters(base, edited(setDescription('Ours')), edited(setDescription('Theirs')));
  const id = base.activities[0]?.id ?? '';
  // A value that is not a text (a list), edited as JSON.
  const listConflict: MergeConflict = {
    kind: 'activities',
    id,
    recordName: base.activities[0]?.name ?? '',
    path: 'characteristics',
    at: ['characteristics'],
    base: [],
    ours: ['large-scale'],
    theirs: ['systematic-monitoring'],
  };
  const conflicts = [...merge.conflicts, listConflict];
  return {
    outcome: { kind: 'conflicts', merge, conflicts, ours: 'a', theirs: 'b', oursIsLocal: true },
    basedOn: emptyRegister(),
    connection: { url: 'https://git.example.org/r.git', userName: 'ben' },
  };
}

function openView(lang: string, onComplete: (choices: ReadonlyMap<MergeConflict, ConflictChoice>) => Promise<void>) {
  localStorage.setItem('ropa-desk.language', lang);
  return mount(
    <I18nProvider>
      <ConflictView pending={pendingWithTwoConflicts()} onComplete={onComplete} onCancel={() => undefined} />
    </I18nProvider>,
  );
}

function rows(container: HTMLElement): HTMLTableRowElement[] {
  return [...container.querySelectorAll<HTMLTableRowElement>('tbody tr')];
}

function radio(row: HTMLElement, label: string): HTMLInputElement {
  const found = [...row.querySelectorAll('label')].find((l) => l.textContent?.trim() === label);
  const input = found?.querySelector('input');
  if (!input) throw new Error(`no choice "${label}"`);
  return input;
}

describe('conflict view', () => {
  it('shows base, ours and theirs side by side, and completes only when every conflict has a choice', async () => {
    const onComplete = vi.fn(async () => undefined);
    const view = openView('en', onComplete);
    const [description, list] = rows(view.container);
    expect(description?.textContent).toContain('Ours');
    expect(description?.textContent).toContain('Theirs');
    expect(description?.textContent).toContain(sampleRegister().activities[0]?.description ?? '');

    await click(radio(description as HTMLElement, 'The shared one'));
    await click(button(view.container, 'Complete the sync'));
    await waitFor(() => expect(view.container.textContent).toContain('Choose a value for every conflict first.'));
    expect(onComplete).not.toHaveBeenCalled();

    // An edited list must be JSON; the refusal names the field.
    await click(radio(list as HTMLElement, 'Edited:'));
    const textarea = list?.querySelector('textarea');
    if (!textarea) throw new Error('an edited value has a text area');
    typeInto(textarea, '["large-scale",');
    await click(button(view.container, 'Complete the sync'));
    await waitFor(() => expect(view.container.textContent).toContain('is not valid'));
    expect(onComplete).not.toHaveBeenCalled();

    typeInto(textarea, '["large-scale", "systematic-monitoring"]');
    await click(button(view.container, 'Complete the sync'));
    await waitFor(() => expect(onComplete).toHaveBeenCalledTimes(1));
    const choices = [...(onComplete.mock.calls[0] as unknown as [ReadonlyMap<MergeConflict, ConflictChoice>])[0]];
    expect(choices.map(([conflict, choice]) => [conflict.path, choice])).toEqual([
      ['description', 'theirs'],
      ['characteristics', { value: ['large-scale', 'systematic-monitoring'] }],
    ]);
    view.unmount();
  });

  it('takes an edited text as typed, and speaks the user language', async () => {
    const onComplete = vi.fn(async () => undefined);
    const view = openView('fr', onComplete);
    const [description, list] = rows(view.container);
    await click(radio(description as HTMLElement, 'Modifiée :'));
    const textarea = description?.querySelector('textarea');
    if (!textarea) throw new Error('an edited value has a text area');
    expect(textarea.value).toBe('Ours');
    typeInto(textarea, 'Les deux, réunis');
    await click(radio(list as HTMLElement, 'La vôtre'));
    await click(button(view.container, 'Terminer la synchronisation'));
    await waitFor(() => expect(onComplete).toHaveBeenCalledTimes(1));
    const choices = [...(onComplete.mock.calls[0] as unknown as [ReadonlyMap<MergeConflict, ConflictChoice>])[0]];
    expect(choices.map(([, choice]) => choice)).toEqual([{ value: 'Les deux, réunis' }, 'ours']);
    view.unmount();
  });
});
