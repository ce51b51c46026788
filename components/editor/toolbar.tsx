"use client";

import { redoDepth, undoDepth } from "@tiptap/pm/history";
import { useEditorState, type Editor } from "@tiptap/react";

// Formatting controls, each with its shortcut in its name; the editor's own keyboard shortcuts
// (Ctrl/Cmd+B, I, Z, Shift+Z, Shift+7/8 for lists, Shift+B for quotes) work as well.
export function Toolbar({ editor, disabled }: { editor: Editor; disabled: boolean }) {
  const state = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      bold: current.isActive("bold"),
      italic: current.isActive("italic"),
      heading2: current.isActive("heading", { level: 2 }),
      heading3: current.isActive("heading", { level: 3 }),
      bulletList: current.isActive("bulletList"),
      orderedList: current.isActive("orderedList"),
      blockquote: current.isActive("blockquote"),
      // The history's depth, not a dry run of the command: this selector runs on every keystroke.
      canUndo: undoDepth(current.state) > 0,
      canRedo: redoDepth(current.state) > 0,
    }),
  });

  const buttons = [
    { label: "Bold (Ctrl+B)", text: "B", pressed: state.bold, run: () => editor.chain().focus().toggleBold().run() },
    {
      label: "Italic (Ctrl+I)",
      text: "I",
      pressed: state.italic,
      run: () => editor.chain().focus().toggleItalic().run(),
    },
    {
      label: "Heading",
      text: "H2",
      pressed: state.heading2,
      run: () => editor.chain().focus().toggleHeading({ level: 2 }).run(),
    },
    {
      label: "Subheading",
      text: "H3",
      pressed: state.heading3,
      run: () => editor.chain().focus().toggleHeading({ level: 3 }).run(),
    },
    {
      label: "Bulleted list (Ctrl+Shift+8)",
      text: "• List",
      pressed: state.bulletList,
      run: () => editor.chain().focus().toggleBulletList().run(),
    },
    {
      label: "Numbered list (Ctrl+Shift+7)",
      text: "1. List",
      pressed: state.orderedList,
      run: () => editor.chain().focus().toggleOrderedList().run(),
    },
    {
      label: "Block quote (Ctrl+Shift+B)",
      text: "❝",
      pressed: state.blockquote,
      run: () => editor.chain().focus().toggleBlockquote().run(),
    },
  ];

  return (
    <div className="editor-toolbar" role="toolbar" aria-label="Formatting">
      {buttons.map((button) => (
        <button
          key={button.label}
          type="button"
          aria-label={button.label}
          title={button.label}
          aria-pressed={button.pressed}
          disabled={disabled}
          onClick={button.run}
        >
          {button.text}
        </button>
      ))}
      <button
        type="button"
        aria-label="Undo (Ctrl+Z)"
        title="Undo (Ctrl+Z)"
        disabled={disabled || !state.canUndo}
        onClick={() => editor.chain().focus().undo().run()}
      >
        ↶
      </button>
      <button
        type="button"
        aria-label="Redo (Ctrl+Shift+Z)"
        title="Redo (Ctrl+Shift+Z)"
        disabled={disabled || !state.canRedo}
        onClick={() => editor.chain().focus().redo().run()}
      >
        ↷
      </button>
    </div>
  );
}
