export type StudentAssignmentStatus = "to-do" | "in-progress" | "submitted" | "marked";

export const STATUS_LABEL = {
  "to-do": "To do",
  "in-progress": "In progress",
  submitted: "Submitted",
  marked: "Marked",
} as const;
export const STATUS_ORDER = ["to-do", "in-progress", "submitted", "marked"] as const;
