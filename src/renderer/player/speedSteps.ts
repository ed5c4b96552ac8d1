// Playback speed one step slower or faster (the `[` and `]` keys), along the contract's choices.
import { speedChoices } from '../../shared/contract';

/** The next choice below (-1) or above (+1) `current`; at either end, the end itself. */
export function stepSpeed(current: number, direction: -1 | 1): number {
  const choices = [...speedChoices];
  if (direction > 0) return choices.find((choice) => choice > current + 1e-9) ?? (choices.at(-1) as number);
  return choices.reverse().find((choice) => choice < current - 1e-9) ?? (speedChoices[0] as number);
}

/** A speed as the controls show it: "1×", "1.25×". */
export function speedLabel(speed: number): string {
  return `${Number(speed.toFixed(2))}×`;
}
