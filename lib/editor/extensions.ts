import StarterKit from "@tiptap/starter-kit";
import { EvidenceMark } from "./evidence-mark";
import { isAllowedLink } from "./links";
import { QuotationNode } from "./quotation-node";

// The one extension list: the browser editor uses it, and the server builds its schema from it to
// validate, render and extract text from every saved essay. Change it here and both follow.
export const essayExtensions = [
  StarterKit.configure({
    // Essays are prose: no code, strike-through, underline or rules.
    code: false,
    codeBlock: false,
    strike: false,
    underline: false,
    horizontalRule: false,
    // h1 is the page's own heading.
    heading: { levels: [2, 3] },
    link: {
      openOnClick: false,
      autolink: true,
      protocols: [],
      defaultProtocol: "https",
      isAllowedUri: (url) => isAllowedLink(url),
    },
  }),
  QuotationNode,
  EvidenceMark,
];
