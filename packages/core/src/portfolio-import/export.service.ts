import type { AiSystemDto, AiSystemExportDocument, PortfolioViewQuery } from '@vigil/contracts';
import { csvField } from '../audit/index';
import { searchTerms } from '../db/dialect';
import type { CoreDeps } from '../deps';
import { isDomainError } from '../errors';
import { getModelCard } from '../portfolio-cards/index';
import { ownerIdsOf, toAiSystemDto } from '../portfolio/portfolio.mappers';
import * as pq from '../portfolio/portfolio.list.queries';
import { findSystemById } from '../portfolio/portfolio.queries';
import { getAiSystem } from '../portfolio/portfolio.service';
import { type ExportContext, exportColumns } from './export-columns';

const batchSize = 500;

/** Each system matching the view (all of them without filters) with its export context, in name order. */
async function* exportRows(
  deps: CoreDeps,
  query: PortfolioViewQuery,
): AsyncGenerator<[AiSystemDto, ExportContext]> {
  const { q: text, sort = 'name', order, ...filters } = query;
  const filter: pq.SystemFilter = { ...filters, terms: searchTerms(text ?? '') };
  const direction = order ?? (sort === 'updatedAt' ? 'desc' : 'asc');
  for (let offset = 0; ; offset += batchSize) {
    const rows = await pq.listSystems(
      deps.db,
      deps.dialect,
      filter,
      { sort, direction },
      { limit: batchSize, offset },
    );
    const ownerIds = [...new Set(rows.flatMap(ownerIdsOf))];
    const users =
      ownerIds.length === 0
        ? []
        : await deps.db
            .selectFrom('users')
            .select(['id', 'email', 'display_name'])
            .where('id', 'in', ownerIds)
            .execute();
    const emails = new Map(users.map((u) => [u.id, u.email]));
    const names = new Map(users.map((u) => [u.id, u.display_name]));
    const emailOf = (userId: string | null) => (userId === null ? '' : (emails.get(userId) ?? ''));
    for (const row of rows)
      yield [toAiSystemDto(row, names), { externalId: row.external_id ?? null, emailOf }];
    if (rows.length < batchSize) return;
  }
}

/** The portfolio (or the systems matching a view) as CSV text, formula-like cells defused. */
export async function exportPortfolioCsv(
  deps: CoreDeps,
  query: PortfolioViewQuery = {},
): Promise<string> {
  const lines = [exportColumns.map((c) => csvField(c.header)).join(',')];
  for await (const [system, context] of exportRows(deps, query)) {
    lines.push(exportColumns.map((c) => csvField(c.value(system, context))).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The portfolio (or the systems matching a view) as an Excel workbook with one sheet. */
export async function exportPortfolioXlsx(
  deps: CoreDeps,
  query: PortfolioViewQuery = {},
): Promise<Buffer> {
  // Loaded on first use: the library takes half a second to load and most commands never need it.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Vigil';
  workbook.created = deps.clock.now();
  const sheet = workbook.addWorksheet('AI systems', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = exportColumns.map((c) => ({ header: c.header, key: c.header, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  for await (const [system, context] of exportRows(deps, query)) {
    // Every value is written as a string cell, so nothing in it is evaluated as a formula.
    sheet.addRow(exportColumns.map((c) => c.value(system, context)));
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: exportColumns.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * One system as a portable JSON document with its latest model card, re-importable with
 * `vigil systems import`.
 * @throws DomainError not_found
 */
export async function exportAiSystemJson(
  deps: CoreDeps,
  systemId: string,
): Promise<AiSystemExportDocument> {
  const system = await getAiSystem(deps, systemId);
  const row = await findSystemById(deps.db, systemId);
  const modelCard = await getModelCard(deps, systemId).then(
    (dto) => dto.card,
    (error: unknown) => {
      if (isDomainError(error, 'not_found')) return null;
      throw error;
    },
  );
  return {
    format: 'vigil.ai-system',
    formatVersion: 1,
    exportedAt: deps.clock.now().toISOString(),
    externalId: row?.external_id ?? null,
    system,
    modelCard,
  };
}
