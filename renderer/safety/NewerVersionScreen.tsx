/**
 * Shown instead of the app when a newer version wrote the database: which version wrote it, that nothing was opened
 * or changed, and a way to save what is stored as a file (read without a schema, read-only).
 */
import { format } from 'date-fns';
import { useState } from 'react';
import type { SaveFileRequest, SaveFileResult } from '../../shared/ipc/channels';
import { useI18n } from '../app/i18n';
import { errorText, Notice, type NoticeState } from '../app/Notice';
import { formatDateTime } from '../app/formatting';
import { rawDatabaseDump, readRawDatabase, registerFileText, registerFromRaw } from '../storage/rawExport';
import type { NewerWriter } from '../storage/schemaGuard';
import { SafetyFrame } from './SafetyFrame';
import { useSafetyText } from './useSafetyText';

export type SaveFile = (request: SaveFileRequest) => Promise<SaveFileResult>;

export interface NewerVersionProps {
  databaseName: string;
  found: NewerWriter;
  supported: number;
  appVersion: string;
  saveFile: SaveFile;
}

export function NewerVersionScreen({ databaseName, found, supported, appVersion, saveFile }: NewerVersionProps) {
  const { lang } = useI18n();
  const s = useSafetyText();
  const [notice, setNotice] = useState<NoticeState | null>(null);

  const writtenBy = found.appVersion
    ? found.writtenAt
      ? s('newerWrittenBy', { appVersion: found.appVersion, found: found.schemaVersion, date: formatDateTime(found.writtenAt, lang) })
      : s('newerWrittenByVersion', { appVersion: found.appVersion, found: found.schemaVersion })
    : s('newerWrittenByUnknown', { found: found.schemaVersion });

  const save = async (what: 'register' | 'everything') => {
    try {
      const raw = await readRawDatabase(databaseName);
      if (!raw) throw new Error(databaseName);
      const now = new Date();
      const day = format(now, 'yyyy-MM-dd');
      let request: SaveFileRequest;
      if (what === 'register') {
        const register = registerFromRaw(raw);
        if (!register) {
          setNotice({ kind: 'info', text: s('exportNotRegister') });
          return;
        }
        request = { suggestedName: `register-export-${day}.ropa.json`, data: registerFileText(register, now.toISOString()), kind: 'backup' };
      } else {
        request = {
          suggestedName: `ropa-desk-database-${day}.json`,
          data: rawDatabaseDump(raw, now.toISOString()),
          filters: [{ name: 'JSON', extensions: ['json'] }],
        };
      }
      const result = await saveFile(request);
      if (result.saved) setNotice({ kind: 'success', text: s('exported', { file: result.fileName ?? request.suggestedName }) });
    } catch (error) {
      setNotice({ kind: 'error', text: s('exportFailed', { reason: errorText(error, lang) }) });
    }
  };

  return (
    <SafetyFrame>
      <section className="screen" aria-labelledby="newer-title">
        <h1 id="newer-title">{s('newerTitle')}</h1>
        <p>{writtenBy}</p>
        <p>{s('newerThisVersion', { appVersion, supported })}</p>
        <p className="notice notice-info">{s('newerProtected')}</p>
        <p>{s('newerExportIntro')}</p>
        <div className="button-row">
          <button type="button" className="primary" onClick={() => void save('register')}>
            {s('exportRegister')}
          </button>
          <button type="button" onClick={() => void save('everything')}>
            {s('exportEverything')}
          </button>
          <button type="button" onClick={() => window.location.reload()}>
            {s('reload')}
          </button>
        </div>
        <Notice notice={notice} />
      </section>
    </SafetyFrame>
  );
}
