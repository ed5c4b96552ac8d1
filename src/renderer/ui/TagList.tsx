// Tags as links to the library filtered by that tag.
import { Link } from 'wouter';

export function TagList({ tags, label = 'Tags' }: { tags: string[]; label?: string }) {
  if (tags.length === 0) return null;
  return (
    <ul className="tag-list" aria-label={label}>
      {tags.map((tag) => (
        <li key={tag}>
          <Link href={`/library?tag=${encodeURIComponent(tag)}`} className="tag" title={`Everything tagged “${tag}”`}>
            #{tag}
          </Link>
        </li>
      ))}
    </ul>
  );
}
