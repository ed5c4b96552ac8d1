// One episode or article: header, summary, then its sections in reading order, each lesson with
// its own anchor (`#/item/<id>?lesson=<lessonId>` scrolls to it).
import { useEffect } from 'react';
import { Link, useSearch } from 'wouter';
import type { ItemDetail, ItemSection } from '../../../shared/contract';
import { useClient } from '../../transport/connection';
import { usePageTitle } from '../../ui/usePageTitle';
import { ContentHtml } from '../../ui/ContentHtml';
import { Loaded } from '../../ui/LoadState';
import { ModeBadge } from '../../ui/ModeBadge';
import { useLoad } from '../../ui/useLoad';
import { ItemHeader } from './ItemHeader';
import './library.css';
import './item.css';
import { AddToBriefButton } from '../../widgets/AddToBriefButton';

export function ItemPage({ id }: { id: string }) {
  const client = useClient();
  const item = useLoad(`item:${id}`, () => client.library.item({ id }));
  const focusLesson = new URLSearchParams(useSearch()).get('lesson');
  usePageTitle(item.status === 'ready' ? item.value.title : null);

  useEffect(() => {
    if (item.status !== 'ready' || !focusLesson) return;
    const section = document.getElementById(`lesson-${focusLesson}`);
    if (!section) return;
    section.scrollIntoView({ block: 'start' });
    section.classList.remove('flash');
    // Restart the highlight animation even when the same lesson is picked twice.
    void section.offsetWidth;
    section.classList.add('flash');
  }, [item.status, focusLesson]);

  return (
    <Loaded load={item} loadingLabel="Loading…">
      {(detail) => <ItemView item={detail} />}
    </Loaded>
  );
}

function ItemView({ item }: { item: ItemDetail }) {
  return (
    <div className="page item-page">
      <article className="item-article">
        <ItemHeader item={item} />
        <p className="lead">{item.summary}</p>
        {item.sections.map((section, index) => (
          <SectionView key={section.type === 'lesson' ? section.lesson.id : `text-${index}`} section={section} />
        ))}
      </article>
      {item.lessons.length > 0 && (
        <nav className="item-toc" aria-label="Lessons in this item">
          <p className="item-toc-title">Lessons</p>
          <ol>
            {item.lessons.map((lesson) => (
              <li key={lesson.id}>
                <Link href={`/item/${item.id}?lesson=${lesson.id}`} replace className="item-toc-link">
                  <span className={`toc-dot mode-${lesson.mode ?? 'none'}`} aria-hidden="true" />
                  {lesson.title}
                </Link>
              </li>
            ))}
          </ol>
        </nav>
      )}
    </div>
  );
}

function SectionView({ section }: { section: ItemSection }) {
  if (section.type === 'text') return <ContentHtml html={section.html} className="item-text" />;
  const { lesson } = section;
  const headingId = `lesson-${lesson.id}-heading`;
  return (
    <section id={`lesson-${lesson.id}`} className={`lesson-section mode-edge-${lesson.mode ?? 'none'}`} aria-labelledby={headingId}>
      <header className="lesson-section-header">
        <div className="lesson-section-title">
          <ModeBadge mode={lesson.mode} size="small" />
          <h2 id={headingId}>{lesson.title}</h2>
        </div>
        <div className="actions">
          <AddToBriefButton lessonId={lesson.id} small describedBy={headingId} />
          <Link href={`/lesson/${lesson.id}`} className="button button-small">
            Open lesson
          </Link>
        </div>
      </header>
      <ContentHtml html={section.html} />
    </section>
  );
}
