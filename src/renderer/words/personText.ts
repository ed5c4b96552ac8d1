// A person as lists and pickers name them: their initials, and their role and relation in a few words.
import type { Person } from '../../shared/contract';
import { relationShort } from './relationText';

/** "Account executive · Salesperson", or just the relation. */
export function personDetail(person: Person): string {
  return [person.role.trim(), relationShort[person.relation]].filter(Boolean).join(' · ');
}

export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  return ((parts[0]?.[0] ?? '') + (parts.length > 1 ? (parts.at(-1)?.[0] ?? '') : '')).toUpperCase() || '?';
}
