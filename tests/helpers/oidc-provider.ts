// A local OpenID provider for the browser tier (the oidc-provider package): one client, whose
// redirect goes to the app under test, and accounts whose id is their email. Its own development
// sign-in page takes any id and password.
import http from "node:http";
import Provider from "oidc-provider";
import { findFreePort } from "@/scripts/lib/ports";

export type LocalOidc = { issuer: string; clientId: string; clientSecret: string; stop: () => Promise<void> };

// emailVerified: whether the provider vouches for the email (a school account does).
export async function startOidcProvider(
  redirectUri: string,
  accounts: Record<string, { name: string; emailVerified: boolean }>,
): Promise<LocalOidc> {
  const port = await findFreePort();
  const issuer = `http://localhost:${port}`;
  const clientId = "workbench";
  const clientSecret = "workbench-test-client-secret-0123456789";
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [redirectUri],
        response_types: ["code"],
        grant_types: ["authorization_code"],
      },
    ],
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    scopes: ["openid", "email", "profile"],
    // As Google does: the ID token itself carries the email and name the scopes asked for.
    conformIdTokenClaims: false,
    findAccount: (_context, id) => {
      const account = accounts[id];
      if (!account) return undefined;
      return {
        accountId: id,
        claims: () => ({ sub: id, email: id, email_verified: account.emailVerified, name: account.name }),
      };
    },
    // The consent step is granted by the development pages' "Continue".
    features: { devInteractions: { enabled: true } },
  });
  provider.on("server_error", (_context, error) => console.error("OIDC provider error", error));
  const server = http.createServer(provider.callback());
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return { issuer, clientId, clientSecret, stop: () => new Promise((resolve) => server.close(() => resolve())) };
}
