// One episode or article in the library list.
import { Link } from 'wouter';
import { personalPack, type ItemSummary, type LessonMode } from '../../../shared/contract';
import { formatDay } from '../../ui/formatDate';
import { modeLabel } from '../../ui/ModeBadge';
import { TagList } from '../../ui/TagList';
import { kindLabel } from './libraryQuery';

export function ItemCard({ item }: { item: ItemSummary }) {
  const byline = item.kind === 'episode' ? item.host && `with ${[item.host, ...item.guests.map((g) => g.name)].join(', ')}` : item.author && `by ${item.author}`;
  return (
    <li className="item-card">
      <div className="item-card-meta">
        <span className={`kind-badge kind-${item.kind}`}>{kindLabel(item.kind)}</span>
        <span>{item.show}</span>
        <span aria-hidden="true">·</span>
        <time dateTime={item.date}>{formatDay(item.date)}</time>
        {item.pack && <span className="pack-badge">{item.pack.id === personalPack.id ? 'Your own lesson' : `From your pack “${item.pack.title}”`}</span>}
      </div>
      <h2 className="item-card-title">
        <Link href={`/item/${item.id}`} className="stretched-link">
          {item.title}
        </Link>
      </h2>
      {byline && <p className="item-card-byline">{byline}</p>}
      <p className="item-card-summary">{item.summary}</p>
      <div className="item-card-foot">
        <TagList tags={item.tags} />
        <LessonMix modes={item.lessons.map((l) => l.mode)} />
      </div>
    </li>
  );
}

/** "6 lessons" plus how they split across ask, share and mandate. */
function LessonMix({ modes }: { modes: Array<LessonMode | undefined> }) {
  if (modes.length === 0) return null;
  const counts = (['ask', 'share', 'mandate'] as const).map((mode) => ({ mode, count: modes.filter((m) => m === mode).length })).filter((c) => c.count > 0);
  return (
    <p className="lesson-mix">
      <span className="lesson-count">
        {modes.length} {modes.length === 1 ? 'lesson' : 'lessons'}
      </span>
      {counts.map(({ mode, count }) => (
        <span key={mode} className={`mix-dot mode-${mode}`} title={`${count} ${modeLabel(mode)}`}>
          {count} {modeLabel(mode)}
        </span>
      ))}
    </p>
  );
}
