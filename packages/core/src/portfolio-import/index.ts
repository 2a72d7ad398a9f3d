export { startImport, startImportFromBytes, getImport, discardImport } from './import-session';
export { previewImport, commitImport } from './import-commit';
export { exportPortfolioCsv, exportPortfolioXlsx, exportAiSystemJson } from './export.service';
export { importAiSystemJson, type JsonImportOutcome } from './json-import';
export { suggestMapping, suggestField } from './mapping-suggest';
export { readSpreadsheet, type SheetData, type SheetRow } from './spreadsheet-reader';
export { parseCsv } from './csv';
