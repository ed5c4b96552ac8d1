// The settings namespace: the leader's coaching settings (ask target, accountability ladder).
import { z } from 'zod';
import { op } from './operation';

export interface LadderStep {
  step: number;
  name: string;
}

export interface CoachingSettingsView {
  askTarget: number;
  ladder: LadderStep[];
}

export const settingsOperations = {
  'settings.coaching': op<CoachingSettingsView>()(z.object({})),
  'settings.updateCoaching': op<CoachingSettingsView>()(
    z.object({
      askTarget: z.number().min(0, 'must be between 0 and 1').max(1, 'must be between 0 and 1').optional(),
      ladder: z.array(z.string().trim().min(1, 'step names cannot be empty').max(80)).min(2, 'needs at least 2 steps').max(10, 'can have at most 10 steps').optional(),
    }),
  ),
};
