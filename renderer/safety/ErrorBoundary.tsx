/**
 * Catches an error while a screen renders, so it never leaves a blank page: the fallback says what happened,
 * offers a way back, to the dashboard and a reload, and shows what the user had typed on the screen so it can be
 * copied (the screen's own state, such as an editor's draft, is gone once it failed). Typing is recorded from the
 * input events as they bubble up, without the screens knowing about it.
 */
import { Component, useState, type ErrorInfo, type FormEvent, type ReactNode } from 'react';
import { useSafetyText } from './useSafetyText';

/** One form control the user changed on the screen: its label and its latest value. */
export interface TypedValue {
  label: string;
  value: string;
}

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

function isControl(target: EventTarget | null): target is Control {
  return target instanceof HTMLInputElement || target instanceof HTMLSelectElement || target instanceof HTMLTextAreaElement;
}

/** The words of the control's label without the text of the control itself (a select's options). */
function labelOf(control: Control): string {
  const aria = control.getAttribute('aria-label');
  if (aria) return aria;
  const label = control.labels?.[0];
  if (label) {
    const copy = label.cloneNode(true) as HTMLElement;
    for (const inner of copy.querySelectorAll('input, select, textarea, button')) inner.remove();
    const text = copy.textContent?.replace(/\s+/g, ' ').trim();
    if (text) return text;
  }
  return control.name || control.id || ('placeholder' in control ? control.placeholder : '') || control.type;
}

function valueOf(control: Control): string {
  if (control instanceof HTMLInputElement && (control.type === 'checkbox' || control.type === 'radio')) return control.checked ? '☑' : '☐';
  if (control instanceof HTMLSelectElement) return [...control.selectedOptions].map((o) => o.text).join(', ');
  return control.value;
}

/** The typed values as text to copy: where they were typed, then one line per field. */
export function typedText(where: string, typed: readonly TypedValue[]): string {
  return [where, ...typed.map((t) => `${t.label}: ${t.value}`)].join('\n');
}

interface Props {
  children: ReactNode;
}

interface State {
  error: Error | null;
  typed: TypedValue[];
  where: string;
}

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, typed: [], where: '' };
  /** Kept outside React state: recording a keystroke must not re-render the screen. */
  private readonly typed = new Map<Control, TypedValue>();

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    this.setState({ typed: [...this.typed.values()].filter((t) => t.value !== ''), where: window.location.href });
    console.error('Screen failed', error, info.componentStack);
  }

  override componentDidMount(): void {
    window.addEventListener('hashchange', this.reset);
  }

  override componentWillUnmount(): void {
    window.removeEventListener('hashchange', this.reset);
  }

  /** Navigating elsewhere tries again with the new screen (the fallback already asked about unsaved typing). */
  private readonly reset = () => {
    if (!this.state.error) return;
    this.typed.clear();
    this.setState({ error: null, typed: [], where: '' });
  };

  private readonly record = (event: FormEvent) => {
    const target = event.target;
    if (!isControl(target) || target.type === 'password' || target.type === 'file') return;
    this.typed.set(target, { label: labelOf(target), value: valueOf(target) });
  };

  override render(): ReactNode {
    const { error, typed, where } = this.state;
    if (error) return <ErrorFallback error={error} typed={typed} where={where} />;
    return (
      <div className="screen-boundary" onInput={this.record} onChange={this.record}>
        {this.props.children}
      </div>
    );
  }
}

function ErrorFallback({ error, typed, where }: { error: Error; typed: TypedValue[]; where: string }) {
  const s = useSafetyText();
  const [copied, setCopied] = useState<'no' | 'yes' | 'failed'>('no');
  const text = typedText(where, typed);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  };
  // Leaving loses what is shown here: never without the user's say-so.
  const mayLeave = () => typed.length === 0 || copied === 'yes' || window.confirm(s('confirmLoseTyped'));
  return (
    <section className="screen" aria-labelledby="screen-error-title">
      <h1 id="screen-error-title">{s('errorTitle')}</h1>
      <p role="alert">{s('errorText')}</p>
      {typed.length > 0 && (
        <>
          <p>{s('errorTypedIntro')}</p>
          <textarea readOnly rows={Math.min(12, typed.length + 2)} cols={80} value={text} aria-label={s('copyTyped')} />
          <div className="button-row">
            <button type="button" className="primary" onClick={() => void copy()}>
              {s('copyTyped')}
            </button>
            {copied !== 'no' && <span role="status">{s(copied === 'yes' ? 'copied' : 'copyFailed')}</span>}
          </div>
        </>
      )}
      <div className="button-row">
        <button type="button" onClick={() => mayLeave() && window.history.back()}>
          {s('goBack')}
        </button>
        <button type="button" onClick={() => mayLeave() && (window.location.hash = '#/dashboard')}>
          {s('goDashboard')}
        </button>
        <button type="button" onClick={() => mayLeave() && window.location.reload()}>
          {s('reloadApp')}
        </button>
      </div>
      <p className="error-detail">{s('errorDetail', { reason: error.message })}</p>
    </section>
  );
}
