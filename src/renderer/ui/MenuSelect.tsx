// A compact pick-one control (a button that opens a menu of radio items). Native <select> is not
// used on purpose: its <option>s share the `option` role with search results, and end-to-end tests
// find results by that role.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';

export interface MenuChoice {
  value: string;
  label: string;
}

interface Props {
  label: string;
  value: string;
  choices: MenuChoice[];
  onChange: (value: string) => void;
  className?: string;
}

export function MenuSelect({ label, value, choices, onChange, className = '' }: Props) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const labelId = useId();
  const buttonId = useId();
  const current = choices.find((c) => c.value === value) ?? choices[0];

  useEffect(() => {
    if (!open) return;
    // Open towards whichever side has room.
    const box = menu.current?.getBoundingClientRect();
    if (box && box.right > window.innerWidth - 8) menu.current?.classList.add('align-end');
    const items = [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitemradio"]') ?? [])];
    (items.find((item) => item.getAttribute('aria-checked') === 'true') ?? items[0])?.focus();
    const onPointerDown = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const choose = (next: string) => {
    setOpen(false);
    button.current?.focus();
    if (next !== value) onChange(next);
  };

  const onMenuKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const items = [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitemradio"]') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLElement);
    const focusAt = (i: number) => items[(i + items.length) % items.length]?.focus();
    if (event.key === 'ArrowDown') focusAt(at + 1);
    else if (event.key === 'ArrowUp') focusAt(at - 1);
    else if (event.key === 'Home') focusAt(0);
    else if (event.key === 'End') focusAt(items.length - 1);
    else if (event.key === 'Escape') {
      setOpen(false);
      button.current?.focus();
    } else if (event.key === 'Tab') {
      setOpen(false);
      return;
    } else return;
    event.preventDefault();
    event.stopPropagation();
  };

  return (
    <div className={`menu-select ${className}`} ref={root}>
      <span id={labelId} className="menu-select-label">
        {label}
      </span>
      <button
        ref={button}
        id={buttonId}
        type="button"
        className={`menu-select-button ${value !== choices[0]?.value ? 'has-value' : ''}`}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-labelledby={`${labelId} ${buttonId}`}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            setOpen(true);
          }
        }}
      >
        <span className="menu-select-value">{current?.label}</span>
        <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true">
          <path d="M3 4.5 6 7.5 9 4.5" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
      </button>
      {open && (
        <div ref={menu} role="menu" aria-labelledby={labelId} className="menu-select-menu" onKeyDown={onMenuKeyDown}>
          {choices.map((choice) => (
            <button
              key={choice.value}
              type="button"
              role="menuitemradio"
              aria-checked={choice.value === value}
              tabIndex={-1}
              className="menu-select-item"
              onClick={() => choose(choice.value)}
            >
              {choice.label}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
