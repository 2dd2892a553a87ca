/** Largest file the main process reads for the page (a register or a workbook); bigger ones are refused unread. */
export const MAX_OPEN_BYTES = 200 * 1024 * 1024;
