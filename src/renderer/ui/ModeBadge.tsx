// Ask / Share / Mandate: the three ways a leader moves people, each with its own colour.
import type { LessonMode } from '../../shared/contract';

const labels: Record<LessonMode, string> = { ask: 'Ask', share: 'Share', mandate: 'Mandate' };

export function modeLabel(mode: LessonMode): string {
  return labels[mode];
}

export function ModeBadge({ mode, size = 'normal' }: { mode?: LessonMode; size?: 'normal' | 'small' }) {
  if (!mode) return null;
  return (
    <span className={`mode-badge mode-${mode} ${size === 'small' ? 'mode-badge-small' : ''}`} title={`Mode: ${labels[mode]}`}>
      {labels[mode]}
    </span>
  );
}
