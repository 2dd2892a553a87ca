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
import { fieldLabel, kindHeading } from '../../shared/catalogue/fieldLabels';
import type { Activity } from '../../shared/model';
import { useI18n } from '../app/i18n';
import { routeHref } from '../app/routes';

const column = createColumnHelper<Activity>();

export function ActivitiesTable({ activities }: { activities: Activity[] }) {
  const { lang } = useI18n();
  const [sorting, setSorting] = useState<SortingState>([{ id: 'name', desc: false }]);
  const columns = useMemo(
    () => [
      column.accessor('reference', { header: () => fieldLabel('reference', lang), cell: (info) => info.getValue() ?? '' }),
      column.accessor('name', {
        header: () => fieldLabel('name', lang),
        cell: (info) => (
          <a href={routeHref({ screen: 'records', kind: 'activities', id: info.row.original.id })}>{info.getValue()}</a>
        ),
      }),
      column.accessor((a) => a.purposes.map((p) => p.description).join('; '), {
        id: 'purposes',
        header: () => fieldLabel('purposes', lang),
      }),
      column.accessor('status', {
        header: () => fieldLabel('status', lang),
        cell: (info) => enumLabel('activityStatus', info.getValue(), lang),
      }),
    ],
    [lang],
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
    <table className="data-table" aria-label={kindHeading('activities', lang)}>
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
