// The player's keyboard shortcuts, as a pure decision: which action a key press asks for, given
// where the focus is. They never eat a key the leader is typing, nor Space on a control it
// activates, nor an arrow a slider, list or menu moves by.

export type ShortcutAction = 'toggle' | 'back' | 'forward' | 'slower' | 'faster' | 'note';

/** What a shortcut needs to know about the focused element. */
export interface FocusTarget {
  tagName: string;
  role: string | null;
  isContentEditable: boolean;
}

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  target: FocusTarget | null;
}

/** The keys as the help list and `aria-keyshortcuts` name them. */
export const shortcutKeys: Record<ShortcutAction, string> = {
  toggle: 'Space',
  back: 'ArrowLeft',
  forward: 'ArrowRight',
  slower: '[',
  faster: ']',
  note: 'N',
};

const typingTags = new Set(['INPUT', 'TEXTAREA', 'SELECT']);
/** Roles Space activates or toggles (not links: Space only scrolls past them). */
const spaceRoles = new Set(['button', 'checkbox', 'switch', 'radio', 'menuitem', 'menuitemcheckbox', 'menuitemradio', 'option', 'tab', 'treeitem']);
/** Roles the arrow keys move within. */
const arrowRoles = new Set(['slider', 'spinbutton', 'listbox', 'option', 'menu', 'menubar', 'menuitem', 'menuitemcheckbox', 'menuitemradio', 'radiogroup', 'radio', 'tablist', 'tab', 'tree', 'treeitem', 'grid', 'combobox', 'textbox', 'scrollbar']);

function isTyping(target: FocusTarget): boolean {
  return target.isContentEditable || typingTags.has(target.tagName) || target.role === 'textbox' || target.role === 'combobox' || target.role === 'searchbox';
}

/** Media-chrome's controls (`<media-play-button>`, `<media-time-range>`…) handle their own keys. */
function isMediaControl(target: FocusTarget): boolean {
  return target.tagName.startsWith('MEDIA-');
}

export function shortcutOf(press: KeyPress): ShortcutAction | null {
  if (press.ctrlKey || press.metaKey || press.altKey) return null;
  const target = press.target;
  if (target && isTyping(target)) return null;
  switch (press.key) {
    case ' ':
    case 'Spacebar':
      if (target && (isMediaControl(target) || spaceRoles.has(target.role ?? '') || ['BUTTON', 'SUMMARY'].includes(target.tagName))) return null;
      return 'toggle';
    case 'ArrowLeft':
    case 'ArrowRight':
      if (target && (isMediaControl(target) || arrowRoles.has(target.role ?? ''))) return null;
      return press.key === 'ArrowLeft' ? 'back' : 'forward';
    case '[':
      return 'slower';
    case ']':
      return 'faster';
    case 'n':
    case 'N':
      return 'note';
    default:
      return null;
  }
}

/** The focus target of a DOM element (what `shortcutOf` reads). */
export function focusTargetOf(element: Element | null): FocusTarget | null {
  if (!element) return null;
  return {
    tagName: element.tagName.toUpperCase(),
    role: element.getAttribute('role'),
    isContentEditable: element instanceof HTMLElement && element.isContentEditable,
  };
}
