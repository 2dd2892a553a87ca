/** The table of processing activities, fed by a live query so every change in the database shows at once. */
import {
  createColumnHelper,
  flexRender,
  getCoreRowModel,
  getSortedRowModel,
  useReactTable,
  type SortingState,
} from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { enumLabel } from '../../shared/catalogue/enumLabels';
import type { Activity } from '../../shared/model';
import { useI18n } from '../app/i18n';

const column = createColumnHelper<Activity>();

export function ActivitiesTable({ activities }: { activities: Activity[] }) {
  const { t, lang } = useI18n();
  const [sorting, setSorting] = useState<SortingState>([{ id: 'name', desc: false }]);
  const columns = useMemo(
    () => [
      column.accessor('name', { header: () => t('columnName') }),
      column.accessor((a) => a.purposes.map((p) => p.description).join('; '), {
        id: 'purpose',
        header: () => t('columnPurpose'),
      }),
      column.accessor('status', {
        header: () => t('columnStatus'),
        cell: (info) => enumLabel('activityStatus', info.getValue(), lang),
      }),
    ],
    [t, lang],
  );
  const table = useReactTable({
    data: activities,
    columns,
    state: { sorting },
    onSortingChange: setSorting,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getRowId: (row) => row.id,
  });

  return (
    <table className="data-table" aria-label={t('activitiesTitle')}>
      <thead>
        {table.getHeaderGroups().map((group) => (
          <tr key={group.id}>
            {group.headers.map((header) => {
              const sorted = header.column.getIsSorted();
              return (
                <th
                  key={header.id}
                  scope="col"
                  aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
                >
                  <button type="button" className="sort-button" onClick={header.column.getToggleSortingHandler()}>
                    {flexRender(header.column.columnDef.header, header.getContext())}
                    <span aria-hidden="true">{sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}</span>
                  </button>
                </th>
              );
            })}
          </tr>
        ))}
      </thead>
      <tbody>
        {table.getRowModel().rows.map((row) => (
          <tr key={row.id}>
            {row.getVisibleCells().map((cell) => (
              <td key={cell.id}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
