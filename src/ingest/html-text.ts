/**
 * Plain text with paragraphs from a DOM subtree: block elements end a line, scripts, styles and
 * other non-text elements are skipped. Hand-written because `textContent` loses paragraph
 * breaks and keeps script text; this walk is iterative so deep hostile trees cannot blow the stack.
 */

interface NodeLike {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<NodeLike>;
}

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'SVG', 'CANVAS', 'OBJECT', 'EMBED', 'HEAD', 'BUTTON', 'SELECT', 'TEXTAREA', 'FORM', 'NAV']);
const BLOCK = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD',
  'BLOCKQUOTE', 'PRE', 'TABLE', 'TR', 'FIGURE', 'FIGCAPTION', 'HR', 'ADDRESS', 'DETAILS', 'SUMMARY', 'CENTER',
]);
const TEXT_NODE = 3;
const WS = /\s+/g;
const ELEMENT_NODE = 1;

/** Returns the subtree's text, one paragraph per line. */
export function domToText(root: NodeLike): string {
  const parts: string[] = [];
  // Stack of nodes to visit; a string entry is a line break to emit after a block closes.
  const stack: (NodeLike | string)[] = [root];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (typeof item === 'string') { parts.push(item); continue; }
    if (item.nodeType === TEXT_NODE) { parts.push((item.textContent ?? '').replace(WS, ' ')); continue; }
    if (item.nodeType !== ELEMENT_NODE && item !== root) continue;
    const name = item.nodeName.toUpperCase();
    if (SKIP.has(name)) continue;
    if (name === 'BR') { parts.push('\n'); continue; }
    if (name === 'TD' || name === 'TH') parts.push(' ');
    const block = BLOCK.has(name);
    if (block) { parts.push('\n'); stack.push('\n'); }
    const kids = item.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return parts
    .join('')
    .split('\n')
    .map((l) => l.replace(WS, ' ').trim())
    .filter((l) => l !== '')
    .join('\n');
}
