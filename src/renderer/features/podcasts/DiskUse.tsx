// What downloads take on disk, per show and in all, and the cap automatic downloads stay under.
import { useClient } from '../../transport/connection';
import { formatBytes } from '../../ui/formatSize';
import { useToast } from '../../ui/Toasts';
import { errorText, useLoad } from '../../ui/useLoad';

const gigabyte = 1024 * 1024 * 1024;
const caps = [1, 2, 5, 10, 20, 50].map((n) => n * gigabyte);

export function DiskUse() {
  const client = useClient();
  const toast = useToast();
  const overview = useLoad('downloads-overview', () => client.downloads.list(), { marksReady: false });
  if (overview.status !== 'ready') return null;
  const { totalBytes, byShow, capBytes } = overview.value;
  const setCap = async (bytes: number) => {
    try {
      await client.downloads.setCap({ bytes });
      overview.reload();
    } catch (error) {
      toast({ message: `The cap was not changed. ${errorText(error)}`, tone: 'error' });
    }
  };
  return (
    <section className="disk-use" aria-labelledby="disk-use-heading">
      <h2 id="disk-use-heading">Downloads</h2>
      <p>
        {totalBytes > 0 ? `${formatBytes(totalBytes)} on disk` : 'No episodes downloaded yet.'}
        {byShow.length > 0 && ` (${byShow.map((show) => `${show.showTitle}: ${formatBytes(show.bytes)}, ${show.count} episode${show.count === 1 ? '' : 's'}`).join('; ')})`}.
      </p>
      <label>
        Automatic downloads stay under{' '}
        <select value={capBytes} onChange={(event) => void setCap(Number(event.target.value))}>
          {[...new Set([...caps, capBytes])].sort((a, b) => a - b).map((bytes) => (
            <option key={bytes} value={bytes}>
              {bytes >= gigabyte ? `${Math.round((bytes / gigabyte) * 10) / 10} GB` : formatBytes(bytes)}
            </option>
          ))}
        </select>
      </label>
    </section>
  );
}
