// The window: sidebar on the left, search bar across the top of the main area, the page below,
// and the mini player across the bottom while an episode is loaded.
import { useEffect, useRef, type ReactNode } from 'react';
import { useLocation } from 'wouter';
import { ReminderBar } from '../features/reminders/ReminderBar';
import { SearchBar } from '../features/search/SearchBar';
import { MiniPlayer } from '../features/player/MiniPlayer';
import { Sidebar } from './Sidebar';

export function AppShell({ children }: { children: ReactNode }) {
  const [path] = useLocation();
  const main = useRef<HTMLElement>(null);

  useEffect(() => {
    // A new page starts at its top, like a new document would.
    main.current?.scrollTo({ top: 0 });
  }, [path]);

  return (
    <div className="app-shell">
      <a className="skip-link" href="#main-content" onClick={(e) => { e.preventDefault(); main.current?.focus(); }}>
        Skip to content
      </a>
      <Sidebar />
      <div className="main-column">
        <header className="topbar">
          <SearchBar />
        </header>
        <ReminderBar />
        <main id="main-content" ref={main} className="main-content" tabIndex={-1}>
          {children}
        </main>
      </div>
      <MiniPlayer />
    </div>
  );
}
