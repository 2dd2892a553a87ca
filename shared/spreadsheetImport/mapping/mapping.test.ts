// The automatic mapping on registers as organisations keep them: the Dutch copy of the authority's model (groups,
// asterisks, instruction row, Status group), a flat French register, an English export of another tool; and saved
// mappings found again by header text when columns move.
import { describe, expect, it } from 'vitest';
import { dutchRegister, frenchRegister, toolExport } from '../../test/foreignRegisters';
import { bookOf } from '../../test/sourceTables';
import type { ColumnMapping, FoundSourceTable } from '../types';
import { proposeImport, proposeMapping } from './proposeMapping';
import { applySavedMapping, saveMapping, savedMappingFit, savedMappingSchema } from './savedMapping';

/** Each column's target path by its header (with the group when there is one). */
function targets(table: FoundSourceTable, mapping: readonly ColumnMapping[]): Record<string, string | undefined> {
  return Object.fromEntries(
    mapping.map((m) => {
      const column = table.columns.find((c) => c.index === m.column);
      const key = column?.group ? `${column.group} / ${column.header}` : (column?.header ?? String(m.column));
      return [key, m.target?.path];
    }),
  );
}

describe('proposeMapping', () => {
  it('maps a Dutch copy of the authority model column by column, group texts included', () => {
    const { sheet, table } = dutchRegister();
    const proposal = proposeImport(sheet, table, { lang: 'nl' });
    expect(proposal.kind).toBe('activities');
    expect(proposal.language).toBe('nl');
    expect(targets(table, proposal.columns)).toEqual({
      'Bedrijfsproces / Naam': 'businessProcess',
      'Bedrijfsproces / Eigenaar': 'owner',
      'Verwerking / Nummer': 'reference',
      'Verwerking / Naam': 'name',
      'Verwerking / Functionele omschrijving': 'description',
      'Doeleinden / Doeleinden': 'purposes',
      'Rechtsgrond / Rechtsgrond': 'legalBases',
      'Rechtsgrond / Wet': 'legalBases.legalReferenceIds',
      'Gegevens en betrokkenen / Categorieën van persoonsgegevens': 'dataCategoryIds',
      'Gegevens en betrokkenen / Categorieën van betrokkenen': 'subjectCategoryIds',
      'Ontvangers / Categorie': 'recipientIds',
      'Ontvangers / Intern/extern': 'recipientIds.internal',
      'Ontvangers / Land': 'recipientIds.country',
      'Doorgifte / Land': 'transferIds.country',
      'Doorgifte / Waarborgen': 'transferIds.mechanism',
      'Bewaring / Bewaartermijn': 'retention',
      'Beveiliging / Beveiligingsmaatregelen': 'securityMeasureIds',
      'Status / Status': 'status',
      'Status / Einddatum': 'endDate',
      'Status / Vervangende verwerking': 'replacedByActivityId',
    });
  });

  it('gives each proposal a confidence and a reason in the asked language', () => {
    const { sheet, table } = dutchRegister();
    const mapping = proposeMapping(sheet, table, { lang: 'nl' });
    const byHeader = (group: string, header: string) =>
      mapping.find((m) => table.columns.find((c) => c.index === m.column && c.group === group && c.header === header));
    const business = byHeader('Bedrijfsproces', 'Naam');
    expect(business?.reason).toBe('de groep "Bedrijfsproces" noemt Bedrijfsproces');
    expect(business?.confidence).toBeGreaterThan(0.8);
    const retention = byHeader('Bewaring', 'Bewaartermijn');
    expect(retention?.confidence).toBe(1);
    expect(retention?.reason).toContain('100% van de waarden lijkt op termijnen');
    // One value of four is no legal basis ("Omdat het moet"): still mapped, a little less sure.
    const bases = byHeader('Rechtsgrond', 'Rechtsgrond');
    expect(bases?.confidence).toBeGreaterThan(0.9);
    expect(bases?.confidence).toBeLessThan(1);
    for (const m of mapping) {
      expect(m.confidence).toBeGreaterThanOrEqual(0);
      expect(m.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('maps a flat French register and guesses French', () => {
    const { sheet, table } = frenchRegister();
    const proposal = proposeImport(sheet, table, { lang: 'fr' });
    expect(proposal.language).toBe('fr');
    expect(targets(table, proposal.columns)).toEqual({
      'N°': 'reference',
      'Nom du traitement': 'name',
      'Finalité(s) du traitement': 'purposes',
      'Base légale': 'legalBases',
      'Catégories de personnes concernées': 'subjectCategoryIds',
      'Catégories de données': 'dataCategoryIds',
      Destinataires: 'recipientIds',
      'Sous-traitants': 'processorIds',
      'Transferts hors UE': 'transferIds',
      'Durée de conservation': 'retention',
      'Mesures de sécurité': 'securityMeasureIds',
      'Date de création': 'startDate',
      'Dernière mise à jour': 'lastReviewDate',
      Remarques: 'notes',
    });
    expect(proposal.columns.find((m) => m.column === 12)?.reason).toContain('100 % des valeurs ont la forme : dates');
  });

  it('maps the snake_case headers of another tool and leaves unknown columns unmapped with a reason', () => {
    const { sheet, table } = toolExport();
    const proposal = proposeImport(sheet, table);
    expect(proposal.language).toBe('en');
    expect(targets(table, proposal.columns)).toEqual({
      ref_id: 'reference',
      name: 'name',
      description: 'description',
      status: 'status',
      processing_nature: 'characteristics',
      folder: undefined,
      assigned_to: undefined,
      labels: undefined,
      dpia_required: 'dpia.status',
      dpia_reference: 'dpia.reference',
    });
    const folder = proposal.columns.find((m) => m.column === 6);
    expect(folder).toEqual({ column: 6, confidence: 0, reason: 'no field is named by the header "folder"' });
  });

  it('proposes a field from the values alone when no header names one', () => {
    const { sheet, table } = bookOf('Blad1', { headers: ['Verwerking', 'Kolom B', 'Kolom C'] }, [
      ['Ledenbeheer', 'Wettelijke verplichting (art. 6.1.c AVG)', '10 jaar'],
      ['Marketing', 'Toestemming', '2 jaar na laatste contact'],
      ['Camerabewaking', 'Gerechtvaardigd belang', '30 dagen'],
    ]);
    const mapping = proposeMapping(sheet, table);
    expect(mapping.map((m) => m.target?.path)).toEqual(['name', 'legalBases', 'retention']);
    expect(mapping[1]?.confidence).toBeLessThanOrEqual(0.6);
    expect(mapping[1]?.reason).toBe('no header names it, but 100% of the values look like legal bases');
  });

  it('gives a field that takes one column to the column that fits it best', () => {
    const { sheet, table } = bookOf('Blad1', { headers: ['Naam', 'Einddatum', 'Einddatum'] }, [
      ['Ledenbeheer', 'onbekend', '31/12/2025'],
      ['Marketing', 'later', '01/01/2026'],
    ]);
    const mapping = proposeMapping(sheet, table);
    expect(mapping.map((m) => m.target?.path)).toEqual(['name', undefined, 'endDate']);
    expect(mapping[1]?.reason).toBe('End date takes one column and column Einddatum fits it better');
  });

  it('lets several columns feed a list', () => {
    const { sheet, table } = bookOf('Blad1', { headers: ['Naam', 'Ontvangers', 'Externe ontvangers'] }, [
      ['Ledenbeheer', 'Dienst HR', 'RIZIV'],
    ]);
    expect(proposeMapping(sheet, table).map((m) => m.target?.path)).toEqual(['name', 'recipientIds', 'recipientIds']);
  });

  it('recognises a processor register', () => {
    const { sheet, table } = bookOf(
      'Register verwerker',
      { headers: ['Naam', 'In opdracht van verwerkingsverantwoordelijken', 'Categorieën van verwerkingen'] },
      [['Loonverwerking', 'Klant A', 'Loonberekening']],
    );
    const proposal = proposeImport(sheet, table);
    expect(proposal.kind).toBe('processorActivities');
    expect(proposal.columns.map((m) => m.target?.path)).toEqual([
      'name',
      'controllerOrganisationIds',
      'processingCategories',
    ]);
  });
});

describe('saved mappings', () => {
  it('saves a checked mapping and applies it to a file whose columns moved', () => {
    const { sheet, table } = dutchRegister();
    const proposal = proposeImport(sheet, table);
    // The DPO ignores the owner column and sends the description to the notes.
    const edited = proposal.columns.map((m) => {
      const column = table.columns.find((c) => c.index === m.column);
      if (column?.header === 'Eigenaar') return { column: m.column, confidence: 1, reason: '' };
      if (column?.header === 'Functionele omschrijving')
        return { ...m, target: { kind: 'activities' as const, path: 'notes' } };
      return m;
    });
    const saved = saveMapping('GBA-model CM', table, edited, 'nl');
    expect(savedMappingSchema.parse(JSON.parse(JSON.stringify(saved)))).toEqual(saved);
    expect(saved.headers[0]).toBe('Bedrijfsproces › Naam');
    expect(saved.columns[1]).toEqual({ header: 'Bedrijfsproces › Eigenaar' });

    // The next file: columns in another order, headers in other case and spacing.
    const moved: FoundSourceTable = {
      ...table,
      columns: [...table.columns].reverse().map((c, i) => ({ ...c, index: i + 1, header: c.header.toUpperCase() })),
    };
    expect(savedMappingFit(moved, saved)).toBe(1);
    const applied = applySavedMapping(moved, saved, 'nl');
    const byHeader = new Map(
      moved.columns.map((c) => [`${c.group} / ${c.header}`, applied.find((m) => m.column === c.index)]),
    );
    expect(byHeader.get('Verwerking / FUNCTIONELE OMSCHRIJVING')?.target).toEqual({
      kind: 'activities',
      path: 'notes',
    });
    expect(byHeader.get('Bedrijfsproces / EIGENAAR')?.target).toBeUndefined();
    expect(byHeader.get('Ontvangers / LAND')?.target?.path).toBe('recipientIds.country');
    expect(byHeader.get('Doorgifte / LAND')?.target?.path).toBe('transferIds.country');
    expect(byHeader.get('Verwerking / NAAM')?.target?.path).toBe('name');
    expect(byHeader.get('Bedrijfsproces / NAAM')?.target?.path).toBe('businessProcess');
    expect(byHeader.get('Verwerking / NAAM')?.reason).toBe('bewaarde koppeling "GBA-model CM"');
  });

  it('leaves columns the saved mapping does not know unmapped, and drops fields the register no longer has', () => {
    const { table } = frenchRegister();
    const saved = {
      format: 'ropa-import-mapping' as const,
      version: 1 as const,
      name: 'Ancien',
      headers: ['Nom du traitement', 'Ancien champ'],
      columns: [
        { header: 'Nom du traitement', target: { kind: 'activities' as const, path: 'name' } },
        { header: 'Base légale', target: { kind: 'activities' as const, path: 'noSuchField' } },
      ],
      language: 'fr' as const,
    };
    const applied = applySavedMapping(table, saved, 'fr');
    expect(applied.find((m) => m.column === 2)?.target).toEqual({ kind: 'activities', path: 'name' });
    expect(applied.find((m) => m.column === 4)?.target).toBeUndefined();
    expect(applied.find((m) => m.column === 1)).toEqual({
      column: 1,
      confidence: 0,
      reason: "la correspondance enregistrée « Ancien » n'a pas de colonne « N° »",
    });
    // Recognised by the headers it was saved for: one of them is in this file.
    expect(savedMappingFit(table, saved)).toBeCloseTo(1 / 14);
  });
});
