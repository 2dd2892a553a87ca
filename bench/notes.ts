/**
 * The hand-written part of RESULTS.md: how each task is measured, and for a missed target why it is missed and what
 * would close it (shown only while the target is missed). The shares quoted come from CPU profiles
 * (`node --cpu-prof`) and from the breakdown the benchmark page measures, taken on 2026-11-22 on the machine in
 * RESULTS.md; re-profile before relying on them after the code changes.
 */

export const METHOD_NOTES = `
- Registers come from \`shared/bench/generateRegister.ts\` (seed 1): names 20–80 characters, descriptions and purposes
  50–300, Dutch with accents; per activity 3–10 recipients and processors, 5–15 data categories, 2 retention rules,
  1–3 transfers; one recipient per 10 activities, one processor per 20; 10,000 activities make a 56 MB register file.
- Node tasks run in child processes (\`node --expose-gc --import tsx bench/node/worker.ts\`), with a garbage
  collection before each run; a first run shorter than 2 s (0.5 s in --quick) is a warm-up and not counted. A task with
  a baseline alternates app and baseline, one measured run per process (app, baseline, app, baseline, ...), so both
  meet the same machine when other work comes and goes; a task without baseline runs its runs in one process. Full
  runs measure 3 to 5 runs (more than 3 while they fit in a minute); --quick 1 or 2. Inputs (register file, workbooks,
  the cells and strings of the baselines) are written once per size and run into bench/tmp/inputs/, outside the
  timing.
- Peak MB of a Node task: the largest \`process.resourceUsage().maxRSS\` of its processes, so it includes Node itself
  (about 60 MB) and the task's input held in memory.
- register-read-validate: \`readRegisterFile(text)\` (JSON, migration, zod schema, SHA-256 fingerprint) +
  \`validateRegister\`. validate: \`validateRegister\` alone. No baselines.
- xlsx-export: \`exportWorkbook\`, authority layout, Dutch. Baseline: ExcelJS writing exactly the cells of that export
  (read back once from the exported file, every sheet, hidden ones included) with \`new Workbook()\`,
  \`addWorksheet\`, \`addRow\` and \`writeBuffer\`, no styles, no validation lists, with the app's writer settings
  (shared strings, deflate level 1), so the ratio is the app's own work.
- xlsx-import: \`planWorkbookImport\` of the complete layout into an empty register (zip checks, reading, mapping,
  schema, diff). Baseline: \`new Workbook().xlsx.load\` of the same file, no options.
- import-foreign: \`planSpreadsheetImport\` of a register kept by hand in the authority model's shape into a new register
  (bench/node/foreignWorkbook.ts: the generated register as one row per activity under a title, a header over three
  rows with merged groups and an instruction row, a Status group, several values per cell, recipients and processors
  marked "(extern)"/"(verwerker)", legal bases, periods and transfers in Dutch words; an identification and a lists
  sheet beside it; written by ExcelJS): reading with the zip guards, finding the table, mapping the 17 columns, reading
  every value, linking by name, schema, report and diff. Each run starts from forgotten readings
  (\`forgetReadings\`), as a first import does. Baseline: \`new Workbook().xlsx.load\` of the same file, no options.
- pdf-export: \`exportPdf\` (Dutch, findings counted, not listed). Baseline: pdfmake rendering the register's own strings
  (title, every record's name and description, every purpose) as plain paragraphs in the same Roboto font. Run at
  5,000 only when 1,000 takes under 12 s; never at 10,000. The app's PDF holds far more text than the baseline (names of
  linked records in every activity, summary tables): for 100 activities 312 pages and 0.79 MB of extracted text against
  0.07 MB of strings, so its ratio mostly measures the document, not overhead.
- Browser tasks: Debian's Chromium through Playwright (headless, the flags of playwright.config.ts plus
  \`--enable-precise-memory-info\`), the app built with the root vite.config.ts into bench/tmp/site/ (what
  \`npm run build:renderer\` builds, written elsewhere so a concurrent build or end-to-end run is not disturbed) and the
  benchmark page (bench/browser/) into bench/tmp/site/bench/, both served by \`vite preview\` from one origin. Five
  measured runs (three in --quick) after one warm-up. Peak MB of a browser task: the largest
  \`performance.memory.usedJSHeapSize\` the page saw (sampled every 5–10 ms, between tasks).
- idb-load: \`replaceRegister\` (renderer/storage) into a fresh database (opened before the timing). Baseline: Dexie with
  one table per kind keyed by id (no secondary indexes) and one transaction of \`bulkPut\`s of the same rows. The run
  details add a breakdown (medians of three): the same writes into the app's schema, one \`fingerprint\`, one
  \`loadRegister\`.
- table-first-rows: the benchmark page writes the register into the app's database \`ropa-desk\` with
  \`replaceRegister\` and marks onboarding done; then the app is opened on \`#/activities\` (a full navigation each
  run) and the time is \`performance.now()\` (from navigation start) of the task after the frame in which the first
  \`tr.record-row\` is in the document. The DOM-only time is in the run details.
- table-filter: one \`input\` event in the search box (a word used only in about 1 in 12 activity names) until the
  count shows the filtered result, measured inside the page as e2e/tables.spec.ts does; the first of six keystrokes is
  a warm-up. The time to the next frame (painted) is in the run details.
- save-ui-block: the app opened on the first activity's editor (register written by the benchmark page as for
  table-first-rows); each run types a new description, saves with Ctrl+S, waits for "Saved" and two more seconds for
  the live register, the findings and the automatic backup to follow, and takes the longest main-thread task
  (\`PerformanceObserver\`, type \`longtask\`: tasks over 50 ms) from the keystroke on. 0 means no task was long.
  The first save is a warm-up.
- export-ui-block: the app's Export screen; an Excel export (authority layout) then a PDF export, each from the
  Export button to its download; the longest main-thread task over both (each one's in the run details). One run
  past 1,000 activities (the PDF takes minutes there).
`;

/** Keyed by target id (report.ts). */
export const MISS_NOTES: Record<string, string> = {
  'xlsx-export': `
**Why.** The baseline writes the same cells, so the XML, the shared strings and the deflate cost the same on both
sides; the difference is work \`exportWorkbook\` does before ExcelJS sees a cell. Profile at 5,000 activities (2.35 s
a run): the SHA-256 fingerprint of the register for the footer and the hidden sheet, about 0.37 s
(\`canonicalJson\` builds a sorted deep copy of the register, then \`@noble/hashes\` hashes ~28 MB in JavaScript);
\`validateRegister\` for the finding counts on the cover, about 0.3 s; turning records into cell texts through the
column map (country names, enum labels, joined link names), about 0.3 s. Styles, validation lists and print setup are
small.

**What would close it.** Let the caller pass the fingerprint and the findings it already has (the renderer keeps the
findings of the saved register for the tables and the dashboard, and the fingerprint can be kept per register
version) instead of recomputing both in the export: that removes ~0.65 s at 5,000, which brings the ratio to about
1.2×. A one-pass canonical serializer (no sorted copy) with a native SHA-256 (\`node:crypto\`, \`crypto.subtle\`) would
make the fingerprint itself 3–5× cheaper everywhere it is used.
`,
  'xlsx-import': `
**Why.** Stages of \`planWorkbookImport\` at 5,000 activities (complete layout, timed one by one): the zip guard
0.3–0.45 s, ExcelJS \`xlsx.load\` 1.4–1.7 s (the same as the baseline, a little less with \`ignoreNodes\`), mapping the
sheets to records (\`importComplete\`) about 1.2 s; diff and schema checks are small. The zip guard inflates every
part once with \`DecompressionStream\` just to count its bytes, before JSZip inflates all of them again. In the mapping,
the profile points at \`resolveLink\` (names matched back to ids; \`names.slice().join()\` per candidate and
\`out.includes\` to de-duplicate), the zod parse of each record, and the nested lists (purposes, legal bases,
retention rules).

**What would close it.** Count unpacked bytes while JSZip inflates (or inflate once and hand the parts to ExcelJS)
instead of inflating twice: −0.3 s. In \`resolveLink\`, accept the id without re-matching the name when the cell still
holds the exported name, and de-duplicate with a Set: most of its time. Together about −0.8 s at 5,000, i.e. about
1.5× the baseline.
`,
  'import-foreign': `
**Why.** The baseline only parses the workbook; the import also does everything a DPO would otherwise do by hand, for
every value. Stages at 5,000 activities in a warm process (medians of three, another session's tests sharing the 2
cores, bare \`xlsx.load\` 0.6–0.8 s there): reading 0.5–0.6 s (since 2026-12-03 the sheets are read with saxes
straight from the XML parts the zip guard has already unpacked, no ExcelJS model: it was 0.8–1.2 s), finding the
table and mapping 0.25–0.4 s (17 columns × 120 sampled cells through ten value readers, whatever the size), building
1.6–2.0 s. The build reads about 150,000 values (5–15 data categories, 3–10 recipients and processors, legal bases,
two periods and transfers per row, in long accented generated texts): splitting cells, reading periods in words,
matching every name to a record (\`matchKey\`, name index), the zod parse of each record, and the garbage of all of
it (about 15 % of the profile). Each measured run is the first in a fresh process: JIT warm-up weighs most at 1,000.
Already done (profiled): the reader above; readers of yes/no, dates, enum values, legal bases and internal/external
read each distinct text once, for up to 100,000 texts; long texts never normalised for a yes/no, enum or country
lookup; cells split once and one-value cells without walking them; enum fits computed once per column; ASCII text
normalised without Unicode classes; created linked records found by id; rows without a number grouped by a map. In the benchmark's own runs (each the first in a fresh process) the new reader shows at 1,000 (2.3 s → 1.1 s)
but hardly at 5,000 under the same load (4.9 s → 4.8 s), where compiling and warming the build's many small readers
dominates the first run.

**What would close it.** Not at the baseline's own pace: reading is now below the bare load, but 1.5× leaves about
0.5× of a parser's time for mapping and reading 150,000 values, which the profile spreads over many small readers
rather than one hot spot. Closer: fold accented text with a per-character table instead of Unicode normalisation per
character (fold, \`matchKey\`); resolve each distinct cell of names once per import (most rows of a real register
repeat the same recipients); parse each created record once (zod parse of records at the end repeats what
\`parseLeniently\` did for records the translation stamps copied). A target in seconds (< 5 s at 5,000, met even on
the loaded machine) fits this task better than a ratio to a parser.
`,
  'pdf-export': `
**Why.** The PDF is large: about 3 pages per activity (312 pages for 100 activities, 3,099 for 1,000), with the names of
every linked data category, recipient, processor and transfer in each activity and in the summary tables: about ten
times the text of the register's own strings that the baseline prints. Profile of one 1,000-activity export (25 s):
garbage collection 26 %, pdfmake measuring text and tables (\`DocMeasure\`, via pdfkit/fontkit glyph layout) about
21 %, placing it on pages about 8 %, pdfkit drawing the pages about 40 % (of which compressing the page streams 7 %),
style lookups (\`StyleContextStack\`) 7 %, and the app's own code building the definition (\`buildDocument\`,
\`activitySection\`, line fitting in \`fit.ts\`) about 6 %. pdfmake lays out and keeps the whole document in memory
before writing it, hence also the peak of more than 1 GB.

**What would close it.** Less text for pdfmake to lay out: name a linked catalogue entry (data category, recipient,
processor) once in the appendices and refer to it by its short name or number in the activity sections, and keep the
summary tables to one line per activity; fixed column widths in the key/value tables (pdfmake measures every cell of an
auto-width table twice); styles resolved into the nodes rather than looked up by name. Rendering the activities in
chunks (e.g. a Worker or a child process per few hundred activities on a 2-core machine, merged afterwards) would also
bound the memory, at the price of a second pass for the page numbers of the table of contents.
`,
  'read-validate': `
**Why.** Profile at 5,000 activities (about 1 s a run): the fingerprint that \`readRegisterFile\` computes is
35–40 % (\`sortKeysDeep\` copy, \`canonicalJson\`, UTF-8 encoding, then SHA-256 in JavaScript), \`validateRegister\`
about 35 %, the zod schema about 15 %, \`JSON.parse\` about 6 %, and garbage collection of the copies in all of them.

**What would close it.** A one-pass canonical serializer and a native SHA-256 (\`node:crypto\` in the CLI and the
main process, \`crypto.subtle.digest\` in the renderer, which is asynchronous but the read is anyway) would cut the
fingerprint share 3–5×, bringing the total under 1 s at 5,000 with room to spare.
`,
  'idb-load': `
**Why.** The breakdown the benchmark page measures (in the runs line above: the same writes into the app's schema,
one fingerprint, one loadRegister, medians of three) shows two costs the plain Dexie baseline does not have. The
activities table carries seven multi-entry indexes (\`*controllerIds\`, \`*recipientIds\`, \`*processorIds\`,
\`*transferIds\`, \`*dataCategoryIds\`, \`*subjectCategoryIds\`, \`*securityMeasureIds\`), about 35 index entries per
activity, which makes the writes about three times slower than the baseline's; and \`replaceRegister\` computes the
new register's SHA-256 fingerprint inside the transaction (0.5–0.75 s at 5,000 in Chromium). Here the replaced
register is empty; replacing a register of the same size adds another \`loadRegister\`, its fingerprint and a snapshot
write.

**What would close it.** The multi-entry indexes serve only \`activitiesLinkedTo\`
(renderer/storage/recordRepository.ts), which the screens do not call: "used by" is computed from the register in
memory (\`usedBy\`). Dropping them in a Dexie version 3 brings the writes close to the baseline. Passing in the
fingerprint that \`readRegisterFile\` already computed (and a faster fingerprint, see read + validate) removes the
rest; together well under 2 s at 5,000.
`,
  'table-first-rows': `
**Why.** From navigation start the app reads all ten tables (\`loadRegister\`, about 0.4 s at 5,000 in Chromium),
validates the whole register for the findings column, builds the table rows and renders the first window of rows; the
first two grow linearly with the register.

**What would close it.** Show the rows before the findings are known (validate after the first paint, or in a Worker),
and read the activities table first.
`,
  'table-filter': `
**Why.** Not profiled: the target was met when this note was written (58 ms at 10,000). The search runs over every
row's searchable text on each keystroke, in a deferred render, which grows linearly with the register.

**What would close it.** Precompute each row's lower-cased search text once per register version.
`,
  'node-memory': `
**Why.** pdfmake builds the layout of the whole document (every page, line and glyph run) and pdfkit keeps the whole
output before either is written, so the export's memory grows with the page count: about 3 pages per activity.

**What would close it.** Fewer pages (see the PDF target), or rendering the document in chunks of activities merged
afterwards, which bounds the peak by the chunk size.
`,
};
