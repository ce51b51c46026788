import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Stalin workbench", template: "%s · Stalin workbench" },
  description: "Essay practice and source analysis for A-level history: Stalin's rise and dictatorship, 1924–53.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en-GB">
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
              <li>
                <Link href="/library">Library</Link>
              </li>
            </ul>
          </nav>
        </header>
        <main id="main">{children}</main>
      </body>
    </html>
  );
}
