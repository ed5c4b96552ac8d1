// An export draft as a file: Markdown (CommonMark + GFM, through remark-stringify) or one
// self-contained HTML page (sanitized, inline CSS with a print stylesheet, a Content-Security-Policy
// that lets nothing load). The same sanitized body is what the app previews before saving.
import type { Element, Root as HastRoot } from 'hast';
import type { Root } from 'mdast';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { ExportFormat, PaperSize } from '../../shared/contract';
import type { ExportDraft } from './drafts';
import { pdfOf } from './pdf';

const markdown = unified().use(remarkGfm).use(remarkStringify, { bullet: '-', emphasis: '_', rule: '-' });

/** GitHub's schema, without images and with links to the web and mail only. */
const schema: SanitizeSchema = {
  ...defaultSchema,
  tagNames: (defaultSchema.tagNames ?? []).filter((tag) => tag !== 'img'),
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto'] },
};

/** Links open outside the reader's context and tell the site nothing about where they came from. */
function externalLinks() {
  return (tree: HastRoot) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName === 'a') node.properties = { ...node.properties, rel: ['noopener', 'noreferrer'] };
    });
  };
}

const html = unified().use(remarkRehype).use(rehypeSanitize, schema).use(externalLinks).use(rehypeStringify);

export function markdownOf(draft: ExportDraft): string {
  return markdown.stringify(draft.tree);
}

/** The sanitized body: the page's content, and the app's preview of any format. */
export function htmlBodyOf(tree: Root): string {
  return html.stringify(html.runSync(structuredClone(tree)) as HastRoot).trim();
}

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const styles = `
  :root { color-scheme: light; }
  body { margin: 2.5rem auto; max-width: 42rem; padding: 0 1.25rem; font: 16px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d2330; background: #fff; }
  h1 { font-size: 1.8rem; line-height: 1.25; margin: 0 0 0.5rem; }
  h2 { font-size: 1.3rem; margin: 2rem 0 0.5rem; border-bottom: 1px solid #dde1e7; padding-bottom: 0.2rem; }
  h3 { font-size: 1.1rem; margin: 1.5rem 0 0.4rem; }
  h4, h5, h6 { font-size: 1rem; margin: 1.2rem 0 0.3rem; }
  a { color: #3a3fb8; }
  blockquote { margin: 1rem 0; padding: 0.2rem 1rem; border-left: 3px solid #c7cbd3; color: #4a5260; }
  code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.9em; background: #f2f4f7; padding: 0.1em 0.3em; border-radius: 3px; }
  pre { background: #f2f4f7; padding: 0.8rem 1rem; border-radius: 4px; overflow-x: auto; white-space: pre-wrap; }
  pre code { background: none; padding: 0; }
  table { border-collapse: collapse; margin: 1rem 0; }
  th, td { border: 1px solid #dde1e7; padding: 0.3rem 0.6rem; text-align: left; }
  hr { border: 0; border-top: 1px solid #dde1e7; margin: 2rem 0 1rem; }
  hr + p { color: #5b6472; font-size: 0.85rem; }
  @media print {
    @page { margin: 18mm 16mm; }
    body { margin: 0; max-width: none; font-size: 11pt; }
    h1, h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
    p, li, blockquote, pre, table, tr { break-inside: avoid; page-break-inside: avoid; }
    a { color: inherit; text-decoration: underline; }
    a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 0.85em; color: #5b6472; }
  }
`;

/** One page that holds everything it needs and loads nothing, not even a font. */
export function htmlPageOf(draft: ExportDraft, lang = 'en'): string {
  return `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Fulcrum">
<title>${escapeHtml(draft.title)}</title>
<style>${styles}</style>
</head>
<body>
<main>
${htmlBodyOf(draft.tree)}
</main>
</body>
</html>
`;
}

export const mimeTypes: Record<ExportFormat, string> = { md: 'text/markdown', html: 'text/html', pdf: 'application/pdf' };

/** The file's content: text, or base64 for the binary PDF. */
export async function fileOf(draft: ExportDraft, format: ExportFormat, paper: PaperSize): Promise<{ content: string; encoding?: 'base64' }> {
  if (format === 'md') return { content: markdownOf(draft) };
  if (format === 'html') return { content: htmlPageOf(draft) };
  return { content: (await pdfOf(draft, paper)).toString('base64'), encoding: 'base64' };
}
