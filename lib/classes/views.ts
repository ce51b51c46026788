// What the class pages show of a roster just added: a first-time password only for a new account,
// shown once and never stored in clear; an email that already had an account is invited.
export type CreatedStudent = {
  name: string;
  email: string;
  firstPassword: string | null;
  status: "created" | "invited" | "already-in-class";
};
