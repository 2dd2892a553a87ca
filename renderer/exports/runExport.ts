/**
 * Produces an export file from a register: the Excel layouts, the PDF or the register file. The exporters live in
 * shared/ (the CLI uses the same ones); this module only picks one and names the file.
 */
import type { UiLanguage } from '../../shared/i18n/languages';
import type { SaveKind } from '../../shared/ipc/desktopApi';
import { suggestedFileName } from '../../shared/ipc/fileNames';
import type { Register } from '../../shared/model';
import type { Edition } from '../../shared/model/recordFields';
import { scopeToController } from '../../shared/register/controllerScope';
import { writeRegisterFile } from '../../shared/register/registerFile';

export type ExportFormat = 'xlsx-authority' | 'xlsx-complete' | 'pdf' | 'json';

export interface ExportRequest {
  format: ExportFormat;
  lang: UiLanguage;
  controllerId?: string;
  snapshotName?: string;
  includeFindings: boolean;
  /** The authority workbook and the PDF leave internal fields out unless `internal`. */
  edition?: Edition;
  today: string;
  onProgress?: (done: number, total: number) => void;
}

export interface ExportResult {
  kind: SaveKind;
  fileName: string;
  data: Uint8Array | string;
}

export async function runExport(register: Register, request: ExportRequest, now = new Date()): Promise<ExportResult> {
  const base = {
    lang: request.lang,
    exportedAt: now,
    today: request.today,
    ...(request.edition ? { edition: request.edition } : {}),
    ...(request.controllerId ? { controllerId: request.controllerId } : {}),
    ...(request.snapshotName ? { snapshotName: request.snapshotName } : {}),
  };
  const scopedName = request.controllerId
    ? (register.organisations.find((o) => o.id === request.controllerId)?.name ?? '')
    : (register.meta.organisationName ?? register.meta.title);
  const name = (kind: SaveKind) => suggestedFileName(kind, scopedName, now);
  switch (request.format) {
    case 'xlsx-authority':
    case 'xlsx-complete': {
      // Loaded on demand: ExcelJS is large and most sessions never export.
      const { exportWorkbook } = await import('../../shared/excel');
      const layout = request.format === 'xlsx-authority' ? 'authority' : 'complete';
      return { kind: 'xlsx', fileName: name('xlsx'), data: await exportWorkbook(register, { ...base, layout }) };
    }
    case 'pdf': {
      const { exportPdf } = await import('../../shared/pdf');
      const options = {
        ...base,
        includeFindings: request.includeFindings,
        ...(request.onProgress ? { onProgress: request.onProgress } : {}),
      };
      return { kind: 'pdf', fileName: name('pdf'), data: await exportPdf(register, options) };
    }
    case 'json': {
      const scoped = request.controllerId ? scopeToController(register, request.controllerId) : register;
      return {
        kind: 'backup',
        fileName: name('backup'),
        data: writeRegisterFile(scoped, { savedAt: now.toISOString(), generator: 'RoPA Desk' }),
      };
    }
  }
}
