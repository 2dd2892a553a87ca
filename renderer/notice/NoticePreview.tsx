/**
 * The privacy notice as the app shows it while the DPO chooses: the same document the HTML and PDF files render
 * (`shared/notice`), laid out with the same structure (sections, lists, tables, addresses) and the same mark on a
 * text that falls back to the register's main language. Headings start at level 3: the screen owns 1 and 2.
 */
import type { NoticeBlock, NoticeDocument, NoticeInline, NoticeListItem, NoticeSection } from '../../shared/notice';

function Inline({ runs }: { runs: NoticeInline }) {
  return (
    <>
      {runs.map((run, i) => {
        const text = run.strong ? <strong>{run.text}</strong> : run.text;
        if (run.lang === undefined) return <span key={i}>{text}</span>;
        return (
          <span key={i}>
            <span lang={run.lang}>{text}</span> <span className="notice-fallback">[{run.lang}]</span>
          </span>
        );
      })}
    </>
  );
}

function Items({ items }: { items: readonly NoticeListItem[] }) {
  return (
    <ul>
      {items.map((item, i) => (
        <li key={i}>
          <Inline runs={item.content} />
          {item.details?.map((detail, k) => (
            <span key={k} className="notice-detail">
              <Inline runs={detail} />
            </span>
          ))}
          {item.items && item.items.length > 0 && <Items items={item.items} />}
        </li>
      ))}
    </ul>
  );
}

function Block({ block }: { block: NoticeBlock }) {
  switch (block.type) {
    case 'paragraph':
      return (
        <p>
          <Inline runs={block.content} />
        </p>
      );
    case 'list':
      return <Items items={block.items} />;
    case 'address':
      return (
        <address>
          {block.lines.map((line, i) => (
            <span key={i} className="notice-line">
              <Inline runs={line} />
            </span>
          ))}
        </address>
      );
    case 'table':
      return (
        <div className="notice-table">
          <table>
            <thead>
              <tr>
                {block.header.map((h) => (
                  <th key={h} scope="col">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {block.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((cell, c) => (
                    <td key={c}>
                      <Inline runs={cell} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
  }
}

function Section({ section }: { section: NoticeSection }) {
  return (
    <section aria-labelledby={`notice-${section.id}`}>
      <h3 id={`notice-${section.id}`}>{section.heading}</h3>
      {section.blocks.map((block, i) => (
        <Block key={i} block={block} />
      ))}
      {section.subsections.map((sub) => (
        <section key={sub.id} aria-labelledby={`notice-${section.id}-${sub.id}`}>
          <h4 id={`notice-${section.id}-${sub.id}`}>
            <Inline runs={sub.heading} />
          </h4>
          {sub.blocks.map((block, i) => (
            <Block key={i} block={block} />
          ))}
        </section>
      ))}
    </section>
  );
}

export function NoticePreview({ doc, label }: { doc: NoticeDocument; label: string }) {
  return (
    <article className="notice-preview" lang={doc.lang} aria-label={label}>
      <h2 className="notice-title">{doc.title}</h2>
      <p className="notice-date">{doc.dateText}</p>
      {doc.sections.map((section) => (
        <Section key={section.id} section={section} />
      ))}
      {doc.fingerprint !== '' && <footer className="notice-footer">{doc.fingerprint}</footer>}
    </article>
  );
}
