// Route handlers: each one listed with who may call it, and walked like the actions.
import { expect } from "vitest";
import { GET as accountExportRoute } from "@/app/api/accounts/[accountId]/export/route";
import { GET as liveRoute } from "@/app/api/assignments/[assignmentId]/live/route";
import { GET as markbookRoute } from "@/app/api/classes/[classId]/markbook/route";
import { GET as feedbackDocxRoute } from "@/app/api/essays/[essayId]/feedback-docx/route";
import { GET as logRoute } from "@/app/api/essays/[essayId]/log/route";
import { GET as versionsRoute } from "@/app/api/essays/[essayId]/versions/route";
import { GET as versionRoute } from "@/app/api/essays/[essayId]/versions/[revisionId]/route";
import { PUT as saveEssayRoute } from "@/app/api/essays/[essayId]/route";
import { GET as exportRoute } from "@/app/api/library/export/route";
import { GET as searchRoute } from "@/app/api/library/search/route";
import { db, type World, type Caller, released, readyToRelease, withVersion, VERSION } from "../world";

// Route handlers, with who may call them. next-auth's is its own sign-in endpoint.
export const ROUTE_HANDLERS: Record<string, string> = {
  "app/api/auth/[...nextauth]/route.ts":
    "public: next-auth's sign-in, sign-out, session and CSRF endpoints (sign-in is rate limited; see accounts.test.ts)",
  "app/api/essays/[essayId]/route.ts": "the essay's own student: see the route cases below",
  "app/api/essays/[essayId]/feedback-docx/route.ts":
    "the class's teacher, and the essay's student once released: see the route cases below",
  "app/api/essays/[essayId]/versions/route.ts":
    "the essay's student and the class's teacher: see the route cases below",
  "app/api/essays/[essayId]/versions/[revisionId]/route.ts":
    "the essay's student and the class's teacher; a version of another essay is a 404: see the route cases below and writing-history.test.ts",
  "app/api/essays/[essayId]/log/route.ts": "the essay's student and the class's teacher: see the route cases below",
  "app/api/assignments/[assignmentId]/live/route.ts": "the class's teacher: see the route cases below",
  "app/api/library/export/route.ts": "teachers: see the route cases below",
  "app/api/classes/[classId]/markbook/route.ts": "the class's own teacher: see the route cases below",
  "app/api/accounts/[accountId]/export/route.ts":
    "the student themselves, and the administrator: see the route cases below",
  "app/api/health/route.ts":
    "public: answers only whether the app and its database are up, and the version (see accounts-onboarding.test.ts)",
  "app/api/library/search/route.ts":
    "signed-in users; an assignment only its own teacher and students: see the route cases below",
};

export type RouteCase = {
  refused: Partial<Record<Caller, 401 | 403 | 404>>;
  rightful: Caller;
  arrange?: (world: World) => Promise<unknown>;
  call: (world: World) => Promise<Response>;
  check: (response: Response, world: World) => Promise<void>;
};

export const ROUTE_CASES: Record<string, RouteCase> = {
  "PUT /api/essays/:essayId": {
    refused: { anonymous: 401, teacher: 403, anotherTeacher: 403, studentOfAnotherClass: 404 },
    rightful: "studentOfThisClass",
    call: ({ essay }) =>
      saveEssayRoute(
        new Request(`http://localhost/api/essays/${essay.id}`, {
          method: "PUT",
          body: JSON.stringify({
            baseVersion: 0,
            document: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Mine." }] }] },
          }),
        }),
        { params: Promise.resolve({ essayId: essay.id }) },
      ),
    check: async (_response, { essay }) =>
      expect(await db.essay.findUniqueOrThrow({ where: { id: essay.id } })).toMatchObject({
        version: 1,
        plainText: "Mine.",
      }),
  },
  "GET /api/essays/:essayId/feedback-docx before release": {
    refused: { anonymous: 401, studentOfThisClass: 404, anotherTeacher: 404, studentOfAnotherClass: 404 },
    rightful: "teacher",
    arrange: readyToRelease,
    call: ({ essay }) =>
      feedbackDocxRoute(new Request(`http://localhost/api/essays/${essay.id}/feedback-docx`), {
        params: Promise.resolve({ essayId: essay.id }),
      }),
    check: async (response) => expect(response.headers.get("content-type")).toContain("wordprocessingml"),
  },
  "GET /api/essays/:essayId/feedback-docx once released": {
    refused: { anonymous: 401, anotherTeacher: 404, studentOfAnotherClass: 404 },
    rightful: "studentOfThisClass",
    arrange: released,
    call: ({ essay }) =>
      feedbackDocxRoute(new Request(`http://localhost/api/essays/${essay.id}/feedback-docx`), {
        params: Promise.resolve({ essayId: essay.id }),
      }),
    check: async (response) => expect(response.headers.get("content-disposition")).toContain(".docx"),
  },
  "GET /api/accounts/:accountId/export for the student": {
    refused: { anonymous: 401, studentOfAnotherClass: 403, teacher: 403, anotherTeacher: 403, curator: 403 },
    rightful: "studentOfThisClass",
    arrange: released,
    call: ({ student }) =>
      accountExportRoute(new Request(`http://localhost/api/accounts/${student.id}/export?format=json`), {
        params: Promise.resolve({ accountId: student.id }),
      }),
    check: async (response, { student }) => {
      const data = await response.json();
      expect(data.account).toMatchObject({ email: student.email, role: "STUDENT" });
      expect(data.essays).toEqual([
        expect.objectContaining({
          plainText: expect.any(String),
          feedback: expect.objectContaining({ level: 4, mark: 18 }),
        }),
      ]);
    },
  },
  "GET /api/accounts/:accountId/export as Word for the administrator": {
    refused: { anonymous: 401, studentOfAnotherClass: 403, teacher: 403 },
    rightful: "administrator",
    call: ({ student }) =>
      accountExportRoute(new Request(`http://localhost/api/accounts/${student.id}/export?format=docx`), {
        params: Promise.resolve({ accountId: student.id }),
      }),
    check: async (response) => expect(response.headers.get("content-type")).toContain("wordprocessingml"),
  },
  "GET /api/classes/:classId/markbook": {
    refused: { anonymous: 401, studentOfAnotherClass: 403, studentOfThisClass: 403, anotherTeacher: 404 },
    rightful: "teacher",
    call: ({ ownClass }) =>
      markbookRoute(new Request(`http://localhost/api/classes/${ownClass.id}/markbook`), {
        params: Promise.resolve({ classId: ownClass.id }),
      }),
    check: async (response, { student }) => {
      expect(response.headers.get("content-type")).toContain("text/csv");
      expect(await response.text()).toContain(student.email);
    },
  },
  "GET /api/library/export": {
    refused: { anonymous: 401, studentOfAnotherClass: 403, studentOfThisClass: 403 },
    rightful: "teacher",
    call: () => exportRoute(new Request("http://localhost/api/library/export?kind=evidence&theme=purges")),
    check: async (response) => {
      expect(response.headers.get("content-disposition")).toContain("evidence.yaml");
      expect(await response.text()).toContain("slug: a-card");
    },
  },
  "GET /api/library/search with an assignment": {
    refused: { anonymous: 401, studentOfAnotherClass: 404, anotherTeacher: 404 },
    rightful: "studentOfThisClass",
    call: ({ assignment }) =>
      searchRoute(new Request(`http://localhost/api/library/search?q=&assignmentId=${assignment.id}`)),
    check: async (response) => expect(response.status).toBe(200),
  },
  "GET /api/essays/:essayId/versions for the teacher": {
    refused: { anonymous: 401, anotherTeacher: 404, studentOfAnotherClass: 404 },
    rightful: "teacher",
    arrange: withVersion,
    call: ({ essay }) =>
      versionsRoute(new Request(`http://localhost/api/essays/${essay.id}/versions`), {
        params: Promise.resolve({ essayId: essay.id }),
      }),
    check: async (response) =>
      expect(await response.json()).toMatchObject({ versions: [{ id: VERSION, wordCount: 2 }] }),
  },
  "GET /api/essays/:essayId/versions for the student": {
    refused: { anonymous: 401, anotherTeacher: 404, studentOfAnotherClass: 404 },
    rightful: "studentOfThisClass",
    arrange: withVersion,
    call: ({ essay }) =>
      versionsRoute(new Request(`http://localhost/api/essays/${essay.id}/versions`), {
        params: Promise.resolve({ essayId: essay.id }),
      }),
    check: async (response) => expect(await response.json()).toMatchObject({ versions: [{ id: VERSION }] }),
  },
  "GET /api/essays/:essayId/versions/:revisionId": {
    refused: { anonymous: 401, anotherTeacher: 404, studentOfAnotherClass: 404 },
    rightful: "studentOfThisClass",
    arrange: withVersion,
    call: ({ essay }) =>
      versionRoute(new Request(`http://localhost/api/essays/${essay.id}/versions/${VERSION}`), {
        params: Promise.resolve({ essayId: essay.id, revisionId: VERSION }),
      }),
    check: async (response) =>
      expect(await response.json()).toMatchObject({ id: VERSION, plainText: "Earlier words." }),
  },
  "GET /api/essays/:essayId/log": {
    refused: { anonymous: 401, anotherTeacher: 404, studentOfAnotherClass: 404 },
    rightful: "teacher",
    call: ({ essay }) =>
      logRoute(new Request(`http://localhost/api/essays/${essay.id}/log`), {
        params: Promise.resolve({ essayId: essay.id }),
      }),
    check: async (response, { essay }) =>
      expect(await response.json()).toMatchObject({ essayId: essay.id, draft: 1, batches: [] }),
  },
  "GET /api/assignments/:assignmentId/live": {
    refused: { anonymous: 401, studentOfThisClass: 403, studentOfAnotherClass: 403, anotherTeacher: 404 },
    rightful: "teacher",
    call: ({ essay }) =>
      liveRoute(new Request(`http://localhost/api/assignments/${essay.assignmentId}/live`), {
        params: Promise.resolve({ assignmentId: essay.assignmentId }),
      }),
    check: async (response, { student }) =>
      expect(await response.json()).toMatchObject({ rows: [{ studentId: student.id, status: "in-progress" }] }),
  },
};
