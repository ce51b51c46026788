"use client";

// When even the layout fails (the header cannot be drawn): a whole page of its own, with the
// same plain message and no internals. Styles are inline because the app's CSS may not have loaded.
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en-GB">
      <body
        style={{
          fontFamily: "system-ui, sans-serif",
          margin: "3rem auto",
          maxWidth: "36rem",
          padding: "0 1rem",
          color: "#1d1f24",
          background: "#f4f5f7",
        }}
      >
        <h1>Something went wrong</h1>
        <p>
          The workbench could not be loaded. Nothing you have saved was lost: essays are kept on the server and in this
          browser. Try again in a moment.
        </p>
        {error.digest && (
          <p style={{ color: "#4b5563", fontSize: "0.9rem" }}>
            If it keeps happening, tell your teacher or administrator this reference: {error.digest}
          </p>
        )}
        <button
          type="button"
          onClick={() => reset()}
          style={{
            font: "inherit",
            padding: "0.45rem 1rem",
            borderRadius: 4,
            border: "1px solid #1d1f24",
            background: "#1d1f24",
            color: "#fff",
            cursor: "pointer",
          }}
        >
          Try again
        </button>
      </body>
    </html>
  );
}
