/**
 * The name a save dialog suggests for a notice: `privacyverklaring-landsbond-der-christelijke-mutualiteiten-lcm-
 * 2026-12-03.html` — the notice's own word in its language, the controllers and its date, made safe the way the
 * register's exports are (`fileNameSlug`).
 */
import { fileNameSlug } from '../ipc/fileNames';
import { noticeMessage } from './messages';
import type { NoticeDocument } from './noticeDocument';

export type NoticeFormat = 'html' | 'pdf';

export function noticeFileName(doc: NoticeDocument, format: NoticeFormat): string {
  const parts = [noticeMessage(doc.lang, 'title'), doc.controllers.map((c) => c.name).join(' ')].map(fileNameSlug);
  return `${parts.filter((p) => p !== '').join('-')}-${doc.date}.${format}`;
}
