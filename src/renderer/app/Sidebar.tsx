// App name, the places a leader works in (Library, Podcasts, Journal, People, Balance, CRM check, Briefs), and what is loaded.
import { Link, useLocation } from 'wouter';
import { useLoad } from '../ui/useLoad';
import { useConnection } from '../transport/connection';
import { FulcrumMark } from './FulcrumMark';

type Section = 'library' | 'podcasts' | 'journal' | 'people' | 'balance' | 'crm' | 'briefs';

function NavIcon({ name }: { name: Section }) {
  return (
    <svg className="nav-icon" width="18" height="18" viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round">
      {name === 'people' ? (
        <>
          <circle cx="9" cy="8" r="3.5" />
          <path d="M3 20a6 6 0 0 1 12 0" />
          <path d="M16 4.5a3.5 3.5 0 0 1 0 7M18 14a6 6 0 0 1 3 6" />
        </>
      ) : name === 'balance' ? (
        <>
          <path d="M4 20V10M10 20V4M16 20v-7M22 20H2" />
        </>
      ) : name === 'crm' ? (
        <>
          <path d="M4 5h16v4H4zM4 11h16v4H4zM4 17h10v3H4z" />
          <path d="m16 18.5 1.5 1.5 3-3" />
        </>
      ) : name === 'briefs' ? (
        <>
          <path d="M4 4h12l4 4v12H4z" />
          <path d="M16 4v4h4" />
          <path d="M8 12h8M8 16h5" />
        </>
      ) : name === 'podcasts' ? (
        <>
          <path d="M12 3a4 4 0 0 1 4 4v4a4 4 0 0 1-8 0V7a4 4 0 0 1 4-4z" />
          <path d="M5 11a7 7 0 0 0 14 0M12 18v3M9 21h6" />
        </>
      ) : name === 'library' ? (
        <>
          <path d="M4 19V5a1 1 0 0 1 1-1h3a1 1 0 0 1 1 1v14" />
          <path d="M9 19V7a1 1 0 0 1 1-1h3a1 1 0 0 1 1 1v12" />
          <path d="m14.5 7.5 2.9-.8a1 1 0 0 1 1.2.7l3 11a1 1 0 0 1-.7 1.2l-1.9.5" />
          <path d="M3 20h14" />
        </>
      ) : (
        <>
          <path d="M6 3h11a2 2 0 0 1 2 2v14a2 2 0 0 1-2 2H6z" />
          <path d="M6 3v18" />
          <path d="M10 8h5M10 12h5" />
        </>
      )}
    </svg>
  );
}

export function Sidebar() {
  const [path] = useLocation();
  const { client, door } = useConnection();
  const info = useLoad('app-info', () => client.app.info(), { marksReady: false });
  const section: Section | null = path.startsWith('/journal')
    ? 'journal'
    : path.startsWith('/people') || path.startsWith('/actions')
      ? 'people'
      : path.startsWith('/balance')
        ? 'balance'
        : path.startsWith('/crm')
          ? 'crm'
        : path.startsWith('/briefs')
          ? 'briefs'
        : path.startsWith('/podcasts') || path.startsWith('/episode')
          ? 'podcasts'
        : path === '/' || path.startsWith('/library') || path.startsWith('/item') || path.startsWith('/lesson')
          ? 'library'
          : null;
  const links: Array<{ to: string; name: Section; label: string }> = [
    { to: '/library', name: 'library', label: 'Library' },
    { to: '/podcasts', name: 'podcasts', label: 'Podcasts' },
    { to: '/journal', name: 'journal', label: 'Journal' },
    { to: '/people', name: 'people', label: 'People' },
    { to: '/balance', name: 'balance', label: 'Balance' },
    { to: '/crm', name: 'crm', label: 'CRM check' },
    { to: '/briefs', name: 'briefs', label: 'Briefs' },
  ];

  return (
    <aside className="sidebar">
      <div className="brand">
        <FulcrumMark />
        <span className="brand-name">Fulcrum</span>
      </div>
      <nav className="nav" aria-label="Main">
        {links.map((link) => (
          <Link key={link.to} href={link.to} className={`nav-link ${section === link.name ? 'active' : ''}`} aria-current={section === link.name ? 'page' : undefined}>
            <NavIcon name={link.name} />
            {link.label}
          </Link>
        ))}
      </nav>
      <div className="sidebar-footer">
        {info.status === 'ready' && (
          <>
            <p>
              {info.value.itemCount} items · {info.value.lessonCount} lessons
            </p>
            {info.value.contentProblems.length > 0 && (
              <p className="sidebar-warning" title={info.value.contentProblems.map((p) => `${p.file}:${p.line}: ${p.message}`).join('\n')}>
                {info.value.contentProblems.length} content {info.value.contentProblems.length === 1 ? 'file has' : 'files have'} problems
              </p>
            )}
            <p className="muted">
              Version {info.value.version} · {door === 'desktop' ? 'Desktop' : 'Browser mode'}
            </p>
            <p className="sidebar-links">
              <Link href="/import">Import</Link> · <Link href="/backups">Backups</Link>
            </p>
          </>
        )}
        <p className="muted shortcut-hint">
          <kbd>{navigator.platform.startsWith('Mac') ? '⌘' : 'Ctrl'}</kbd>
          <kbd>K</kbd> to search
        </p>
      </div>
    </aside>
  );
}
