/**
 * The saved column mappings of the register: each with its number of columns and language, to download as JSON,
 * to delete, and — while a file is being mapped — to use for that file; and loading a mapping from a JSON file,
 * checked against the saved-mapping schema so a wrong file is refused with what is wrong with it.
 */
import { useState } from 'react';
import { languageNameInText } from '../../../shared/i18n/languages';
import type { SavedMapping } from '../../../shared/spreadsheetImport/types';
import { useI18n, useMessages } from '../../app/i18n';
import { errorText, Notice, type NoticeState } from '../../app/Notice';
import { platform } from '../../platform/currentPlatform';
import { SettingsConflictError } from '../../storage/settings';
import { MAPPING_MESSAGES } from './messages';
import { mappingFileName, mappingFileText, readMappingFile } from './mappingFiles';
import type { SavedMappings } from './useSavedMappings';

/** Offers a mapping as a JSON file; says where it went, or why not. */
export async function downloadMapping(mapping: SavedMapping): Promise<{ saved: boolean; fileName: string }> {
  const suggestedName = mappingFileName(mapping);
  const outcome = await platform.saveFile({
    suggestedName,
    data: mappingFileText(mapping),
    filters: [{ name: 'JSON', extensions: ['json'] }],
  });
  return { saved: outcome.saved, fileName: outcome.fileName ?? suggestedName };
}

interface Props {
  saved: SavedMappings;
  /** Present while a file is being mapped. */
  onUse?: (mapping: SavedMapping) => void;
}

export function SavedMappingsPanel({ saved, onUse }: Props) {
  const { lang } = useI18n();
  const t = useMessages(MAPPING_MESSAGES);
  const [notice, setNotice] = useState<NoticeState | null>(null);
  const list = saved.list ?? [];

  const failed = (error: unknown) =>
    setNotice({
      kind: 'error',
      text:
        error instanceof SettingsConflictError
          ? t('mappingConflict')
          : t('saveFailed', { reason: errorText(error, lang) }),
    });

  const download = async (mapping: SavedMapping) => {
    try {
      const outcome = await downloadMapping(mapping);
      if (outcome.saved) setNotice({ kind: 'success', text: t('mappingFileSaved', { file: outcome.fileName }) });
    } catch (error) {
      failed(error);
    }
  };

  const remove = async (mapping: SavedMapping) => {
    try {
      await saved.remove(mapping.name);
      setNotice({ kind: 'success', text: t('mappingDeleted', { name: mapping.name }) });
    } catch (error) {
      failed(error);
    }
  };

  const load = async () => {
    const file = await platform.openFile({
      filters: [{ name: t('jsonFilter'), extensions: ['json'] }],
      kind: 'import',
    });
    if (!file) return;
    const read = readMappingFile(file.bytes);
    if (!read.ok) {
      setNotice({ kind: 'error', text: t('mappingFileBad', { file: file.name, reason: t(read.reason, read.params) }) });
      return;
    }
    try {
      await saved.store(read.mapping);
      setNotice({ kind: 'success', text: t('mappingLoaded', { name: read.mapping.name }) });
    } catch (error) {
      failed(error);
    }
  };

  return (
    <section className="saved-mappings" aria-labelledby="saved-mappings-title">
      <h2 id="saved-mappings-title">{t('savedTitle')}</h2>
      <p className="intro">{t('savedIntro')}</p>
      {saved.list !== undefined && list.length === 0 && <p className="muted">{t('savedNone')}</p>}
      {list.length > 0 && (
        <ul className="saved-mapping-list">
          {list.map((mapping) => (
            <li key={mapping.name}>
              <span className="saved-mapping-name">{mapping.name}</span>{' '}
              <span className="muted">
                {t('savedColumns', {
                  count: mapping.columns.length,
                  language: languageNameInText(mapping.language, lang),
                })}
              </span>
              <span className="actions">
                {onUse && (
                  <button
                    type="button"
                    aria-label={t('useMappingLabel', { name: mapping.name })}
                    onClick={() => onUse(mapping)}
                  >
                    {t('useMapping')}
                  </button>
                )}
                <button
                  type="button"
                  aria-label={t('downloadMappingLabel', { name: mapping.name })}
                  onClick={() => void download(mapping)}
                >
                  {t('downloadMapping')}
                </button>
                <button
                  type="button"
                  className="danger"
                  aria-label={t('deleteMappingLabel', { name: mapping.name })}
                  onClick={() => void remove(mapping)}
                >
                  {t('deleteMapping')}
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      <div className="button-row">
        <button type="button" onClick={() => void load()}>
          {t('loadMapping')}
        </button>
      </div>
      <Notice notice={notice} />
    </section>
  );
}
