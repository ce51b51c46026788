import type { Metadata } from "next";
import { cookies, headers } from "next/headers";
import Link from "next/link";
import type { ReactNode } from "react";
import { ClaimNotice } from "@/components/auth/claim-notice";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { ToastProvider } from "@/components/feedback/toasts";
import { ThemeToggle } from "@/components/theme/theme-toggle";
import { getSessionUser } from "@/lib/auth/session";
import { themeCookie, themeFrom } from "@/lib/theme";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Stalin workbench", template: "%s · Stalin workbench" },
  description: "Essay practice and source analysis for A-level history: Stalin's rise and dictatorship, 1924–53.",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Reading the request makes every page dynamic, so each gets the proxy's fresh CSP nonce.
  await headers();
  const user = await getSessionUser();
  const theme = themeFrom((await cookies()).get(themeCookie)?.value);

  return (
    <html lang="en-GB" data-theme={theme === "system" ? undefined : theme}>
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <Link className="brand" href="/">
            Stalin workbench
          </Link>
          <nav aria-label="Main">
            <ul>
              {user?.role === "TEACHER" && (
                <>
                  <li>
                    <Link href="/classes">My classes</Link>
                  </li>
                  <li>
                    <Link href="/mark-schemes">Mark schemes</Link>
                  </li>
                  {user.isAdministrator && (
                    <>
                      <li>
                        <Link href="/admin/teachers">Teachers</Link>
                      </li>
                      <li>
                        <Link href="/admin/students">Students</Link>
                      </li>
                    </>
                  )}
                </>
              )}
              {user?.role === "STUDENT" && (
                <li>
                  <Link href="/assignments">My assignments</Link>
                </li>
              )}
              <li>
                <Link href="/library">Library</Link>
              </li>
              {/* A visitor's ways in sit with the pages, so a phone's first row keeps to the brand and Sign in. */}
              {!user && (
                <>
                  <li>
                    <Link href="/join">Join a class</Link>
                  </li>
                  <li>
                    <Link href="/sign-up">Teacher sign-up</Link>
                  </li>
                </>
              )}
              {user && (
                <li>
                  <Link href="/revision">Revision</Link>
                </li>
              )}
              {user && (
                <li>
                  <Link href="/account">Account</Link>
                </li>
              )}
            </ul>
          </nav>
          <div className="session">
            <ThemeToggle initial={theme} />
            {user ? (
              <>
                <span className="who">
                  {user.name} <span className="role">({user.role === "TEACHER" ? "teacher" : "student"})</span>
                </span>
                <SignOutButton />
              </>
            ) : (
              <Link href="/sign-in">Sign in</Link>
            )}
          </div>
        </header>
        <ToastProvider>
          <main id="main">
            {user?.claimedAt && <ClaimNotice claimedAt={user.claimedAt} />}
            {children}
          </main>
        </ToastProvider>
      </body>
    </html>
  );
}
