"use client";

import { signIn } from "next-auth/react";
import { useState } from "react";
import type { SchoolProvider } from "@/lib/auth/school-sign-in";

// One button per school sign-in the installation offers (Google, Microsoft, the school's own).
export function SchoolSignInButtons({ providers }: { providers: SchoolProvider[] }) {
  const [going, setGoing] = useState<string>();
  return (
    <div className="school-sign-in" role="group" aria-label="Sign in with a school account">
      {providers.map((provider) => (
        <button
          key={provider.id}
          type="button"
          className="secondary"
          disabled={going !== undefined}
          onClick={() => {
            setGoing(provider.id);
            void signIn(provider.id, { callbackUrl: "/" });
          }}
        >
          {going === provider.id ? "Opening…" : `Sign in with ${provider.name}`}
        </button>
      ))}
    </div>
  );
}
