// A show's artwork, stored by Fulcrum (so it shows offline), or its initial when it has none.
import type { FeedSummary } from '../../../shared/contract';
import { useClient } from '../../transport/connection';
import { useLoad } from '../../ui/useLoad';

export function Artwork({ feed, size }: { feed: Pick<FeedSummary, 'id' | 'title' | 'hasArtwork'>; size: number }) {
  const client = useClient();
  const art = useLoad(`artwork:${feed.id}:${feed.hasArtwork}`, async () => (feed.hasArtwork ? (await client.feeds.artwork({ id: feed.id })).dataUrl : null), { marksReady: false });
  const style = { width: size, height: size };
  if (art.status === 'ready' && art.value) return <img className="podcast-artwork" src={art.value} alt="" style={style} />;
  return (
    <span className="podcast-artwork podcast-artwork-none" style={style} aria-hidden="true">
      {feed.title.trim().charAt(0).toUpperCase() || '?'}
    </span>
  );
}
