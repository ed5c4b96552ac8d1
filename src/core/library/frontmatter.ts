// The frontmatter schema of a content item (documented in docs/CONTENT.md).
import { z } from 'zod';
import { idPattern, isoDate } from '../../shared/contract';
import { itemKinds, lessonModes } from '../../shared/contract';

/** An empty YAML key (`lessons:`) means none. */
const list = <T extends z.ZodType>(item: T) => z.preprocess((v) => (v === null ? undefined : v), z.array(item).default([]));
const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

export const lessonDeclaration = z.object({
  id: z.string().regex(idPattern, 'must be lowercase letters, digits and single hyphens'),
  title: text(200),
  mode: z.enum(lessonModes, { message: `must be one of: ${lessonModes.join(', ')}` }).optional(),
});

export const frontmatterSchema = z
  .object({
    kind: z.enum(itemKinds, { message: `must be one of: ${itemKinds.join(', ')}` }),
    title: text(300),
    date: z.preprocess((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v), isoDate),
    show: text(200),
    host: text(200).optional(),
    author: text(200).optional(),
    guests: list(z.object({ name: text(200), role: text(200).optional(), organisation: text(200).optional() })),
    category: text(200),
    tags: list(z.string().regex(/^[a-z0-9]+(?:[- ][a-z0-9]+)*$/, 'must be lowercase words')),
    summary: text(1000),
    lessons: list(lessonDeclaration),
  })
  .superRefine((fm, ctx) => {
    if (fm.kind === 'episode' && !fm.host) ctx.addIssue({ code: 'custom', path: ['host'], message: 'is required for an episode' });
    if (fm.kind === 'article' && !fm.author) ctx.addIssue({ code: 'custom', path: ['author'], message: 'is required for an article' });
  });

export type Frontmatter = z.output<typeof frontmatterSchema>;
