// The export namespace: documents made to leave the app. Each says what it is for: *share* (library
// text, plus the leader's journal only when they choose it) or *archive* (their own notes, kept
// private). Every exported file is inert: no raw HTML, no app-internal links, nothing that loads.
import { z } from 'zod';
import { actionKinds, actionStatuses } from './actions';
import { safeFileName } from '../fileNames';
import { isoDate, op, recordId } from './operation';

export const exportFormats = ['md', 'html', 'pdf'] as const;
export type ExportFormat = (typeof exportFormats)[number];

/**
 * What can be exported on its own: a lesson, an item, a team brief or a person's next 1:1 agenda (to
 * share), a journal entry, a note taken at a moment of an episode or a person's 1:1 prep sheet (to
 * archive). An agenda's id is the person's.
 */
export const exportTargets = ['lesson', 'item', 'brief', 'entry', 'note', 'person', 'agenda'] as const;
export type ExportTarget = (typeof exportTargets)[number];

/** Coaching actions leave as a spreadsheet (every action) or a calendar (open follow-ups with a date). */
export const actionFileFormats = ['csv', 'ics'] as const;
export type ActionFileFormat = (typeof actionFileFormats)[number];

/** PDF pages: A4, or Letter where that is the paper people use (see paperForLocale). */
export const paperSizes = ['a4', 'letter'] as const;
export type PaperSize = (typeof paperSizes)[number];

/** Regions that print on Letter rather than A4. */
const letterRegions = new Set(['US', 'CA', 'MX', 'PH', 'CL', 'CO', 'VE', 'GT', 'PR', 'PA', 'DO', 'CR', 'SV', 'NI', 'HN', 'BO']);

/** The paper for a locale such as en-US or de-DE: Letter in the Americas' Letter countries, A4 elsewhere. */
export function paperForLocale(locale: string): PaperSize {
  const region = /[-_]([A-Za-z]{2})\b/.exec(locale)?.[1]?.toUpperCase();
  return region && letterRegions.has(region) ? 'letter' : 'a4';
}

export const exportPurposes = ['share', 'archive'] as const;
export type ExportPurpose = (typeof exportPurposes)[number];

export interface ExportedDocument {
  fileName: string;
  mimeType: string;
  /** The file, exactly as it will be written (base64 when `encoding` says so: a PDF is binary). */
  content: string;
  encoding?: 'base64';
  purpose: ExportPurpose;
  /** What the file holds, in one sentence to show before and after saving it. */
  holds: string;
  /** The file's content as sanitized HTML, for the app to preview before saving. */
  preview: string;
}

/** One document of a folder export, and the file it is written to inside the folder. */
export interface BundleMember {
  kind: ExportTarget;
  id: string;
  fileName: string;
  title: string;
}

/** A folder (or zip) export, planned before any file is made: its documents, in order, and its index. */
export interface ExportBundlePlan {
  /** The folder's name (the zip's, without `.zip`). */
  folderName: string;
  purpose: ExportPurpose;
  holds: string;
  documents: BundleMember[];
  /** The folder's first page: what it holds, with a relative link to each document. */
  index: ExportedDocument;
}

/** At most this many documents in one folder export. */
export const maxBundleDocuments = 1000;

/** A file name inside an export folder: one the plan made (safe on every system, with a document's extension). */
const bundleFileName = z
  .string()
  .max(210)
  .refine((name) => safeFileName(name) === name && /\.(md|html|pdf)$/.test(name), 'must be a file name the export plan made (no folders, no unsafe characters)');

const bundleMember = z.object({ kind: z.enum(exportTargets), id: recordId, fileName: bundleFileName });
const bundleRef = z.object({ kind: z.enum(exportTargets), id: recordId });

export const exportOperations = {
  'export.document': op<ExportedDocument>()(
    z.object({
      kind: z.enum(exportTargets),
      id: recordId,
      format: z.enum(exportFormats).default('md'),
      /** Adds the leader's journal entries about a lesson or an item (they may name people). */
      includeJournal: z.boolean().default(false),
      /** The PDF's paper; the app passes the one of the leader's locale. */
      paper: z.enum(paperSizes).default('a4'),
      /**
       * When the document is one file of a folder export: the folder's documents (as the plan named
       * them). Links to them become relative links to their files; this document takes its own name.
       */
      together: z.array(bundleMember).max(maxBundleDocuments).optional(),
    }),
  ),
  /**
   * Plans a folder export of several documents (or of the journal between two days, one file per
   * entry): checks every id, names every file, and makes the index. The door then exports each
   * document with `together` (reporting progress, able to stop) and writes the folder or a zip.
   */
  'export.bundle': op<ExportBundlePlan>()(
    z
      .object({
        items: z.array(bundleRef).min(1, 'must name at least one document').max(maxBundleDocuments, `can hold at most ${maxBundleDocuments.toLocaleString('en')} documents`).optional(),
        journal: z.object({ from: isoDate, to: isoDate }).refine((range) => range.from <= range.to, { message: 'must not be after the last day', path: ['from'] }).optional(),
        format: z.enum(exportFormats).default('md'),
        includeJournal: z.boolean().default(false),
        paper: z.enum(paperSizes).default('a4'),
      })
      .refine((input) => (input.items === undefined) !== (input.journal === undefined), { message: 'must name documents or a journal range, not both', path: ['items'] }),
  ),
  /** The journal between two days, inclusive: an archive. */
  'export.journal': op<ExportedDocument>()(
    z.object({ from: isoDate, to: isoDate, format: z.enum(exportFormats).default('md'), paper: z.enum(paperSizes).default('a4') }).refine((range) => range.from <= range.to, { message: 'must not be after the last day', path: ['from'] }),
  ),
  /** Coaching actions, filtered as the journal views filter them; an archive, since they name people. */
  'export.actions': op<ExportedDocument>()(
    z.object({
      format: z.enum(actionFileFormats),
      personId: recordId.optional(),
      status: z.enum(actionStatuses).optional(),
      kind: z.enum(actionKinds).optional(),
      from: isoDate.optional(),
      to: isoDate.optional(),
    }),
  ),
};
