type Tag = { slug: string; label: string };

export function TagBadges({ tags }: { tags: Tag[] }) {
  if (!tags.length) return null;
  return (
    <span aria-label="Tags">
      {tags.map((tag) => (
        <span key={tag.slug} className="badge">
          {tag.label}
        </span>
      ))}
    </span>
  );
}
