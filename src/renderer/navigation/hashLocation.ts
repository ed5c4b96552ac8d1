// Hash routing for wouter. Routes live entirely in the hash (`#/journal/new?lesson=x`), query
// included, so the page's own query string stays free and links work the same in Electron and in
// the browser. It also lets a dirty editor veto leaving, whether by link, code or the Back button.
import { useSyncExternalStore } from 'react';

type Listener = () => void;
/** Returns true when leaving the current page is fine (it may ask the user). */
export type LeaveGuard = () => boolean;

const listeners = new Set<Listener>();
let leaveGuard: LeaveGuard | null = null;

function hashParts(): { path: string; search: string } {
  const raw = window.location.hash.replace(/^#?\/?/, '');
  const at = raw.indexOf('?');
  const path = `/${at === -1 ? raw : raw.slice(0, at)}`;
  return { path, search: at === -1 ? '' : raw.slice(at + 1) };
}

/** The route's path, without its query (`/journal/new`). */
export const currentPath = () => hashParts().path;
const currentSearch = () => hashParts().search;
const notify = () => listeners.forEach((listener) => listener());

function onHashChange(event: HashChangeEvent): void {
  if (leaveGuard && routeOf(event.oldURL) !== routeOf(event.newURL) && !leaveGuard()) {
    // The user chose to stay: put the old address back without reloading anything.
    window.history.pushState(window.history.state, '', event.oldURL);
    return;
  }
  notify();
}

function routeOf(url: string): string {
  return new URL(url).hash.replace(/^#?\/?/, '');
}

function subscribe(listener: Listener): () => void {
  if (listeners.size === 0) window.addEventListener('hashchange', onHashChange);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('hashchange', onHashChange);
  };
}

export interface NavigateOptions {
  replace?: boolean;
  /** Skip the leave guard (used right after saving). */
  force?: boolean;
}

/** Goes to an app route such as `/lesson/ask-is-the-default` or `/library?tag=crm`. */
export function navigate(to: string, options: NavigateOptions = {}): void {
  const route = `/${to.replace(/^#?\/?/, '')}`;
  const target = new URL(window.location.href);
  target.hash = route;
  if (target.href === window.location.href) return;
  // Any other route, even one differing only in its query, may replace the page being edited.
  if (!options.force && leaveGuard && !leaveGuard()) return;
  window.history[options.replace ? 'replaceState' : 'pushState'](null, '', target.href);
  notify();
}

export function setLeaveGuard(guard: LeaveGuard | null): void {
  leaveGuard = guard;
}

export function useHashPath(): [string, (to: string, options?: NavigateOptions) => void] {
  return [useSyncExternalStore(subscribe, currentPath, () => '/'), navigate];
}

export function useHashSearch(): string {
  return useSyncExternalStore(subscribe, currentSearch, () => '');
}

/** For wouter's `<Link>`: routes are written as hashes. */
export const hashHref = (href: string): string => `#${href}`;
