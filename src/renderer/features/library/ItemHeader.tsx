// Title, show, people, date, category and tags of an item.
import { Link } from 'wouter';
import { personalPack, type Guest, type ItemSummary } from '../../../shared/contract';
import { formatDay } from '../../ui/formatDate';
import { TagList } from '../../ui/TagList';
import { ExportButton } from '../../widgets/ExportDialog';
import { kindLabel } from './libraryQuery';

function guestText(guest: Guest): string {
  return [guest.role, guest.organisation].filter(Boolean).join(', ');
}

export function ItemHeader({ item }: { item: ItemSummary }) {
  return (
    <header className="item-header">
      <p className="eyebrow">
        <span className={`kind-badge kind-${item.kind}`}>{kindLabel(item.kind)}</span>
        <Link href={`/library?show=${encodeURIComponent(item.show)}`} className="eyebrow-link">
          {item.show}
        </Link>
        {item.pack &&
          (item.pack.id === personalPack.id ? (
            <span className="pack-badge">Your own lesson</span>
          ) : (
            <Link href="/import" className="pack-badge">
              From your pack “{item.pack.title}”
            </Link>
          ))}
      </p>
      <h1>{item.title}</h1>
      <dl className="facts">
        {item.host && (
          <div>
            <dt>Host</dt>
            <dd>{item.host}</dd>
          </div>
        )}
        {item.author && (
          <div>
            <dt>Author</dt>
            <dd>{item.author}</dd>
          </div>
        )}
        {item.guests.length > 0 && (
          <div>
            <dt>{item.guests.length === 1 ? 'Guest' : 'Guests'}</dt>
            <dd>
              {item.guests.map((guest) => (
                <span key={guest.name} className="guest">
                  <strong>{guest.name}</strong>
                  {guestText(guest) && <span className="muted">, {guestText(guest)}</span>}
                </span>
              ))}
            </dd>
          </div>
        )}
        <div>
          <dt>Published</dt>
          <dd>
            <time dateTime={item.date}>{formatDay(item.date, 'long')}</time>
          </dd>
        </div>
        <div>
          <dt>Category</dt>
          <dd>{item.category}</dd>
        </div>
      </dl>
      <TagList tags={item.tags} />
      <div className="actions">
        <ExportButton target={{ kind: 'item', id: item.id, title: item.title }} />
      </div>
    </header>
  );
}
