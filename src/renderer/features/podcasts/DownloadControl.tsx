// Keeping an episode on disk: Download, then its progress with Pause and Cancel; Resume after a
// pause or a failure (it continues where it stopped); Delete once it is downloaded.
import { useEffect, useState } from 'react';
import type { DownloadView } from '../../../shared/contract';
import { useClient } from '../../transport/connection';
import { useToast } from '../../ui/Toasts';
import { formatBytes as size } from '../../ui/formatSize';
import { errorText } from '../../ui/useLoad';


export function DownloadControl({ episodeId }: { episodeId: string }) {
  const client = useClient();
  const toast = useToast();
  const [view, setView] = useState<DownloadView | null>(null);

  useEffect(() => {
    let current = true;
    const read = () =>
      client.downloads
        .get({ episodeId })
        .then((next) => current && setView(next))
        .catch(() => undefined);
    void read();
    // While it downloads, the progress is read twice a second.
    const timer = window.setInterval(() => {
      if (view?.state === 'downloading') void read();
    }, 500);
    return () => {
      current = false;
      window.clearInterval(timer);
    };
  }, [client, episodeId, view?.state]);

  const act = async (work: () => Promise<DownloadView>) => {
    try {
      setView(await work());
    } catch (error) {
      toast({ message: `The download did not change. ${errorText(error)}`, tone: 'error' });
    }
  };

  if (!view) return null;
  const percent = view.total ? Math.floor((view.bytes / view.total) * 100) : null;
  return (
    <div className="download-control" role="group" aria-label="Download for offline listening">
      {view.state === 'none' && (
        <button type="button" className="button" onClick={() => void act(() => client.downloads.start({ episodeId }))}>
          Download
        </button>
      )}
      {view.state === 'downloading' && (
        <>
          <progress max={100} value={percent ?? undefined} aria-label="Download progress" />
          <span role="status">
            Downloading {size(view.bytes)}
            {view.total ? ` of ${size(view.total)}` : ''}…
          </span>
          <button type="button" className="button button-small" onClick={() => void act(() => client.downloads.pause({ episodeId }))}>
            Pause
          </button>
          <button type="button" className="button button-small" onClick={() => void act(() => client.downloads.cancel({ episodeId }))}>
            Cancel
          </button>
        </>
      )}
      {(view.state === 'paused' || view.state === 'failed') && (
        <>
          <span role="status">{view.state === 'paused' ? `Paused at ${size(view.bytes)}.` : `The download stopped: ${view.detail ?? 'it failed.'}`}</span>
          <button type="button" className="button button-small" onClick={() => void act(() => client.downloads.start({ episodeId }))}>
            Resume
          </button>
          <button type="button" className="button button-small" onClick={() => void act(() => client.downloads.cancel({ episodeId }))}>
            Cancel
          </button>
        </>
      )}
      {view.state === 'done' && (
        <>
          <span role="status">Downloaded ({size(view.bytes)}): it plays offline.</span>
          <button type="button" className="button button-small button-danger-quiet" onClick={() => void act(() => client.downloads.delete({ episodeId }))}>
            Delete download
          </button>
        </>
      )}
    </div>
  );
}
