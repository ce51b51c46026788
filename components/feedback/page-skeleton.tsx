// What a list page shows while the server answers a click: its title at once and grey rows where
// the list will be (a route's loading.tsx). Screen readers hear "Loading …".
export function PageSkeleton({ title, rows = 6 }: { title: string; rows?: number }) {
  return (
    <div className="page-skeleton" aria-busy="true">
      <h1>{title}</h1>
      <p role="status" className="visually-hidden">
        Loading {title.toLowerCase()}…
      </p>
      <div className="skeleton-line skeleton-lede" />
      <ul className="skeleton-list" aria-hidden="true">
        {Array.from({ length: rows }, (_, index) => (
          <li key={index}>
            <div className="skeleton-line" style={{ width: `${60 + ((index * 17) % 35)}%` }} />
            <div className="skeleton-line skeleton-short" />
          </li>
        ))}
      </ul>
    </div>
  );
}
