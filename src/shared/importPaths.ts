// Which names an import of Markdown reads, whether it comes from a folder or a zip: hidden folders
// and files (.obsidian, .git, .trash) and macOS's __MACOSX are app data, not notes.

export function isSkippedName(name: string): boolean {
  return name.startsWith('.') || name === '__MACOSX';
}

export function isMarkdownName(name: string): boolean {
  return /\.(md|markdown)$/i.test(name);
}
