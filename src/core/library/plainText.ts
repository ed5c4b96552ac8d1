// Plain text of Markdown nodes for search and snippets. Unlike mdast-util-to-string, block-level
// children are separated, so list items and table cells do not run together into one word.
import type { Nodes } from 'mdast';

const blockSeparated = new Set(['root', 'list', 'listItem', 'blockquote', 'table', 'tableRow', 'footnoteDefinition']);

export function plainText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') {
    return node.type === 'yaml' || node.type === 'html' ? '' : node.value;
  }
  if (node.type === 'image') return node.alt ?? '';
  if (!('children' in node)) return node.type === 'break' ? '\n' : '';
  const parts = (node.children as Nodes[]).map(plainText);
  if (node.type === 'tableRow') return parts.join(' · ');
  return parts.join(blockSeparated.has(node.type) ? '\n' : '');
}
