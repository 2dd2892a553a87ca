/**
 * A button that opens a small dialog beside it, built on the HTML popover attribute: the browser puts it in the top
 * layer (never clipped by the table's scroll box), closes it on Escape or a click outside, and gives focus back to
 * the button. Its content is only rendered while it is open.
 */
import { useCallback, useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';

interface PopoverButtonProps {
  /** What the button shows (an icon or a word). */
  children: ReactNode;
  /** The button's accessible name when its content is an icon. */
  buttonLabel?: string;
  buttonClassName?: string;
  /** The dialog's accessible name. */
  title: string;
  content: (close: () => void) => ReactNode;
}

const MARGIN = 8;

export function PopoverButton({ children, buttonLabel, buttonClassName, title, content }: PopoverButtonProps) {
  const id = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const popoverRef = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState(false);

  const place = useCallback(() => {
    const button = buttonRef.current;
    const popover = popoverRef.current;
    if (!button || !popover) return;
    const anchor = button.getBoundingClientRect();
    const width = popover.offsetWidth;
    const height = popover.offsetHeight;
    const left = Math.max(MARGIN, Math.min(anchor.left, window.innerWidth - width - MARGIN));
    const below = anchor.bottom + 4;
    const top = below + height + MARGIN > window.innerHeight ? Math.max(MARGIN, anchor.top - height - 4) : below;
    popover.style.left = `${left}px`;
    popover.style.top = `${top}px`;
  }, []);

  useLayoutEffect(() => {
    if (!open) return;
    place();
    const first = popoverRef.current?.querySelector<HTMLElement>('input, select, button, [tabindex="0"]');
    first?.focus();
    window.addEventListener('resize', place);
    window.addEventListener('scroll', place, true);
    return () => {
      window.removeEventListener('resize', place);
      window.removeEventListener('scroll', place, true);
    };
  }, [open, place]);

  const close = useCallback(() => document.getElementById(id)?.hidePopover(), [id]);

  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className={buttonClassName}
        popoverTarget={id}
        aria-label={buttonLabel}
        aria-haspopup="dialog"
        aria-expanded={open}
      >
        {children}
      </button>
      <div
        ref={popoverRef}
        id={id}
        popover="auto"
        role="dialog"
        aria-label={title}
        className="table-popover"
        onToggle={(event) => setOpen(event.newState === 'open')}
      >
        {open && content(close)}
      </div>
    </>
  );
}
