import Link from "next/link";
import type { getClassCoverage } from "@/lib/assignments/store/coverage";

type Coverage = NonNullable<Awaited<ReturnType<typeof getClassCoverage>>>;

// For the teacher: which of the evidence and quotations they expect for this prompt the class's
// essays use, and what each student's essay (latest draft) leaves out.
export function EvidenceCoverage({ coverage, promptSlug }: { coverage: Coverage; promptSlug: string }) {
  const { expected, items, students, essays } = coverage;
  return (
    <section aria-labelledby="coverage-heading" className="evidence-coverage">
      <h2 id="coverage-heading">Evidence coverage</h2>
      {expected.length === 0 ? (
        <p className="muted">
          Suggest quotations and evidence for this prompt on{" "}
          <Link href={`/library/prompts/${promptSlug}`}>its library page</Link>: students see them as what you expect,
          and this section shows who used them.
        </p>
      ) : (
        <>
          <table className="roster">
            <caption>Each expected item, and how many of the {essays} essays started use it</caption>
            <thead>
              <tr>
                <th scope="col">Expected</th>
                <th scope="col">Essays using it</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={`${item.kind}-${item.id}`}>
                  <th scope="row">
                    <span className="badge">{item.kind}</span> {item.label}
                  </th>
                  <td>
                    {item.usedBy} of {essays}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <table className="roster">
            <caption>What each student&apos;s essay has not used yet</caption>
            <thead>
              <tr>
                <th scope="col">Student</th>
                <th scope="col">Not used</th>
              </tr>
            </thead>
            <tbody>
              {students.map(({ student, missed }) => (
                <tr key={student.id}>
                  <th scope="row">{student.name}</th>
                  <td>
                    {missed === null ? (
                      <span className="muted">Not started</span>
                    ) : missed.length === 0 ? (
                      "Uses every expected item"
                    ) : (
                      missed.map((item) => item.label).join("; ")
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
