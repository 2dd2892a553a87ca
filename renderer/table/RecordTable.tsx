/**
 * The table of one record kind, fed by the live register: sort on any column, a filter per column, one search over
 * every text of a row, columns shown, hidden and reordered (remembered per table), grouping, row counts, and
 * virtual rows so ten thousand records scroll smoothly. A row opens its record's editor (click, or Enter on the
 * focused row; arrow keys, Page Up/Down, Home and End move between rows).
 *
 * Everything a row shows is computed once per register and language (see rowModel.ts); react-table's row models
 * then sort, filter and group those cached values.
 */
import {
  getCoreRowModel,
  getExpandedRowModel,
  getFilteredRowModel,
  getGroupedRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnDef,
  type ColumnFiltersState,
  type ExpandedState,
  type FilterFn,
  type GroupingState,
  type Row,
  type SortingState,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import {
  Fragment,
  useCallback,
  useDeferredValue,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
} from 'react';
import type { RecordKind } from '../../shared/model';
import { useI18n } from '../app/i18n';
import { routeHref } from '../app/routes';
import { navigate } from '../app/useRoute';
import { useRegisterData } from '../register/RegisterContext';
import { ColumnsMenu } from './ColumnsMenu';
import {
  clearColumnPrefs,
  defaultPrefs,
  loadColumnPrefs,
  saveColumnPrefs,
  type ColumnPrefs,
  type KeyValueStorage,
} from './columnPrefs';
import { countText } from './countText';
import { tableSpec } from './columns';
import type { CellValue } from './columnTypes';
import { FilterControls } from './FilterControls';
import { columnWidth } from './headerWidth';
import { isEmptyFilter, matchesFilter, resolveFilter, type FilterValue } from './filters';
import { PopoverButton } from './Popover';
import { contextFor, rowsFor, type TableRow } from './rowModel';
import { matchesTerms, searchTerms } from './text';
import { useTableText } from './useTableText';

/** Every row has this height (text is clamped to two lines), so the virtualiser knows all positions in advance. */
export const ROW_HEIGHT = 44;
/** Up to this many rows are all rendered (small registers need no virtual rows); above it only the visible ones. */
const RENDER_ALL_UP_TO = 100;

export interface RecordTableProps {
  kind: RecordKind;
  /** The table's accessible name: the heading of the screen it is on. */
  label: string;
  /** Shown instead of the table when the register holds no records of this kind. */
  empty?: ReactNode;
  /** Where the column choices are remembered; the browser profile's localStorage by default. */
  storage?: KeyValueStorage;
  /** What opening a row does; by default the record's editor is opened. */
  onOpen?: (id: string) => void;
}

const searchFilter: FilterFn<TableRow> = (row, _columnId, terms: readonly string[]) =>
  matchesTerms(row.original.searchText(), terms);
searchFilter.resolveFilterValue = (value: string) => searchTerms(value);

const columnFilter: FilterFn<TableRow> = (row, columnId, value: FilterValue) =>
  matchesFilter(row.original, row.original.column(columnId), value);
columnFilter.resolveFilterValue = (value: FilterValue) => resolveFilter(value);
columnFilter.autoRemove = (value: FilterValue | undefined) => isEmptyFilter(value);

const coreRowModel = getCoreRowModel<TableRow>();
const filteredRowModel = getFilteredRowModel<TableRow>();
const sortedRowModel = getSortedRowModel<TableRow>();
const groupedRowModel = getGroupedRowModel<TableRow>();
const expandedRowModel = getExpandedRowModel<TableRow>();

function isEditable(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable ||
      target.tagName === 'INPUT' ||
      target.tagName === 'TEXTAREA' ||
      target.tagName === 'SELECT')
  );
}

function browserStorage(): KeyValueStorage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

function FunnelIcon({ filled }: { filled: boolean }) {
  return (
    <svg aria-hidden="true" focusable="false" width="12" height="12" viewBox="0 0 12 12">
      <path
        d="M1 1.5h10L7.2 6v4.2L4.8 11V6z"
        fill={filled ? 'currentColor' : 'none'}
        stroke="currentColor"
        strokeWidth="1.2"
        strokeLinejoin="round"
      />
    </svg>
  );
}

function CellContent({ value }: { value: CellValue }) {
  if (value.parts) {
    return (
      <>
        {value.parts.map((part, i) => (
          <Fragment key={i}>
            {i > 0 && (value.separator ?? ', ')}
            <span className={part.tone ? `cell-part tone-${part.tone}` : 'cell-part'}>
              {part.text}
              {part.tag && (
                <>
                  {' '}
                  <span className="cell-tag">{part.tag}</span>
                </>
              )}
            </span>
          </Fragment>
        ))}
      </>
    );
  }
  if (value.icon) {
    return (
      <span className={`severity tone-${value.tone ?? 'none'}`}>
        <span className="severity-icon" aria-hidden="true">
          {value.icon}
        </span>
        {value.text}
      </span>
    );
  }
  return <>{value.text}</>;
}

export function RecordTable({ kind, label, empty, storage, onOpen }: RecordTableProps) {
  const { lang } = useI18n();
  const tt = useTableText();
  const { register, findings } = useRegisterData();
  const spec = tableSpec(kind);
  const specById = useMemo(() => new Map(spec.columns.map((c) => [c.id, c])), [spec]);
  const store = useMemo(() => storage ?? browserStorage(), [storage]);
  const helpId = useId();
  const searchHintId = useId();

  const ctx = useMemo(
    () => (register ? contextFor(register, findings?.byRecord, lang) : undefined),
    [register, findings, lang],
  );
  const data = useMemo(
    () => (register ? rowsFor(register, findings?.byRecord, lang, kind, spec) : []),
    [register, findings, lang, kind, spec],
  );
  const columns = useMemo<ColumnDef<TableRow, string | number | undefined>[]>(
    () =>
      spec.columns.map((col) => ({
        id: col.id,
        accessorFn: (row: TableRow) => row.sortValue(col.id),
        sortingFn: 'basic',
        sortUndefined: 'last',
        sortDescFirst: col.id === 'findings' || col.numeric === true,
        filterFn: columnFilter,
        getGroupingValue: (row: TableRow) => row.groupValue(col.id),
        // Groups sort by their smallest value (their total for counts), so their order is stable and meaningful.
        aggregationFn: col.id === 'findings' || col.numeric === true ? 'sum' : 'min',
        enableGrouping: spec.groupBy.includes(col.id),
        enableHiding: col.isName !== true,
        size: col.width,
      })),
    [spec],
  );

  const columnDefaults = useMemo(
    () => spec.columns.map((c) => ({ id: c.id, defaultVisible: c.defaultVisible, alwaysVisible: c.isName === true })),
    [spec],
  );
  const [prefs, setPrefsState] = useState<ColumnPrefs>(() => loadColumnPrefs(store, kind, columnDefaults));
  const setPrefs = (next: ColumnPrefs) => {
    setPrefsState(next);
    saveColumnPrefs(store, kind, next);
  };
  const resetPrefs = () => {
    setPrefsState(defaultPrefs(columnDefaults));
    clearColumnPrefs(store, kind);
  };

  const [sorting, setSorting] = useState<SortingState>([spec.defaultSort]);
  const [columnFilters, setColumnFilters] = useState<ColumnFiltersState>([]);
  const [search, setSearch] = useState('');
  const deferredSearch = useDeferredValue(search);
  const [grouping, setGrouping] = useState<GroupingState>([]);
  const [expanded, setExpanded] = useState<ExpandedState>(true);

  const table = useReactTable<TableRow>({
    data,
    columns,
    getRowId: (row) => row.id,
    state: {
      sorting,
      columnFilters,
      globalFilter: deferredSearch,
      grouping,
      expanded,
      columnVisibility: prefs.visibility,
      columnOrder: prefs.order,
    },
    onSortingChange: setSorting,
    onColumnFiltersChange: setColumnFilters,
    onGroupingChange: setGrouping,
    onExpandedChange: setExpanded,
    globalFilterFn: searchFilter,
    // The search looks at the whole row at once; asking it once per row (through the name column) is enough.
    getColumnCanGlobalFilter: (column) => column.id === 'name',
    groupedColumnMode: false,
    autoResetExpanded: false,
    getCoreRowModel: coreRowModel,
    getFilteredRowModel: filteredRowModel,
    getSortedRowModel: sortedRowModel,
    getGroupedRowModel: groupedRowModel,
    getExpandedRowModel: expandedRowModel,
  });

  const rows = table.getRowModel().rows;
  const shown = table.getFilteredRowModel().rows.length;
  const visibleColumns = table.getVisibleLeafColumns();
  const widths = useMemo(
    () => new Map(spec.columns.map((c) => [c.id, columnWidth(c.width, c.header(lang))])),
    [spec, lang],
  );
  const tableWidth = visibleColumns.reduce((sum, c) => sum + (widths.get(c.id) ?? 150), 0);

  // Virtual rows: the header's height is the offset of the first row inside the scroll box.
  const scrollRef = useRef<HTMLDivElement>(null);
  const headRef = useRef<HTMLTableSectionElement>(null);
  const tbodyRef = useRef<HTMLTableSectionElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const [headHeight, setHeadHeight] = useState(40);
  const tableShown = ctx !== undefined && data.length > 0;
  useEffect(() => {
    const head = headRef.current;
    if (!head) return;
    const observer = new ResizeObserver(() => setHeadHeight(head.offsetHeight));
    observer.observe(head);
    return () => observer.disconnect();
  }, [tableShown]);
  // The scroll box reaches down to the bottom of the window (never below 320 px), so the page itself need not scroll.
  useEffect(() => {
    const box = scrollRef.current;
    if (!box) return;
    const fit = () => {
      const top = box.getBoundingClientRect().top + window.scrollY;
      box.style.maxHeight = `${Math.max(320, Math.floor(window.innerHeight - top - 16))}px`;
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(document.body);
    window.addEventListener('resize', fit);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', fit);
    };
  }, [tableShown]);
  const getItemKey = useCallback((index: number) => rows[index]?.id ?? index, [rows]);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: rows.length <= RENDER_ALL_UP_TO ? RENDER_ALL_UP_TO : 12,
    scrollMargin: headHeight,
    scrollPaddingStart: headHeight,
    getItemKey,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0];
  const last = items[items.length - 1];
  const padTop = first ? first.start - headHeight : 0;
  const padBottom = last ? Math.max(0, virtualizer.getTotalSize() - (last.end - headHeight)) : 0;

  // Roving focus over the rows.
  const [active, setActive] = useState(0);
  const activeIndex = Math.min(active, Math.max(rows.length - 1, 0));
  const focusRequest = useRef<number | null>(null);
  useLayoutEffect(() => {
    const index = focusRequest.current;
    if (index === null) return;
    const element = tbodyRef.current?.querySelector<HTMLElement>(`tr[data-index="${index}"]`);
    if (element) {
      element.focus({ preventScroll: true });
      focusRequest.current = null;
    }
  });
  const moveTo = (index: number) => {
    const target = Math.max(0, Math.min(rows.length - 1, index));
    setActive(target);
    focusRequest.current = target;
    virtualizer.scrollToIndex(target, { align: 'auto' });
  };
  const open = (id: string) => (onOpen ? onOpen(id) : navigate({ screen: 'records', kind, id }));
  const activate = (row: Row<TableRow>) => {
    if (row.getIsGrouped()) row.toggleExpanded();
    else open(row.original.id);
  };

  // The search looks at every text of a row; build those texts while the browser is idle, so the first keystroke
  // in the search box does not pay for 10,000 rows at once.
  useEffect(() => {
    if (data.length === 0 || typeof window.requestIdleCallback !== 'function') return;
    let next = 0;
    let handle = 0;
    const work = (deadline: IdleDeadline) => {
      do {
        const end = Math.min(data.length, next + 50);
        for (; next < end; next++) data[next]?.searchText();
      } while (next < data.length && deadline.timeRemaining() > 5);
      if (next < data.length) handle = window.requestIdleCallback(work);
    };
    handle = window.requestIdleCallback(work);
    return () => window.cancelIdleCallback(handle);
  }, [data]);

  // "/" anywhere outside a text field, and Ctrl+F (Cmd+F) while this table is on screen, go to the search box.
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const find =
        (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'f';
      const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isEditable(event.target);
      if (!find && !slash) return;
      event.preventDefault();
      searchRef.current?.focus();
      searchRef.current?.select();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  if (!ctx) return <p className="loading">{tt('loading')}</p>;
  if (data.length === 0) return <>{empty}</>;

  const onBodyKeyDown = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    const target = event.target as HTMLElement;
    const rowElement = target.closest<HTMLElement>('tr[data-index]');
    if (!rowElement || event.altKey) return;
    const index = Number(rowElement.dataset['index']);
    const row = rows[index];
    if (!row) return;
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 400) / ROW_HEIGHT) - 2);
    let next: number;
    switch (event.key) {
      case 'ArrowDown':
        next = index + 1;
        break;
      case 'ArrowUp':
        next = index - 1;
        break;
      case 'PageDown':
        next = index + page;
        break;
      case 'PageUp':
        next = index - page;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = rows.length - 1;
        break;
      case 'ArrowRight':
      case 'ArrowLeft':
        if (!row.getIsGrouped() || target !== rowElement) return;
        event.preventDefault();
        row.toggleExpanded(event.key === 'ArrowRight');
        return;
      case 'Enter':
      case ' ':
        // Links and buttons inside the row handle their own keys; Space only opens and closes groups.
        if (target !== rowElement || (event.key === ' ' && !row.getIsGrouped())) return;
        event.preventDefault();
        activate(row);
        return;
      default:
        return;
    }
    event.preventDefault();
    moveTo(next);
  };

  const onRowClick = (event: MouseEvent<HTMLTableRowElement>, row: Row<TableRow>) => {
    if ((event.target as HTMLElement).closest('a, button, input, select, label')) return;
    if (window.getSelection()?.toString()) return; // selecting text is not opening
    activate(row);
  };

  const filtersActive = columnFilters.length > 0 || search.trim() !== '';
  const groupColumn = grouping[0] ? specById.get(grouping[0]) : undefined;

  return (
    <div className="record-table-wrap">
      <div className="table-toolbar">
        <label className="table-search">
          <span>{tt('searchLabel')}</span>
          <input
            ref={searchRef}
            type="search"
            value={search}
            placeholder={tt('searchPlaceholder')}
            aria-describedby={searchHintId}
            onChange={(e) => setSearch(e.target.value)}
          />
        </label>
        <span id={searchHintId} className="visually-hidden">
          {tt('searchHint')}
        </span>
        {spec.groupBy.length > 0 && (
          <label className="table-group">
            <span>{tt('groupBy')}</span>
            <select
              value={grouping[0] ?? ''}
              onChange={(e) => {
                setGrouping(e.target.value ? [e.target.value] : []);
                setExpanded(true);
                setActive(0);
              }}
            >
              <option value="">{tt('groupNone')}</option>
              {spec.groupBy.map((id) => (
                <option key={id} value={id}>
                  {specById.get(id)?.header(lang) ?? id}
                </option>
              ))}
            </select>
          </label>
        )}
        <PopoverButton
          buttonClassName="columns-button"
          title={tt('columnsTitle')}
          content={(close) => (
            <ColumnsMenu
              spec={spec}
              prefs={prefs}
              onChange={setPrefs}
              onReset={resetPrefs}
              lang={lang}
              tt={tt}
              close={close}
            />
          )}
        >
          {tt('columns')}
        </PopoverButton>
        {filtersActive && (
          <button
            type="button"
            onClick={() => {
              setSearch('');
              setColumnFilters([]);
            }}
          >
            {tt('clearAll')}
          </button>
        )}
        <p className="count table-count" aria-live="polite" aria-atomic="true">
          {countText(kind, shown, data.length, lang)}
        </p>
      </div>
      <p id={helpId} className="visually-hidden">
        {tt('tableHelp')}
      </p>
      <div className="table-scroll" ref={scrollRef}>
        <table
          className="data-table record-table"
          role="table"
          aria-label={label}
          aria-describedby={helpId}
          aria-rowcount={rows.length + 1}
          data-kind={kind}
          style={{ width: tableWidth }}
        >
          <colgroup>
            {visibleColumns.map((column) => (
              <col key={column.id} style={{ width: widths.get(column.id) ?? 150 }} />
            ))}
          </colgroup>
          <thead ref={headRef}>
            <tr aria-rowindex={1}>
              {visibleColumns.map((column) => {
                const colSpec = specById.get(column.id);
                if (!colSpec) return null;
                const header = colSpec.header(lang);
                const sorted = column.getIsSorted();
                const filterValue = column.getFilterValue() as FilterValue | undefined;
                const filtered = filterValue !== undefined;
                return (
                  <th
                    key={column.id}
                    scope="col"
                    aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
                    className={filtered ? 'filtered' : undefined}
                  >
                    <div className="th-inner">
                      <button type="button" className="sort-button" onClick={column.getToggleSortingHandler()}>
                        <span className="sort-label">{header}</span>
                        <span className="sort-icon" aria-hidden="true">
                          {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
                        </span>
                      </button>
                      <PopoverButton
                        buttonClassName={filtered ? 'filter-button active' : 'filter-button'}
                        buttonLabel={
                          filtered
                            ? `${tt('filterColumn', { column: header })} (${tt('filterActive')})`
                            : tt('filterColumn', { column: header })
                        }
                        title={tt('filterTitle', { column: header })}
                        content={(close) => (
                          <FilterControls
                            column={colSpec}
                            header={header}
                            value={filterValue}
                            onChange={(value) => column.setFilterValue(value)}
                            ctx={ctx}
                            tt={tt}
                            close={close}
                          />
                        )}
                      >
                        <FunnelIcon filled={filtered} />
                      </PopoverButton>
                    </div>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody ref={tbodyRef} onKeyDown={onBodyKeyDown}>
            {padTop > 0 && (
              <tr aria-hidden="true" className="spacer">
                <td colSpan={visibleColumns.length} style={{ height: padTop }} />
              </tr>
            )}
            {items.map((item) => {
              const row = rows[item.index];
              if (!row) return null;
              const common = {
                'data-index': item.index,
                'aria-rowindex': item.index + 2,
                tabIndex: item.index === activeIndex ? 0 : -1,
                onFocus: () => setActive(item.index),
                onClick: (event: MouseEvent<HTMLTableRowElement>) => onRowClick(event, row),
              };
              if (row.getIsGrouped()) {
                const value =
                  row.groupingValue === '' || row.groupingValue === undefined
                    ? tt('groupEmpty')
                    : String(row.groupingValue);
                const isOpen = row.getIsExpanded();
                return (
                  <tr key={row.id} {...common} className="group-row">
                    <td colSpan={visibleColumns.length}>
                      <div className="group-label">
                        <button type="button" tabIndex={-1} aria-expanded={isOpen} onClick={() => row.toggleExpanded()}>
                          <span aria-hidden="true" className="group-toggle">
                            {isOpen ? '▾' : '▸'}
                          </span>
                          {tt('groupLabel', { column: groupColumn?.header(lang) ?? '', value })}
                        </button>
                        <span className="group-count">
                          {countText(kind, row.subRows.length, row.subRows.length, lang)}
                        </span>
                      </div>
                    </td>
                  </tr>
                );
              }
              return (
                <tr key={row.id} {...common} className="record-row">
                  {visibleColumns.map((column) => {
                    const colSpec = specById.get(column.id);
                    const value = row.original.cell(column.id);
                    return (
                      <td key={column.id} className={colSpec?.numeric ? 'numeric' : undefined}>
                        <div className="cell-clip" title={value.text || undefined}>
                          {colSpec?.isName ? (
                            <a href={routeHref({ screen: 'records', kind, id: row.original.id })} tabIndex={-1}>
                              {value.text}
                            </a>
                          ) : (
                            <CellContent value={value} />
                          )}
                        </div>
                      </td>
                    );
                  })}
                </tr>
              );
            })}
            {padBottom > 0 && (
              <tr aria-hidden="true" className="spacer">
                <td colSpan={visibleColumns.length} style={{ height: padBottom }} />
              </tr>
            )}
          </tbody>
        </table>
      </div>
      {rows.length === 0 && <p className="empty">{tt('noMatches')}</p>}
    </div>
  );
}
