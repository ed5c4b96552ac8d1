// An entry's text, read-only: its Markdown shown as React elements (never as injected HTML), with
// person, lesson, action and episode links going to their pages inside the app.
import { createElement, type ReactNode } from 'react';
import { Link } from 'wouter';
import { entryBlocks, inlineRuns, type Block, type Inline } from './entryMarkdown';
import type { LinkScheme } from '../../shared/inlineLinks';

const routes: Record<LinkScheme, string> = { person: '/people/', lesson: '/lesson/', action: '/actions/', episode: '/episode/' };
const kinds: Record<LinkScheme, string> = { person: 'Person', lesson: 'Lesson', action: 'Coaching action', episode: 'Podcast episode' };

/** The in-app route of a record an entry links to. */
export const linkRoute = (scheme: LinkScheme, id: string, at?: number) => `${routes[scheme]}${encodeURIComponent(id)}${at !== undefined ? `?t=${at}` : ''}`;

function Runs({ text }: { text: string }) {
  return (
    <>
      {inlineRuns(text).map((run: Inline, i) => {
        switch (run.type) {
          case 'text':
            return run.text;
          case 'strong':
            return <strong key={i}>{run.text}</strong>;
          case 'em':
            return <em key={i}>{run.text}</em>;
          case 'code':
            return <code key={i}>{run.text}</code>;
          case 'link':
            return (
              <Link key={i} href={linkRoute(run.scheme, run.id, run.at)} className={`entry-link entry-link-${run.scheme}`} title={`${kinds[run.scheme]}: ${run.label}`}>
                {run.label}
              </Link>
            );
          case 'web':
            return (
              <a key={i} href={run.href} target="_blank" rel="noopener noreferrer">
                {run.label}
              </a>
            );
        }
      })}
    </>
  );
}

function BlockView({ block, level }: { block: Block; level: number }): ReactNode {
  switch (block.type) {
    case 'heading':
      return createElement(`h${level}`, { className: 'entry-heading' }, <Runs text={block.text} />);
    case 'list': {
      const items = block.items.map((item, i) => (
        <li key={i}>
          <Runs text={item} />
        </li>
      ));
      return block.ordered ? <ol>{items}</ol> : <ul>{items}</ul>;
    }
    case 'quote':
      return (
        <blockquote>
          <Runs text={block.text} />
        </blockquote>
      );
    case 'code':
      return (
        <pre>
          <code>{block.text}</code>
        </pre>
      );
    case 'paragraph':
      return (
        <p>
          <Runs text={block.text} />
        </p>
      );
  }
}

/** `headingLevel`: the HTML level the body's top headings get, so the page outline stays whole. */
export function EntryBody({ body, headingLevel = 2, className = '' }: { body: string; headingLevel?: number; className?: string }) {
  const blocks = entryBlocks(body);
  if (blocks.length === 0) return <p className="muted">This entry has no text.</p>;
  const top = Math.min(...blocks.map((b) => (b.type === 'heading' ? b.level : 6)));
  return (
    <div className={`entry-body ${className}`}>
      {blocks.map((block, i) => (
        <BlockView key={i} block={block} level={block.type === 'heading' ? Math.min(6, headingLevel + block.level - top) : 0} />
      ))}
    </div>
  );
}
