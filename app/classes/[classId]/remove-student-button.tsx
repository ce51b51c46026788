"use client";

import { UserMinus } from "lucide-react";
import { useRouter } from "next/navigation";
import { useUndoableRemoval } from "@/components/feedback/use-undoable-removal";
import { removeStudent } from "@/lib/classes/actions";

// Takes the student off the roster with six seconds to undo; their account and work are kept.
export function RemoveStudentButton({
  classId,
  studentId,
  studentName,
}: {
  classId: string;
  studentId: string;
  studentName: string;
}) {
  const router = useRouter();
  const removal = useUndoableRemoval(() => removeStudent({ classId, studentId }), {
    message: `${studentName} removed from the class. Their account and work are kept.`,
    onRemoved: () => router.refresh(),
  });
  return (
    <button
      type="button"
      ref={removal.trigger}
      className="danger-quiet"
      aria-label={`Remove ${studentName} from the class`}
      disabled={removal.waiting}
      onClick={removal.start}
    >
      <UserMinus aria-hidden="true" className="icon" size={16} /> Remove
    </button>
  );
}
