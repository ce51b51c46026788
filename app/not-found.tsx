import Link from "next/link";

export default function NotFound() {
  return (
    <>
      <h1>Not found</h1>
      <p>There is nothing at this address. It may have been renamed or removed.</p>
      <p>
        <Link href="/library">Back to the library</Link>
      </p>
    </>
  );
}
