/** The PDF export of the register: one function, usable from the CLI, the tests and the renderer alike. */
export { exportPdf, type ExportPdfOptions } from './exportPdf';
export { setPdfFontLoader, type PdfFontFiles, type PdfFontLoader } from './engine';
