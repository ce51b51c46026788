import type { Metadata } from "next";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { listMarkSchemes } from "@/lib/marking/store/mark-schemes";
import { CreateMarkSchemeForm } from "./create-mark-scheme-form";

export const metadata: Metadata = { title: "Mark schemes" };

export default async function MarkSchemesPage() {
  const teacher = await requirePageUser("TEACHER");
  const schemes = await listMarkSchemes(teacher);
  return (
    <>
      <h1>Mark schemes</h1>
      <p className="lede">
        Levels of response: pick the best-fit level, then a mark within its band. The two defaults follow the exam
        boards’ essay and extract questions.
      </p>
      {schemes.map((scheme) => (
        <section key={scheme.id} aria-labelledby={`scheme-${scheme.id}`} className="detail">
          <h2 id={`scheme-${scheme.id}`}>
            {scheme.name} <span className="badge">{scheme.own ? "Yours" : "Default"}</span>
          </h2>
          <table className="roster">
            <thead>
              <tr>
                <th scope="col">Level</th>
                <th scope="col">Marks</th>
                <th scope="col">Descriptor</th>
              </tr>
            </thead>
            <tbody>
              {scheme.levels.map((level) => (
                <tr key={level.level}>
                  <td>{level.level}</td>
                  <td>
                    {level.minMarks}–{level.maxMarks}
                  </td>
                  <td>{level.descriptor}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
      <h2>Create your own</h2>
      <CreateMarkSchemeForm />
    </>
  );
}
