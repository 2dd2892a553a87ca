/**
 * Editors for the structured parts of a record: controllers with their role, purposes, legal bases (ground +
 * the national law behind it), sources, retention rules (period as number + unit, stored as ISO 8601, or a
 * criterion), categories of processing, automated decisions and the DPIA. Their translatable texts (a purpose, an
 * explanation, a retention criterion) show their translations below them (FieldTranslations).
 */
import { useId } from 'react';
import { enumLabel } from '../../../shared/catalogue/enumLabels';
import { fieldLabel } from '../../../shared/catalogue/fieldLabels';
import { LEGAL_GROUND_CODES, legalGroundLabel, type LegalGroundCode } from '../../../shared/catalogue/legalGrounds';
import { parseDuration } from '../../../shared/i18n/formatDate';
import {
  CONTROLLER_ROLES,
  DPIA_STATUSES,
  type Activity,
  type ControllerRole,
  type DpiaStatus,
  type LegalBasis,
  type Purpose,
  type RecordKind,
  type Register,
  type RetentionRule,
} from '../../../shared/model';
import type { UiMessageKey } from '../../app/messages';
import { useI18n } from '../../app/i18n';
import type { TranslationHolder } from '../../../shared/translation';
import { getAt, type Draft } from '../draftPath';
import { FieldTranslations } from '../FieldTranslations';
import type { NestedEditor } from '../formSpec';
import { LinksPicker } from './LinksPicker';

export interface NestedProps {
  editor: NestedEditor;
  draft: Draft;
  setField: (path: string, value: unknown) => void;
  register: Register;
  onCreate: (kind: RecordKind, name: string) => Promise<string>;
  describedBy?: string;
}

const newId = () => crypto.randomUUID();

function ListControls({ onRemove, label }: { onRemove: () => void; label: string }) {
  const { t } = useI18n();
  return (
    <button type="button" className="remove" onClick={onRemove} aria-label={t('removeNamed', { name: label })}>
      {t('removeItem')}
    </button>
  );
}

type TextItem = TranslationHolder & {
  id: string;
  description: string;
  fromDataSubject?: boolean;
  publicDescription?: string;
};

/** A change to one item of a list, computed from the item (a translation set or confirmed). */
function changeItem<T extends { id: string }>(items: readonly T[], id: string, change: (item: T) => T): T[] {
  return items.map((item) => (item.id === id ? change(item) : item));
}

/** The public wording of one purpose (the privacy notice's text for it), with its translations. */
function PublicWording({
  item,
  itemLabel,
  path,
  onChange,
  onTranslation,
}: {
  item: TextItem;
  itemLabel: string;
  path: string;
  onChange: (value: string) => void;
  onTranslation: (change: (item: TextItem) => TextItem) => void;
}) {
  const { lang } = useI18n();
  const label = `${itemLabel}: ${fieldLabel('purposes.publicDescription', lang)}`;
  return (
    <div className="list-item-public">
      <label>
        <span className="visually-hidden">{itemLabel}: </span>
        <span>{fieldLabel('purposes.publicDescription', lang)}</span>
        <textarea rows={2} value={item.publicDescription ?? ''} onChange={(e) => onChange(e.target.value)} />
      </label>
      <FieldTranslations
        holder={item}
        list={path}
        field="publicDescription"
        label={label}
        multiline
        onChange={(_key, change) => onTranslation(change)}
      />
    </div>
  );
}

function TextList({
  path,
  draft,
  setField,
  label,
  withSubjectFlag,
  withPublicWording,
}: {
  path: 'purposes' | 'sources' | 'processingCategories';
  draft: Draft;
  setField: NestedProps['setField'];
  label: string;
  withSubjectFlag?: boolean;
  /** Purposes: the wording the privacy notice uses instead, when the register's is not meant for data subjects. */
  withPublicWording?: boolean;
}) {
  const { t, lang } = useI18n();
  const items = (getAt(draft, path) as TextItem[] | undefined) ?? [];
  const update = (id: string, patch: Partial<TextItem>) =>
    setField(
      path,
      items.map((i) => (i.id === id ? { ...i, ...patch } : i)),
    );
  return (
    <fieldset className="nested" id={`field-${path}`}>
      <legend>{label}</legend>
      {items.map((item, index) => {
        const itemLabel = t('itemN', { label, n: index + 1 });
        return (
          <div key={item.id} className="list-entry">
            <div className="list-item">
              <label>
                <span className="visually-hidden">{itemLabel}</span>
                <textarea
                  rows={2}
                  value={item.description}
                  onChange={(e) => update(item.id, { description: e.target.value })}
                />
              </label>
              {withSubjectFlag && (
                <label className="checkbox">
                  <input
                    type="checkbox"
                    checked={item.fromDataSubject ?? false}
                    onChange={(e) => update(item.id, { fromDataSubject: e.target.checked })}
                  />
                  {fieldLabel('sources.fromDataSubject', lang)}
                </label>
              )}
              <ListControls
                label={itemLabel}
                onRemove={() =>
                  setField(
                    path,
                    items.filter((i) => i.id !== item.id),
                  )
                }
              />
            </div>
            <FieldTranslations
              holder={item}
              list={path}
              field="description"
              label={itemLabel}
              multiline
              onChange={(_key, change) => setField(path, changeItem(items, item.id, change))}
            />
            {withPublicWording && (
              <PublicWording
                item={item}
                itemLabel={itemLabel}
                path={path}
                onChange={(value) => update(item.id, { publicDescription: value === '' ? undefined : value })}
                onTranslation={(change) => setField(path, changeItem(items, item.id, change))}
              />
            )}
          </div>
        );
      })}
      <button
        type="button"
        onClick={() =>
          setField(path, [
            ...items,
            { id: newId(), description: '', ...(withSubjectFlag ? { fromDataSubject: false } : {}) },
          ])
        }
      >
        {t('addItem')}: {label}
      </button>
    </fieldset>
  );
}

/** Controllers: chosen (or created) like any link, each with its role (controller or joint controller). */
function Controllers({ draft, setField, register, onCreate }: NestedProps) {
  const { t, lang } = useI18n();
  const items = (getAt(draft, 'controllers') as Activity['controllers'] | undefined) ?? [];
  const label = fieldLabel('controllers', lang);
  const setIds = (ids: string[]) =>
    setField(
      'controllers',
      ids.map(
        (organisationId) =>
          items.find((c) => c.organisationId === organisationId) ?? { organisationId, role: 'controller' as const },
      ),
    );
  return (
    <fieldset className="nested" id="field-controllers">
      <legend>{label}</legend>
      <LinksPicker
        label={fieldLabel('controllers.organisationId', lang)}
        to="organisations"
        value={items.map((c) => c.organisationId)}
        options={register.organisations.filter((o) => o.kind === 'controller' || o.kind === 'joint-controller')}
        onChange={setIds}
        onCreate={(name) => onCreate('organisations', name)}
      />
      {items.map((item, index) => {
        const name = register.organisations.find((o) => o.id === item.organisationId)?.name ?? item.organisationId;
        return (
          <label key={item.organisationId} className="inline-label">
            {fieldLabel('controllers.role', lang)}: {name}
            <select
              value={item.role}
              onChange={(e) =>
                setField(
                  'controllers',
                  items.map((c, i) => (i === index ? { ...c, role: e.target.value as ControllerRole } : c)),
                )
              }
            >
              {CONTROLLER_ROLES.map((r) => (
                <option key={r} value={r}>
                  {enumLabel('controllerRole', r, lang)}
                </option>
              ))}
            </select>
          </label>
        );
      })}
      {items.length === 0 && <p className="muted">{t('notSet')}</p>}
    </fieldset>
  );
}

function LegalBases({ draft, setField, register, onCreate }: NestedProps) {
  const { t, lang } = useI18n();
  const items = (getAt(draft, 'legalBases') as LegalBasis[] | undefined) ?? [];
  const update = (id: string, patch: Partial<LegalBasis>) =>
    setField(
      'legalBases',
      items.map((b) => (b.id === id ? { ...b, ...patch } : b)),
    );
  return (
    <fieldset className="nested" id="field-legalBases">
      <legend>{fieldLabel('legalBases', lang)}</legend>
      {items.map((basis, index) => (
        <div key={basis.id} className="nested-item">
          <h4>{t('legalBasis', { n: index + 1 })}</h4>
          <label>
            {fieldLabel('legalBases.ground', lang)}
            <select
              value={basis.ground}
              onChange={(e) => update(basis.id, { ground: e.target.value as LegalGroundCode })}
            >
              {LEGAL_GROUND_CODES.map((code) => (
                <option key={code} value={code}>
                  {legalGroundLabel(code, lang)}
                </option>
              ))}
            </select>
          </label>
          <LinksPicker
            label={fieldLabel('legalBases.legalReferenceIds', lang)}
            to="legalReferences"
            value={basis.legalReferenceIds}
            options={register.legalReferences}
            onChange={(ids) => update(basis.id, { legalReferenceIds: ids })}
            onCreate={(name) => onCreate('legalReferences', name)}
          />
          <label>
            {fieldLabel('legalBases.explanation', lang)}
            <textarea
              rows={2}
              value={basis.explanation ?? ''}
              onChange={(e) => update(basis.id, { explanation: e.target.value || undefined })}
            />
          </label>
          <FieldTranslations
            holder={basis}
            list="legalBases"
            field="explanation"
            label={`${t('legalBasis', { n: index + 1 })}: ${fieldLabel('legalBases.explanation', lang)}`}
            multiline
            onChange={(_key, change) => setField('legalBases', changeItem(items, basis.id, change))}
          />
          <ListControls
            label={t('legalBasis', { n: index + 1 })}
            onRemove={() =>
              setField(
                'legalBases',
                items.filter((b) => b.id !== basis.id),
              )
            }
          />
        </div>
      ))}
      <button
        type="button"
        onClick={() => setField('legalBases', [...items, { id: newId(), ground: 'art6-1-c', legalReferenceIds: [] }])}
      >
        {t('addItem')}: {fieldLabel('legalBases.ground', lang)}
      </button>
    </fieldset>
  );
}

const UNITS: { unit: 'Y' | 'M' | 'W' | 'D'; label: UiMessageKey }[] = [
  { unit: 'Y', label: 'unitYears' },
  { unit: 'M', label: 'unitMonths' },
  { unit: 'W', label: 'unitWeeks' },
  { unit: 'D', label: 'unitDays' },
];

/** A period picker: a number and a unit, stored as an ISO 8601 duration (P18M). Mixed periods keep their text. */
function PeriodPicker({
  value,
  onChange,
  label,
}: {
  value: string | undefined;
  onChange: (iso: string | undefined) => void;
  label: string;
}) {
  const { t } = useI18n();
  const id = useId();
  const parts = value ? parseDuration(value) : null;
  const single =
    parts && Object.keys(parts).length === 1 ? (Object.entries(parts)[0] as ['Y' | 'M' | 'W' | 'D', number]) : null;
  const unit = single?.[0] ?? 'M';
  const amount = single ? String(single[1]) : value && !single ? '' : '';
  const set = (n: string, u: string) => onChange(/^\d+$/.test(n) && Number(n) > 0 ? `P${Number(n)}${u}` : undefined);
  return (
    <div className="period-picker" role="group" aria-labelledby={`${id}-l`}>
      <span id={`${id}-l`} className="field-label">
        {label}
      </span>
      <label>
        {t('periodNumber')}
        <input type="number" min={1} inputMode="numeric" value={amount} onChange={(e) => set(e.target.value, unit)} />
      </label>
      <label>
        {t('periodUnit')}
        <select value={unit} onChange={(e) => set(amount, e.target.value)}>
          {UNITS.map((u) => (
            <option key={u.unit} value={u.unit}>
              {t(u.label)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

function Retention({ draft, setField, register, onCreate }: NestedProps) {
  const { t, lang } = useI18n();
  const rules = (getAt(draft, 'retention') as RetentionRule[] | undefined) ?? [];
  const purposes = (getAt(draft, 'purposes') as Purpose[] | undefined) ?? [];
  const categoryIds = (getAt(draft, 'dataCategoryIds') as string[] | undefined) ?? [];
  const categories = register.dataCategories.filter((c) => categoryIds.includes(c.id));
  const update = (id: string, patch: Partial<RetentionRule>) => {
    const next = rules.map((r) => {
      if (r.id !== id) return r;
      const merged: Record<string, unknown> = { ...r, ...patch };
      for (const key of Object.keys(merged)) if (merged[key] === undefined || merged[key] === '') delete merged[key];
      return merged as RetentionRule;
    });
    setField('retention', next);
  };
  const toggle = (list: string[], id: string) => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id]);
  return (
    <fieldset className="nested" id="field-retention">
      <legend>{fieldLabel('retention', lang)}</legend>
      {rules.map((rule, index) => {
        const title = t('retentionRule', { n: index + 1 });
        return (
          <div key={rule.id} className="nested-item" role="group" aria-label={title}>
            <h4>{title}</h4>
            <PeriodPicker
              label={fieldLabel('retention.period', lang)}
              value={rule.period}
              onChange={(period) => update(rule.id, { period })}
            />
            <label>
              {fieldLabel('retention.criterion', lang)}
              <input value={rule.criterion ?? ''} onChange={(e) => update(rule.id, { criterion: e.target.value })} />
            </label>
            <FieldTranslations
              holder={rule}
              list="retention"
              field="criterion"
              label={`${title}: ${fieldLabel('retention.criterion', lang)}`}
              multiline
              onChange={(_key, change) => setField('retention', changeItem(rules, rule.id, change))}
            />
            <label>
              {fieldLabel('retention.trigger', lang)}
              <input value={rule.trigger ?? ''} onChange={(e) => update(rule.id, { trigger: e.target.value })} />
            </label>
            <FieldTranslations
              holder={rule}
              list="retention"
              field="trigger"
              label={`${title}: ${fieldLabel('retention.trigger', lang)}`}
              multiline={false}
              onChange={(_key, change) => setField('retention', changeItem(rules, rule.id, change))}
            />
            {purposes.length > 0 && (
              <fieldset className="checks">
                <legend>{fieldLabel('retention.purposeIds', lang)}</legend>
                {purposes.map((p) => (
                  <label key={p.id} className="checkbox">
                    <input
                      type="checkbox"
                      checked={rule.purposeIds.includes(p.id)}
                      onChange={() => update(rule.id, { purposeIds: toggle(rule.purposeIds, p.id) })}
                    />
                    {p.description || '…'}
                  </label>
                ))}
              </fieldset>
            )}
            {categories.length > 0 && (
              <fieldset className="checks">
                <legend>{fieldLabel('retention.dataCategoryIds', lang)}</legend>
                {categories.map((c) => (
                  <label key={c.id} className="checkbox">
                    <input
                      type="checkbox"
                      checked={rule.dataCategoryIds.includes(c.id)}
                      onChange={() => update(rule.id, { dataCategoryIds: toggle(rule.dataCategoryIds, c.id) })}
                    />
                    {c.name}
                  </label>
                ))}
              </fieldset>
            )}
            <LinksPicker
              label={fieldLabel('retention.legalReferenceIds', lang)}
              to="legalReferences"
              value={rule.legalReferenceIds}
              options={register.legalReferences}
              onChange={(ids) => update(rule.id, { legalReferenceIds: ids })}
              onCreate={(name) => onCreate('legalReferences', name)}
            />
            <ListControls
              label={title}
              onRemove={() =>
                setField(
                  'retention',
                  rules.filter((r) => r.id !== rule.id),
                )
              }
            />
          </div>
        );
      })}
      <button
        type="button"
        onClick={() =>
          setField('retention', [...rules, { id: newId(), purposeIds: [], dataCategoryIds: [], legalReferenceIds: [] }])
        }
      >
        {t('addItem')}: {t('retentionRule', { n: rules.length + 1 })}
      </button>
    </fieldset>
  );
}

function AutomatedDecision({ draft, setField }: NestedProps) {
  const { lang } = useI18n();
  const value = (getAt(draft, 'automatedDecision') as Activity['automatedDecision']) ?? undefined;
  const set = (patch: Partial<NonNullable<Activity['automatedDecision']>>) =>
    setField('automatedDecision', { exists: false, profiling: false, ...value, ...patch });
  return (
    <fieldset className="nested" id="field-automatedDecision">
      <legend>{fieldLabel('automatedDecision', lang)}</legend>
      <label className="checkbox">
        <input type="checkbox" checked={value?.exists ?? false} onChange={(e) => set({ exists: e.target.checked })} />
        {fieldLabel('automatedDecision.exists', lang)}
      </label>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={value?.profiling ?? false}
          onChange={(e) => set({ profiling: e.target.checked })}
        />
        {fieldLabel('automatedDecision.profiling', lang)}
      </label>
      <label>
        {fieldLabel('automatedDecision.logic', lang)}
        <textarea rows={2} value={value?.logic ?? ''} onChange={(e) => set({ logic: e.target.value || undefined })} />
      </label>
    </fieldset>
  );
}

function Dpia({ draft, setField }: NestedProps) {
  const { t, lang } = useI18n();
  const value = getAt(draft, 'dpia') as Activity['dpia'];
  const set = (patch: Partial<NonNullable<Activity['dpia']>>) => {
    const next: Record<string, unknown> = { status: 'not-assessed', ...value, ...patch };
    for (const key of Object.keys(next)) if (next[key] === '' || next[key] === undefined) delete next[key];
    setField('dpia', next);
  };
  return (
    <fieldset className="nested" id="field-dpia">
      <legend>{fieldLabel('dpia', lang)}</legend>
      <label>
        {fieldLabel('dpia.status', lang)}
        <select
          value={value?.status ?? ''}
          onChange={(e) =>
            e.target.value ? set({ status: e.target.value as DpiaStatus }) : setField('dpia', undefined)
          }
        >
          <option value="">{t('notSet')}</option>
          {DPIA_STATUSES.map((s) => (
            <option key={s} value={s}>
              {enumLabel('dpiaStatus', s, lang)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {fieldLabel('dpia.reference', lang)}
        <input value={value?.reference ?? ''} onChange={(e) => set({ reference: e.target.value })} disabled={!value} />
      </label>
      <label>
        {fieldLabel('dpia.date', lang)}
        <input
          type="date"
          value={value?.date ?? ''}
          onChange={(e) => set({ date: e.target.value })}
          disabled={!value}
        />
      </label>
    </fieldset>
  );
}

export function NestedField(props: NestedProps) {
  const { lang } = useI18n();
  switch (props.editor) {
    case 'controllers':
      return <Controllers {...props} />;
    case 'purposes':
      return (
        <TextList
          path="purposes"
          draft={props.draft}
          setField={props.setField}
          label={fieldLabel('purposes', lang)}
          withPublicWording
        />
      );
    case 'sources':
      return (
        <TextList
          path="sources"
          draft={props.draft}
          setField={props.setField}
          label={fieldLabel('sources', lang)}
          withSubjectFlag
        />
      );
    case 'processingCategories':
      return (
        <TextList
          path="processingCategories"
          draft={props.draft}
          setField={props.setField}
          label={fieldLabel('processingCategories', lang)}
        />
      );
    case 'legalBases':
      return <LegalBases {...props} />;
    case 'retention':
      return <Retention {...props} />;
    case 'automatedDecision':
      return <AutomatedDecision {...props} />;
    case 'dpia':
      return <Dpia {...props} />;
  }
}
