/**
 * The draft of a record being edited, with undo: each change can be taken back, typing in one field counting as
 * one change (edits to the same field within a moment are merged).
 */
import { useCallback, useState } from 'react';
import { setAt, type Draft } from './draftPath';

const MERGE_MS = 1500;

interface State {
  draft: Draft;
  past: Draft[];
  lastField: string | null;
  lastAt: number;
}

export function useUndoableDraft(initial: Draft) {
  const [state, setState] = useState<State>({ draft: initial, past: [], lastField: null, lastAt: 0 });

  const setField = useCallback((path: string, value: unknown) => {
    setState((s) => {
      const now = Date.now();
      const merge = s.lastField === path && now - s.lastAt < MERGE_MS && s.past.length > 0;
      return {
        draft: setAt(s.draft, path, value),
        past: merge ? s.past : [...s.past, s.draft].slice(-100),
        lastField: path,
        lastAt: now,
      };
    });
  }, []);

  /**
   * A change computed from the draft as it is when applied (a translation set on the record itself, which touches
   * `i18n` and `i18nSource` at once); `key` groups quick successive changes into one undo step like a field path.
   */
  const update = useCallback((key: string, change: (draft: Draft) => Draft) => {
    setState((s) => {
      const now = Date.now();
      const merge = s.lastField === key && now - s.lastAt < MERGE_MS && s.past.length > 0;
      const draft = change(s.draft);
      if (draft === s.draft) return s;
      return { draft, past: merge ? s.past : [...s.past, s.draft].slice(-100), lastField: key, lastAt: now };
    });
  }, []);

  const undo = useCallback(() => {
    setState((s) =>
      s.past.length === 0
        ? s
        : { draft: s.past[s.past.length - 1] as Draft, past: s.past.slice(0, -1), lastField: null, lastAt: 0 },
    );
  }, []);

  /** After a save: the saved record becomes the draft; earlier states stay undoable. */
  const replace = useCallback((draft: Draft) => {
    setState((s) => ({ ...s, draft, lastField: null, lastAt: 0 }));
  }, []);

  return { draft: state.draft, setField, update, undo, canUndo: state.past.length > 0, replace };
}
