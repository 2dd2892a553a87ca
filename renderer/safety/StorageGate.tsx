/**
 * Opens the register's database before anything else may touch it, and shows the app only when that worked: a
 * database written by a newer version gets its own screen (nothing opened, nothing written), a failure to open
 * says so with a reload, and a newer version or a deletion in another window stops this one.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { useI18n } from '../app/i18n';
import { errorText } from '../app/Notice';
import type { RegisterDatabase } from '../storage/database';
import { openRegisterDatabase, watchForNewerVersion, type NewerWriter } from '../storage/schemaGuard';
import { NewerVersionScreen, type SaveFile } from './NewerVersionScreen';
import { SafetyFrame } from './SafetyFrame';
import { useSafetyText } from './useSafetyText';

type GateState =
  | { status: 'opening' }
  | { status: 'open' }
  | { status: 'newer'; found: NewerWriter; supported: number; appVersion: string }
  | { status: 'failed'; error: unknown }
  | { status: 'closed'; reason: 'newer' | 'deleted' };

export interface StorageGateProps {
  db: RegisterDatabase;
  /** This build's version, written into the schema stamp and shown on the refusal screen. */
  appVersion: () => Promise<string>;
  saveFile: SaveFile;
  children: ReactNode;
}

export function StorageGate({ db, appVersion, saveFile, children }: StorageGateProps) {
  const [state, setState] = useState<GateState>({ status: 'opening' });

  useEffect(() => {
    let active = true;
    const stopWatching = watchForNewerVersion(db, (reason) => {
      if (active) setState({ status: 'closed', reason });
    });
    void (async () => {
      try {
        const version = await appVersion().catch(() => 'unknown');
        const result = await openRegisterDatabase(db, version);
        if (!active) return;
        setState(result.status === 'open' ? { status: 'open' } : { ...result, appVersion: version });
      } catch (error) {
        if (active) setState({ status: 'failed', error });
      }
    })();
    return () => {
      active = false;
      stopWatching();
    };
  }, [db, appVersion]);

  switch (state.status) {
    case 'opening':
      return null;
    case 'open':
      return <>{children}</>;
    case 'newer':
      return (
        <NewerVersionScreen
          databaseName={db.name}
          found={state.found}
          supported={state.supported}
          appVersion={state.appVersion}
          saveFile={saveFile}
        />
      );
    case 'failed':
      return <StorageProblem titleKey="openFailedTitle" text={{ key: 'openFailedText', error: state.error }} />;
    case 'closed':
      return <StorageProblem titleKey="closedTitle" text={{ key: state.reason === 'newer' ? 'closedNewer' : 'closedDeleted' }} />;
  }
}

function StorageProblem({
  titleKey,
  text,
}: {
  titleKey: 'openFailedTitle' | 'closedTitle';
  text: { key: 'openFailedText'; error: unknown } | { key: 'closedNewer' | 'closedDeleted' };
}) {
  const { lang } = useI18n();
  const s = useSafetyText();
  return (
    <SafetyFrame>
      <section className="screen" aria-labelledby="storage-problem-title">
        <h1 id="storage-problem-title">{s(titleKey)}</h1>
        <p role="alert">{text.key === 'openFailedText' ? s(text.key, { reason: errorText(text.error, lang) }) : s(text.key)}</p>
        <div className="button-row">
          <button type="button" className="primary" onClick={() => window.location.reload()}>
            {s('reload')}
          </button>
        </div>
      </section>
    </SafetyFrame>
  );
}
