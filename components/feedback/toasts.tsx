"use client";

import { CircleAlert, CircleCheck, X } from "lucide-react";
import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from "react";

export type ToastOptions = {
  message: string;
  tone?: "done" | "problem";
  // Shown as an Undo button; the toast closes and onExpire never runs.
  undo?: () => void;
  // Runs when the toast closes without Undo (timed out or dismissed).
  onExpire?: () => void;
  durationMs?: number;
};
type Toast = ToastOptions & { id: number };

const ToastContext = createContext<(options: ToastOptions) => void>(() => {
  throw new Error("useToast() needs a <ToastProvider> above it (the root layout has one).");
});

export const useToast = () => useContext(ToastContext);

// Short messages at the bottom of the screen, read out politely by screen readers. The provider
// sits in the root layout, so a toast (and what its expiry does) outlives a page change.
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const timers = useRef(new Map<number, ReturnType<typeof setTimeout>>());
  const nextId = useRef(1);

  const close = useCallback((toast: Toast, how: "undo" | "expire") => {
    clearTimeout(timers.current.get(toast.id));
    timers.current.delete(toast.id);
    setToasts((current) => current.filter((item) => item.id !== toast.id));
    if (how === "undo") toast.undo?.();
    else toast.onExpire?.();
  }, []);

  const show = useCallback(
    (options: ToastOptions) => {
      const toast = { ...options, id: nextId.current++ };
      setToasts((current) => [...current.slice(-2), toast]);
      timers.current.set(
        toast.id,
        setTimeout(() => close(toast, "expire"), options.durationMs ?? (options.undo ? 6_000 : 4_000)),
      );
    },
    [close],
  );

  // Leaving the site with a removal still waiting: the browser asks first, since it will not happen.
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (toasts.some((toast) => toast.undo && toast.onExpire)) event.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [toasts]);

  return (
    <ToastContext.Provider value={show}>
      {children}
      <div className="toasts" role="region" aria-label="Notifications" aria-live="polite">
        {toasts.map((toast) => (
          <div key={toast.id} className={`toast ${toast.tone ?? "done"}`} role="status">
            {toast.tone === "problem" ? (
              <CircleAlert aria-hidden="true" className="icon" size={18} />
            ) : (
              <CircleCheck aria-hidden="true" className="icon" size={18} />
            )}
            <span className="toast-message">{toast.message}</span>
            {toast.undo && (
              <button type="button" className="toast-undo" onClick={() => close(toast, "undo")}>
                Undo
              </button>
            )}
            <button type="button" className="toast-close" aria-label="Dismiss" onClick={() => close(toast, "expire")}>
              <X aria-hidden="true" size={16} />
            </button>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}
