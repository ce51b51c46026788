import { CommentMark } from "./comment-mark";
import { essayExtensions } from "./extensions";

// The essay's own extensions plus comment marks: what a teacher's marking copy of an essay is
// made of. Students' saves are checked against essayExtensions alone, so they cannot forge one.
export const markingExtensions = [...essayExtensions, CommentMark];
