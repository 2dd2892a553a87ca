/** The privacy notice (Art. 13 and 14 GDPR) generated from the register: model, HTML, change summary, templates. */
export { buildNotice, type NoticeOptions } from './buildNotice';
export { noticeHtml } from './noticeHtml';
export { noticeText } from './noticeText';
export { noticeFileName, type NoticeFormat } from './noticeFileName';
export { noticeChanges, type NoticeChange, type NoticeChangeKind, type NoticeChangeOptions } from './noticeChanges';
export { UnknownNoticeControllerError } from './noticeFacts';
export {
  defaultTemplate,
  NOTICE_TEMPLATE_KEYS,
  resolveTemplate,
  TEMPLATE_FIELDS,
  type NoticeTemplateKey,
  type NoticeTemplates,
} from './templates';
export * from './noticeDocument';
export { NOTICE_MESSAGES, noticeMessage, type NoticeMessageKey } from './messages';
// The PDF (pdfmake) is loaded on demand, like the register PDF: `await import('shared/notice/noticePdf')`.
