// Library HTML (item sections, lessons). The core sanitizes it with rehype-sanitize before it
// crosses the contract, which is the only reason it may be injected here. Links are handled by
// delegation: app routes go through the router (so guards apply), web links open outside the app,
// and in-page anchors scroll instead of breaking the hash route.
import { useCallback, useLayoutEffect, useRef, type MouseEvent } from 'react';
import { navigate } from '../navigation/hashLocation';

const externalLink = /^https?:\/\//i;

export function ContentHtml({ html, className = '' }: { html: string; className?: string }) {
  const container = useRef<HTMLDivElement>(null);

  useLayoutEffect(() => {
    // So hover, middle-click and the context menu agree with what a click does.
    for (const link of container.current?.querySelectorAll<HTMLAnchorElement>('a[href]') ?? []) {
      if (externalLink.test(link.getAttribute('href') ?? '')) {
        link.target = '_blank';
        link.rel = 'noopener noreferrer';
      }
    }
  }, [html]);

  const onClick = useCallback((event: MouseEvent<HTMLDivElement>) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = (event.target as Element).closest('a[href]');
    if (!link || !container.current?.contains(link)) return;
    const href = link.getAttribute('href') ?? '';
    if (href.startsWith('#/')) {
      event.preventDefault();
      navigate(href.slice(1));
    } else if (externalLink.test(href)) {
      event.preventDefault();
      window.open(href, '_blank', 'noopener,noreferrer');
    } else if (href.startsWith('#')) {
      event.preventDefault();
      const id = decodeURIComponent(href.slice(1));
      const target = container.current.querySelector(`[id="${CSS.escape(id)}"], [id="user-content-${CSS.escape(id)}"]`);
      target?.scrollIntoView({ behavior: 'smooth', block: 'start' });
    } else if (!/^mailto:/i.test(href)) {
      // A file of an export being previewed (index.md → lesson.md): there is nothing to open here.
      event.preventDefault();
    }
  }, []);

  return (
    // Only clicks on the links inside are handled; the links themselves stay keyboard-focusable.
    <div ref={container} className={`prose ${className}`} onClick={onClick} dangerouslySetInnerHTML={{ __html: html }} />
  );
}
