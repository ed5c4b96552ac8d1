// The leader's team briefs: each a selection of lessons with their comments, to share. New,
// duplicate, and delete with Undo.
import { Link } from 'wouter';
import type { Brief } from '../../../shared/contract';
import { navigate } from '../../navigation/hashLocation';
import { useClient } from '../../transport/connection';
import { formatDay } from '../../ui/formatDate';
import { Loaded } from '../../ui/LoadState';
import { useToast } from '../../ui/Toasts';
import { errorText, useLoad } from '../../ui/useLoad';
import { usePageTitle } from '../../ui/usePageTitle';
import './briefs.css';

export function BriefsPage() {
  const client = useClient();
  const toast = useToast();
  usePageTitle('Briefs');
  const briefs = useLoad('briefs', () => client.briefs.list());

  const run = async (work: () => Promise<unknown>, failure: string) => {
    try {
      await work();
    } catch (error) {
      toast({ message: `${failure} ${errorText(error)}`, tone: 'error', duration: 8000 });
    }
  };
  const create = () => run(async () => navigate(`/briefs/${(await client.briefs.create({ title: 'Untitled brief' })).id}`), 'No brief was made.');
  const duplicate = (brief: Brief) =>
    run(async () => {
      const copy = await client.briefs.duplicate({ id: brief.id });
      briefs.reload();
      toast({ message: `Made “${copy.title}”`, tone: 'success' });
    }, 'The brief was not duplicated.');
  const remove = (brief: Brief) =>
    run(async () => {
      await client.briefs.delete({ id: brief.id });
      briefs.reload();
      toast({
        message: `Deleted “${brief.title}”`,
        action: { label: 'Undo', onAction: () => void run(async () => (await client.briefs.restore({ id: brief.id }), briefs.reload()), 'The brief was not brought back.') },
      });
    }, 'The brief was not deleted.');

  return (
    <div className="page briefs-page">
      <header className="page-header page-header-actions">
        <div>
          <h1>Briefs</h1>
          <p className="page-subtitle">Lessons picked for your team, in your order, with a word from you on each. They share the library&apos;s text and yours, never your journal.</p>
        </div>
        <div className="header-buttons">
          <button type="button" className="button button-primary" onClick={() => void create()}>
            New brief
          </button>
        </div>
      </header>
      <Loaded load={briefs} loadingLabel="Loading your briefs…">
        {(list) =>
          list.length === 0 ? (
            <div className="empty-state">
              <h2>No briefs yet</h2>
              <p>Pick the lessons your team should read this month, say why each matters, and export them as one page to send or print.</p>
            </div>
          ) : (
            <ul className="brief-list" aria-label="Your briefs">
              {list.map((brief) => (
                <li key={brief.id} className="brief-card">
                  <div>
                    <h2>
                      <Link href={`/briefs/${brief.id}`}>{brief.title}</Link>
                    </h2>
                    <p className="muted">
                      {brief.lessons.length} lesson{brief.lessons.length === 1 ? '' : 's'} · changed {formatDay(brief.updatedAt.slice(0, 10))}
                    </p>
                  </div>
                  <div className="actions">
                    <button type="button" className="button button-small" onClick={() => void duplicate(brief)}>
                      Duplicate
                    </button>
                    <button type="button" className="button button-small button-danger-quiet" onClick={() => void remove(brief)}>
                      Delete
                    </button>
                  </div>
                </li>
              ))}
            </ul>
          )
        }
      </Loaded>
    </div>
  );
}
