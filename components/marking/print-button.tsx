"use client";

// The browser's print dialog, where "Save as PDF" makes the PDF.
export function PrintButton() {
  return (
    <button type="button" className="no-print" onClick={() => window.print()}>
      Print or save as PDF
    </button>
  );
}
