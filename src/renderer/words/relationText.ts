// The leader's relation to a person, in everyday words.
import { relations, type Relation } from '../../shared/contract';
import type { MenuChoice } from '../ui/MenuSelect';

export const relationLabels: Record<Relation, string> = {
  'sales-manager': 'Sales manager on my team',
  salesperson: 'Salesperson on my team',
  customer: 'Customer or client',
  prospect: 'Prospect',
  other: 'Someone else',
};

/** Short form for lists and headers. */
export const relationShort: Record<Relation, string> = {
  'sales-manager': 'Sales manager',
  salesperson: 'Salesperson',
  customer: 'Customer',
  prospect: 'Prospect',
  other: 'Other',
};

export const relationChoices: MenuChoice[] = relations.map((value) => ({ value, label: relationLabels[value] }));
