"use client";

import { useEffect, useRef, useState } from "react";
import { counted } from "@/lib/format";
import { ClockIcon } from "@/components/icons/clock-icon";

// The time left on a timed essay, from the server's clock: the server said how long was left when
// it rendered the page (and again on every save), and the browser counts down from that with its
// monotonic clock, so changing the computer's time changes nothing. The server enforces the
// deadline regardless.
const WARNINGS = [5, 1];

export function useCountdown(initialRemainingMs: number | null, onTimeUp: () => void) {
  const anchor = useRef<{ remaining: number; at: number } | null>(null);
  const [remainingMs, setRemainingMs] = useState(initialRemainingMs);
  const [warning, setWarning] = useState<string | null>(null);
  const fired = useRef(false);
  const warned = useRef(new Set<number>());
  const onTimeUpRef = useRef(onTimeUp);
  onTimeUpRef.current = onTimeUp;

  useEffect(() => {
    if (initialRemainingMs === null) return;
    anchor.current = { remaining: initialRemainingMs, at: performance.now() };
    // Warnings already passed when the page opened are not repeated.
    for (const minutes of WARNINGS) if (initialRemainingMs <= minutes * 60_000) warned.current.add(minutes);
    const tick = () => {
      if (!anchor.current) return;
      const left = anchor.current.remaining - (performance.now() - anchor.current.at);
      setRemainingMs(left);
      for (const minutes of WARNINGS) {
        if (left <= minutes * 60_000 && !warned.current.has(minutes)) {
          warned.current.add(minutes);
          setWarning(`${minutes} minute${minutes === 1 ? "" : "s"} left.`);
        }
      }
      if (left <= 0 && !fired.current) {
        fired.current = true;
        onTimeUpRef.current();
      }
    };
    tick();
    const timer = setInterval(tick, 250);
    return () => clearInterval(timer);
  }, [initialRemainingMs]);

  // A save reported the server's view of the time left: re-anchor to it.
  function resync(serverRemainingMs: number | null) {
    if (serverRemainingMs === null || !anchor.current) return;
    anchor.current = { remaining: serverRemainingMs, at: performance.now() };
  }

  return { remainingMs, warning, resync };
}

export function Countdown({ remainingMs, warning }: { remainingMs: number; warning: string | null }) {
  const seconds = Math.max(0, Math.ceil(remainingMs / 1000));
  const label = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
  return (
    <div className={`countdown${seconds <= 60 ? " urgent" : seconds <= 300 ? " soon" : ""}`}>
      <span className="visually-hidden">Time left: </span>
      <ClockIcon />{" "}
      <time aria-label={`${counted(Math.floor(seconds / 60), "minute")} ${counted(seconds % 60, "second")} left`}>
        {label}
      </time>
      <p role="alert" className="countdown-warning">
        {warning}
      </p>
    </div>
  );
}
