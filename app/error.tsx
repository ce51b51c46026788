"use client";

// Shown instead of any server error: never a stack trace or an internal message.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <>
      <h1>Something went wrong</h1>
      <p>The page could not be loaded. Nothing you have saved was lost. Try again in a moment.</p>
      <button type="button" onClick={() => reset()}>
        Try again
      </button>
    </>
  );
}
