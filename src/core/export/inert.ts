// Makes a Markdown tree safe to leave the app, whatever the leader typed: raw HTML becomes plain
// text, links keep only http, https and mailto (app-internal `person:`, `lesson:`, `action:` links,
// library paths, `javascript:` and `data:` become their text), and images are dropped for their alt
// text, so an exported file never loads anything nor carries an app-internal address. In a folder
// export, a link to a document of the same folder becomes a relative link to its file instead.
import type { Nodes, Parents, PhrasingContent, Root, RootContent } from 'mdast';

const safeUrl = /^(https?:\/\/|mailto:)/i;

export function isSafeUrl(url: string): boolean {
  return safeUrl.test(url.trim());
}

/** The file (in the same folder) an app-internal link such as `lesson:id` points to, or null. */
export type SiblingFiles = (url: string) => string | null;

const noSiblings: SiblingFiles = () => null;

/** A copy of the tree with everything that could run, load or point into the app made plain. */
export function inertTree(root: Root, siblings: SiblingFiles = noSiblings): Root {
  return { type: 'root', children: inertChildren(structuredClone(root.children), siblings, true) as RootContent[] };
}

/** Parents whose children are blocks (paragraphs, lists…) rather than runs of text. */
const blockParents = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition']);

function inertChildren(children: readonly Nodes[], siblings: SiblingFiles, block = false): Nodes[] {
  const kept: Nodes[] = [];
  for (const node of children) kept.push(...inertNode(node, siblings, block));
  return kept;
}

function inertNode(node: Nodes, siblings: SiblingFiles, block: boolean): Nodes[] {
  switch (node.type) {
    case 'html':
      // Raw HTML is kept as the words it is: a paragraph of text where it stood as a block.
      return block ? [{ type: 'paragraph', children: [{ type: 'text', value: node.value }] }] : [{ type: 'text', value: node.value }];
    case 'image':
    case 'imageReference':
      return node.alt ? [{ type: 'text', value: node.alt }] : [];
    case 'definition':
      return [];
    case 'linkReference':
      return inertChildren(node.children, siblings);
    case 'link': {
      const url = isSafeUrl(node.url) ? node.url.trim() : siblings(node.url.trim());
      if (url === null) return inertChildren(node.children, siblings);
      return [{ ...node, url, title: null, children: inertChildren(node.children, siblings) as PhrasingContent[] }];
    }
    default:
      if ('children' in node) (node as Parents).children = inertChildren(node.children, siblings, blockParents.has(node.type)) as Parents['children'];
      return [node];
  }
}
