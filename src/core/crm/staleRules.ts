// When an opportunity is stale, by the rules the leader sets: its close date has passed, nothing was
// logged for N days, no next step is written, or its stage has not moved for N days. An opportunity
// already closed (won or lost) is never stale. Pure: `today` is the day of the import.
import { daysBetween } from '../../shared/calendarDays';
import type { CrmRules } from '../../shared/contract';
import { isClosedStage, type ImportedOpportunity } from './opportunities';

export const defaultRules: CrmRules = { closeDatePast: true, noActivityDays: 30, missingNextStep: true, stageUnchangedDays: 60 };

type Judged = Pick<ImportedOpportunity, 'stage' | 'closeDate' | 'lastActivity' | 'nextStep' | 'stageChanged'>;

/** Why the opportunity is stale, in words; empty when it is not. */
export function staleReasons(opp: Judged, rules: CrmRules, today: string): string[] {
  if (isClosedStage(opp.stage)) return [];
  const reasons: string[] = [];
  if (rules.closeDatePast && opp.closeDate !== null && opp.closeDate < today) reasons.push(`close date passed ${daysBetween(opp.closeDate, today)} days ago`);
  if (rules.noActivityDays !== null) {
    if (opp.lastActivity === null) reasons.push('no activity logged');
    else if (daysBetween(opp.lastActivity, today) > rules.noActivityDays) reasons.push(`no activity in ${daysBetween(opp.lastActivity, today)} days`);
  }
  if (rules.missingNextStep && opp.nextStep.trim() === '') reasons.push('no next step');
  if (rules.stageUnchangedDays !== null && opp.stageChanged !== null && daysBetween(opp.stageChanged, today) > rules.stageUnchangedDays) {
    reasons.push(`stage unchanged for ${daysBetween(opp.stageChanged, today)} days`);
  }
  return reasons;
}
