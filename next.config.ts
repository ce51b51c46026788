import type { NextConfig } from "next";
import { SECURITY_HEADERS } from "./lib/http/security-headers";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // pg and the Prisma adapter are Node libraries; load them at run time rather than bundling them.
  serverExternalPackages: ["pg", "@prisma/adapter-pg"],
  experimental: {
    // Library uploads may be 2 MB of YAML (lib/library/upload-limits.ts), sent as text in a server
    // action: room for that and its encoding, above Next's 1 MB default.
    serverActions: { bodySizeLimit: "5mb" },
  },
  async headers() {
    return [{ source: "/:path*", headers: SECURITY_HEADERS }];
  },
};

export default nextConfig;
