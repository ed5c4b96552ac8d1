// The document formats every export dialog offers, with the words that tell them apart.
import type { ExportFormat } from '../../shared/contract';

export interface FormatChoice<F extends string> {
  value: F;
  label: string;
  hint: string;
}

export const documentFormats: Array<FormatChoice<ExportFormat>> = [
  { value: 'md', label: 'Markdown', hint: 'For notes apps, wikis and chat.' },
  { value: 'html', label: 'Web page', hint: 'One file that opens in any browser and prints cleanly.' },
  { value: 'pdf', label: 'PDF', hint: 'Print-ready, with page numbers.' },
];
