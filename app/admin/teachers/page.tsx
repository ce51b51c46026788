import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { listTeachers } from "@/lib/accounts/store";
import { CurationRightToggle } from "./curation-right-toggle";

export const metadata: Metadata = { title: "Teachers" };

// The administrator decides who curates the shared library: the shipped items and other teachers'
// items can be changed, archived and reverted only by a curator.
export default async function TeachersPage() {
  const user = await requirePageUser("TEACHER");
  if (!user.isAdministrator) redirect("/classes");
  const teachers = await listTeachers();
  return (
    <>
      <h1>Teachers</h1>
      <p>
        Every teacher adds their own library items and changes them freely. Library curators may also change, archive and revert the shipped library and other teachers’ items;
        every change is kept in the item’s history and can be reverted.
      </p>
      <table className="roster">
        <thead>
          <tr>
            <th scope="col">Teacher</th>
            <th scope="col">Email</th>
            <th scope="col">Library curator</th>
          </tr>
        </thead>
        <tbody>
          {teachers.map((teacher) => (
            <tr key={teacher.id}>
              <th scope="row">{teacher.name}</th>
              <td>{teacher.email}</td>
              <td>{teacher.isAdministrator ? "Administrator (always)" : <CurationRightToggle teacherId={teacher.id} name={teacher.name} granted={teacher.canCurateLibrary} />}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
