// An export draft as a print-ready PDF, made by pdfmake in plain JavaScript, so every door (the
// desktop app, browser mode, the CLI) makes the same file. The layout follows the HTML page's:
// the title on page one, page numbers, A4 or Letter, headings never left alone at a page's foot,
// text flowing across pages rather than clipped. Nothing is fetched: no URL may be loaded, and only
// the bundled Roboto font files may be read.
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Nodes, PhrasingContent, Root, RootContent } from 'mdast';
import pdfmake from 'pdfmake';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { PaperSize } from '../../shared/contract';
import type { ExportDraft } from './drafts';
import { isSafeUrl } from './inert';

const fontFolder = path.dirname(createRequire(import.meta.url).resolve('pdfmake/fonts/Roboto/Roboto-Regular.ttf'));
const fonts = {
  Roboto: {
    normal: path.join(fontFolder, 'Roboto-Regular.ttf'),
    bold: path.join(fontFolder, 'Roboto-Medium.ttf'),
    italics: path.join(fontFolder, 'Roboto-Italic.ttf'),
    bolditalics: path.join(fontFolder, 'Roboto-MediumItalic.ttf'),
  },
};
pdfmake.setFonts(fonts);
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((file) => path.dirname(path.resolve(file)) === fontFolder);

const ink = '#1d2330';
const muted = '#5b6472';
const linkColour = '#3a3fb8';

type Inline = Exclude<Content, string> | string;

function inlines(nodes: readonly PhrasingContent[], style: Record<string, unknown> = {}): Inline[] {
  return nodes.flatMap((node): Inline[] => {
    switch (node.type) {
      case 'text':
        // A line break inside a Markdown paragraph is a soft one: the words flow on.
        return [{ text: node.value.replace(/[ \t]*\n[ \t]*/g, ' '), ...style }];
      case 'strong':
        return inlines(node.children, { ...style, bold: true });
      case 'emphasis':
        return inlines(node.children, { ...style, italics: true });
      case 'delete':
        return inlines(node.children, { ...style, decoration: 'lineThrough' });
      case 'inlineCode':
        return [{ text: node.value, ...style, background: '#eef0f3', fontSize: 9.5 }];
      case 'link':
        // A relative link to another file of a folder export does not work from inside a PDF: words only.
        return isSafeUrl(node.url) ? inlines(node.children, { ...style, link: node.url, color: linkColour, decoration: 'underline' }) : inlines(node.children, style);
      case 'break':
        return ['\n'];
      default:
        return 'value' in node && typeof node.value === 'string' ? [{ text: node.value, ...style }] : [];
    }
  });
}

function blocks(nodes: readonly Nodes[]): Content[] {
  return nodes.flatMap((node) => block(node));
}

function block(node: Nodes): Content[] {
  switch (node.type) {
    case 'heading':
      return [{ text: inlines(node.children), style: `h${Math.min(node.depth, 4)}`, headlineLevel: node.depth } as Content];
    case 'paragraph':
      return [{ text: inlines(node.children), style: 'paragraph' } as Content];
    case 'list': {
      const items = node.children.map((item) => ({ stack: blocks(item.children), margin: [0, 0, 0, 3] }) as Content);
      return [node.ordered ? ({ ol: items, style: 'list' } as Content) : ({ ul: items, style: 'list' } as Content)];
    }
    case 'blockquote':
      return [{ stack: blocks(node.children), margin: [14, 0, 0, 8], color: muted } as Content];
    case 'code':
      return [{ table: { widths: ['*'], body: [[{ text: node.value, fontSize: 9, preserveLeadingSpaces: true, fillColor: '#f2f4f7' }]] }, layout: 'noBorders', margin: [0, 0, 0, 8] } as Content];
    case 'table': {
      const body = node.children.map((row, r) => row.children.map((cell) => ({ text: inlines(cell.children), bold: r === 0, fontSize: 9.5 })));
      return [{ table: { headerRows: 1, body }, layout: 'lightHorizontalLines', margin: [0, 0, 0, 10] } as Content];
    }
    case 'thematicBreak':
      return [{ canvas: [{ type: 'line', x1: 0, y1: 4, x2: 515, y2: 4, lineWidth: 0.5, lineColor: '#c7cbd3' }], margin: [0, 10, 0, 6] } as Content];
    case 'html':
      return [{ text: node.value, style: 'paragraph' } as Content];
    default:
      return 'children' in node ? blocks(node.children as Nodes[]) : [];
  }
}

export function pdfDefinition(draft: ExportDraft, paper: PaperSize): TDocumentDefinitions {
  return {
    info: { title: draft.title, creator: 'Fulcrum', producer: 'Fulcrum' },
    pageSize: paper === 'letter' ? 'LETTER' : 'A4',
    pageMargins: [56, 56, 56, 60],
    content: blocks((draft.tree as Root).children as RootContent[]),
    footer: (page: number, pages: number) => ({ text: `Page ${page} of ${pages}`, alignment: 'center', fontSize: 8.5, color: muted, margin: [0, 24, 0, 0] }),
    // A heading at the foot of a page, with nothing of its own below it, starts the next page instead.
    pageBreakBefore: (node, following) => Boolean(node.headlineLevel) && following.getFollowingNodesOnPage().length === 0,
    defaultStyle: { font: 'Roboto', fontSize: 10.5, lineHeight: 1.3, color: ink },
    styles: {
      h1: { fontSize: 20, bold: true, margin: [0, 0, 0, 8] },
      h2: { fontSize: 14.5, bold: true, margin: [0, 14, 0, 6] },
      h3: { fontSize: 12, bold: true, margin: [0, 10, 0, 4] },
      h4: { fontSize: 10.5, bold: true, margin: [0, 8, 0, 3] },
      paragraph: { margin: [0, 0, 0, 7] },
      list: { margin: [0, 0, 0, 7] },
    },
  };
}

/** The PDF's bytes. */
export async function pdfOf(draft: ExportDraft, paper: PaperSize): Promise<Buffer> {
  return pdfmake.createPdf(pdfDefinition(draft, paper)).getBuffer();
}
