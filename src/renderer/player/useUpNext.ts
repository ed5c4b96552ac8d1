// The player's state kept by the core: the up-next queue and the listening preferences. Read once
// at start; every change is sent to the core and the answer shown, so the queue on screen is the
// one stored. A refused change says why and shows the stored queue again.
import { useCallback, useEffect, useRef, useState } from 'react';
import { defaultPlayerPreferences, type InputOf, type PlayerState } from '../../shared/contract';
import type { FulcrumClient } from '../../shared/client';
import type { ToastInput } from '../ui/Toasts';
import { errorText } from '../ui/useLoad';

export interface UpNext {
  state: PlayerState;
  /** The latest state, for event handlers that run between renders. */
  current: () => PlayerState;
  enqueue: (episodeId: string, next: boolean) => Promise<void>;
  setOrder: (episodeIds: string[]) => Promise<boolean>;
  savePreferences: (change: InputOf<'player.setPreferences'>) => Promise<void>;
}

export function useUpNext(client: FulcrumClient, toast: (toast: ToastInput) => void): UpNext {
  const [state, setState] = useState<PlayerState>({ current: null, queue: [], preferences: defaultPlayerPreferences });
  const latest = useRef(state);

  const apply = useCallback((next: PlayerState) => {
    latest.current = next;
    setState(next);
  }, []);

  const reload = useCallback(() => {
    client.player.state({}).then(apply, (error: unknown) => toast({ message: `Your up-next queue could not be read. ${errorText(error)}`, tone: 'error' }));
  }, [client, apply, toast]);

  useEffect(reload, [reload]);

  /** Sends a change; on refusal says why (nothing was changed) and shows the stored state again. */
  const change = useCallback(
    async (work: () => Promise<PlayerState>, refusal: string): Promise<PlayerState | null> => {
      try {
        const next = await work();
        apply(next);
        return next;
      } catch (error) {
        toast({ message: `${refusal} ${errorText(error)}`, tone: 'error' });
        reload();
        return null;
      }
    },
    [apply, reload, toast],
  );

  const enqueue = useCallback(
    async (episodeId: string, next: boolean) => {
      const answer = await change(() => client.player.enqueue({ episodeId, next }), 'The episode was not added to your queue.');
      const title = answer?.queue.find((episode) => episode.id === episodeId)?.title;
      if (answer && title) toast({ message: next ? `“${title}” plays next.` : `“${title}” is in your queue (${answer.queue.length} up next).`, tone: 'success' });
    },
    [change, client, toast],
  );

  const setOrder = useCallback(async (episodeIds: string[]) => (await change(() => client.player.setQueue({ episodeIds }), 'Your queue did not change.')) !== null, [change, client]);

  const savePreferences = useCallback(
    async (preferences: InputOf<'player.setPreferences'>) => {
      await change(() => client.player.setPreferences(preferences), 'Your player settings were not saved.');
    },
    [change, client],
  );

  const current = useCallback(() => latest.current, []);
  return { state, current, enqueue, setOrder, savePreferences };
}
