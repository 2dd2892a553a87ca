/**
 * Sharing: connect the register to a Git repository (address, user name, token), disconnect it, and Sync with a
 * message for the team, seeing what happened; a sync stopped by conflicts shows the conflict view instead. Nothing
 * is sent or fetched unless the user presses Sync.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState, type FormEvent } from 'react';
import { parseRemoteUrl } from '../../shared/sync/remoteUrl';
import { formatDateTime } from '../app/formatting';
import { useI18n, useMessages } from '../app/i18n';
import { errorText, Notice, type NoticeState } from '../app/Notice';
import { platform } from '../platform/currentPlatform';
import { db } from '../storage/database';
import { getUserName, SettingsConflictError } from '../storage/settings';
import { cancelPendingSync, completePendingSync, syncNow, usePendingSync, useSyncRunning } from './appSync';
import { ConflictView } from './ConflictView';
import { SYNC_MESSAGES, type SyncMessageKey } from './messages';
import { SyncError } from './syncError';
import type { SyncPhase } from './syncRegister';
import { readConnection, saveConnection, type SyncReport, type SyncTexts } from './syncStore';

const PHASE_MESSAGE: Record<SyncPhase | 'save', SyncMessageKey> = {
  commit: 'phaseCommit',
  fetch: 'phaseFetch',
  merge: 'phaseMerge',
  push: 'phasePush',
  save: 'phaseSave',
};

const DONE_MESSAGE: Record<Extract<SyncReport, { kind: 'done' }>['change'], SyncMessageKey> = {
  none: 'doneNone',
  sent: 'doneSent',
  received: 'doneReceived',
  merged: 'doneMerged',
};

export function SharingScreen() {
  const { lang } = useI18n();
  const m = useMessages(SYNC_MESSAGES);
  const connection = useLiveQuery(() => readConnection(db), []);
  const userName = useLiveQuery(() => getUserName(db), []) ?? '';
  const pending = usePendingSync();
  const [url, setUrl] = useState('');
  const [login, setLogin] = useState('');
  const [token, setToken] = useState('');
  const [message, setMessage] = useState('');
  const [hasToken, setHasToken] = useState<boolean | undefined>(undefined);
  const [acting, setActing] = useState(false);
  // A sync started before this screen was opened (or from another one) keeps its buttons disabled too.
  const running = useSyncRunning();
  const busy = acting || running;
  const [notice, setNotice] = useState<NoticeState | null>(null);

  useEffect(() => {
    if (!connection) return;
    let current = true;
    void platform.syncTokenRead(connection.url).then(
      (kept) => current && setHasToken(kept !== null),
      () => current && setHasToken(false),
    );
    return () => {
      current = false;
    };
  }, [connection]);

  const texts = (): SyncTexts => ({
    message: message.trim() || (userName ? m('defaultMessage', { name: userName }) : m('defaultMessageAnonymous')),
    mergeMessage: m('mergeMessage'),
    snapshotName: m('snapshotName', { date: formatDateTime(new Date().toISOString(), lang) }),
    onPhase: (phase) => setNotice({ kind: 'info', text: m(PHASE_MESSAGE[phase]) }),
  });

  const run = async (action: () => Promise<void>) => {
    setActing(true);
    try {
      await action();
    } catch (error) {
      // The live query shows the connection as stored; the message says why nothing was saved.
      const text = error instanceof SettingsConflictError ? m('connectionChanged') : errorText(error, lang);
      setNotice({ kind: 'error', text });
    } finally {
      setActing(false);
    }
  };

  const report = (outcome: SyncReport) => {
    if (outcome.kind === 'done') {
      setMessage('');
      const done = m(DONE_MESSAGE[outcome.change]);
      const notes = [
        ...(outcome.newDanglingLinks > 0 ? [m('danglingAfterSync', { count: outcome.newDanglingLinks })] : []),
        ...(outcome.noCommonBase ? [m('noCommonBase')] : []),
      ];
      if (notes.length === 0) setNotice({ kind: 'success', text: done });
      else setNotice({ kind: 'info', text: [done, ...notes].join(' ') });
    } else if (outcome.pending.outcome.noCommonBase) setNotice({ kind: 'info', text: m('noCommonBase') });
    else setNotice(null);
  };

  const connect = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      const parsed = parseRemoteUrl(url);
      if (parsed === undefined) throw new SyncError('badUrl');
      if (token.trim() === '') throw new SyncError('noToken');
      // The token first: a platform that cannot keep it must not leave a connection without one.
      await platform.syncTokenSave({ url: parsed.href, token: token.trim() });
      await saveConnection(db, { url: parsed.href, userName: login }, connection ?? null);
      setToken('');
      setHasToken(true);
      setNotice({ kind: 'success', text: m('connectedNotice') });
      // The desktop app's Content-Security-Policy now names this remote; a loaded page keeps the policy it had.
      if (platform.secureTokenStorage) window.location.reload();
    });
  };

  const keepToken = (event: FormEvent) => {
    event.preventDefault();
    if (!connection) return;
    void run(async () => {
      if (token.trim() === '') throw new SyncError('noToken');
      await platform.syncTokenSave({ url: connection.url, token: token.trim() });
      setToken('');
      // A replaced token (an expired or refused one) is confirmed: nothing else on the screen changes.
      if (hasToken === true) setNotice({ kind: 'success', text: m('tokenReplaced') });
      setHasToken(true);
    });
  };

  const disconnect = () =>
    void run(async () => {
      cancelPendingSync();
      await saveConnection(db, null, connection ?? null);
      await platform.syncTokenClear();
      setHasToken(undefined);
      setNotice({ kind: 'success', text: m('disconnectedNotice') });
    });

  const sync = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => report(await syncNow(texts())));
  };

  if (connection === undefined) return null;
  return (
    <section className="screen" aria-labelledby="sharing-title" aria-busy={busy}>
      <h1 id="sharing-title">{m('title')}</h1>
      <p className="intro">{m('intro')}</p>
      {connection === null ? (
        <form className="stacked-form" onSubmit={connect} aria-labelledby="connection-title">
          <h2 id="connection-title">{m('connectionHeading')}</h2>
          <label>
            {m('urlLabel')}
            <input type="url" value={url} onChange={(e) => setUrl(e.target.value)} autoComplete="url" required />
          </label>
          <label>
            {m('userLabel')}
            <input value={login} onChange={(e) => setLogin(e.target.value)} autoComplete="username" />
          </label>
          <label>
            {m('tokenLabel')}
            <input type="password" value={token} onChange={(e) => setToken(e.target.value)} autoComplete="off" />
          </label>
          <p className="field-help">{platform.secureTokenStorage ? m('tokenDesktop') : m('tokenBrowser')}</p>
          <div className="button-row">
            <button type="submit" className="primary" disabled={busy}>
              {m('connect')}
            </button>
          </div>
        </form>
      ) : (
        <>
          <h2>{m('connectionHeading')}</h2>
          <p>{m('connectedTo', { url: connection.url, user: connection.userName || '—' })}</p>
          {hasToken !== undefined && (
            // Shown while a token is kept too: a refused (expired) token is replaced here, as the refusal says.
            <form className="inline-form" onSubmit={keepToken}>
              <label>
                {hasToken ? m('replaceTokenLabel') : m('tokenLabel')}
                <input type="password" value={token} onChange={(e) => setToken(e.target.value)} autoComplete="off" />
              </label>
              <button type="submit" disabled={busy}>
                {hasToken ? m('replaceToken') : m('saveToken')}
              </button>
              <p className="field-help">{platform.secureTokenStorage ? m('tokenDesktop') : m('tokenBrowser')}</p>
            </form>
          )}
          <div className="button-row">
            <button type="button" onClick={disconnect} disabled={busy}>
              {m('disconnect')}
            </button>
          </div>
          {pending ? (
            <ConflictView
              key={pending.outcome.theirs}
              pending={pending}
              onComplete={async (choices) => report(await completePendingSync(choices, texts()))}
              onCancel={() => {
                cancelPendingSync();
                setNotice(null);
              }}
            />
          ) : (
            <form className="stacked-form" onSubmit={sync} aria-labelledby="sync-title">
              <h2 id="sync-title">{m('syncHeading')}</h2>
              <label>
                {m('messageLabel')}
                <input
                  value={message}
                  onChange={(e) => setMessage(e.target.value)}
                  placeholder={userName ? m('defaultMessage', { name: userName }) : m('defaultMessageAnonymous')}
                />
              </label>
              <div className="button-row">
                <button type="submit" className="primary" disabled={busy || hasToken === false}>
                  {m('sync')}
                </button>
              </div>
            </form>
          )}
        </>
      )}
      {running && !acting && <p role="status">{m('syncing')}</p>}
      <Notice notice={notice} />
    </section>
  );
}
