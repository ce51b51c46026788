// "What went well" and "Even better if", each shown only when the teacher wrote it.
export function OverallFeedback({ wentWell, evenBetterIf }: { wentWell: string; evenBetterIf: string }) {
  return (
    <>
      {wentWell && (
        <>
          <h3>What went well</h3>
          <p className="feedback-text">{wentWell}</p>
        </>
      )}
      {evenBetterIf && (
        <>
          <h3>Even better if</h3>
          <p className="feedback-text">{evenBetterIf}</p>
        </>
      )}
    </>
  );
}
