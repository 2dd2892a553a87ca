/**
 * The validation findings, when the DPO chooses to include them: grouped by severity, each with the record it
 * concerns (and that record's page) and the rule's message in the export language. The DPO may send an inspector
 * the register with its known gaps stated, or keep this part for internal review.
 */
import { KIND_LABELS } from '../catalogue/fieldLabels';
import { SEVERITIES, type Finding } from '../validation/finding';
import { findingMessage } from '../validation/validate';
import { dataTable, heading, lines, withPage } from './blocks';
import { anchorOf, type ExportContext } from './context';
import type { Content, InlineText, TableCell } from './docTypes';
import { capitalised } from './describe';
import { INLINE, STYLES } from './styles';
import { SEVERITY_KEYS } from './summary';

function recordCell(ctx: ExportContext, finding: Finding): Content {
  const kind = finding.kind;
  const kindName: InlineText[] = [{ text: capitalised(KIND_LABELS[kind].one[ctx.lang]), ...INLINE.detail }];
  if (kind === 'meta' || finding.recordId === undefined) return { ...lines(kindName), ...INLINE.small };
  if (kind === 'activities' || kind === 'processorActivities') {
    const section = ctx.get(kind, finding.recordId);
    if (section !== undefined) {
      // The message names the activity; its processing number and page are what lead to it.
      const id: InlineText[] = section.reference ? [{ text: section.reference, bold: true }] : ctx.name(section);
      return { stack: [{ text: kindName }, withPage(ctx, id, anchorOf(kind, section.id), INLINE.small)] };
    }
  }
  const record = ctx.get(kind, finding.recordId);
  const name = record ? ctx.name(record) : [finding.recordName ?? finding.recordId];
  return { ...lines(kindName, name), ...INLINE.small };
}

export function findingsSection(ctx: ExportContext, findings: readonly Finding[]): Content[] {
  const title = ctx.m('findingsSection');
  const content: Content[] = [heading({ text: [title], plain: title, level: 1, id: 'findings', pageBreak: true })];
  if (findings.length === 0) {
    content.push({ text: ctx.m('findingsNone'), ...INLINE.muted });
    return content;
  }
  for (const severity of SEVERITIES) {
    const group = findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    content.push({ text: `${ctx.m(SEVERITY_KEYS[severity])} (${group.length})`, ...STYLES.h3 });
    content.push(
      dataTable(
        ['#', ctx.m('record'), ctx.m('finding')],
        [0.45, 2.2, 7.3],
        group.map((f, i): TableCell[] => [
          { text: String(i + 1), ...INLINE.detail },
          recordCell(ctx, f),
          lines(findingMessage(f, ctx.lang), [{ text: f.code, ...INLINE.citation }]),
        ]),
      ),
    );
  }
  return content;
}
