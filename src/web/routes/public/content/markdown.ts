/**
 * A small Markdown reader for Haven's own content pages: headings (#, ##, ###), paragraphs, bullet and numbered
 * lists, "> " callouts, **bold** and [links](/path). Everything else is plain text. It builds a tree that React
 * renders as elements (never HTML strings, so nothing in a page can inject markup), and links are kept only for
 * same-site paths, https, tel: and mailto:.
 */

export type Inline =
  | { type: 'text'; text: string }
  | { type: 'strong'; children: Inline[] }
  | { type: 'link'; href: string; children: Inline[] };

export type Block =
  | { type: 'heading'; level: 1 | 2 | 3; children: Inline[] }
  | { type: 'paragraph'; children: Inline[] }
  | { type: 'list'; ordered: boolean; items: Inline[][] }
  | { type: 'callout'; paragraphs: Inline[][] };

export interface MarkdownDocument {
  /** Front matter: `key: value` lines between `---` fences at the top. */
  meta: Record<string, string>;
  blocks: Block[];
}

const SAFE_HREF = /^(\/(?!\/)|#|https:\/\/|tel:\+?[0-9-]+$|mailto:)/;

/** The href if it is one Haven's pages may use, else null (the link then renders as its text). */
export function safeHref(href: string): string | null {
  return SAFE_HREF.test(href) ? href : null;
}

export function parseFrontMatter(source: string): { meta: Record<string, string>; body: string } {
  const text = source.replace(/\r\n?/g, '\n');
  const match = /^---\n([\s\S]*?)\n---\n?/.exec(text);
  if (!match) return { meta: {}, body: text };
  const meta: Record<string, string> = {};
  for (const line of match[1]!.split('\n')) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    meta[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return { meta, body: text.slice(match[0].length) };
}

const INLINE = /\*\*(.+?)\*\*|\[([^\]]+)\]\(([^)\s]+)\)/g;

export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    const index = match.index ?? 0;
    if (index > last) out.push({ type: 'text', text: text.slice(last, index) });
    if (match[1] !== undefined) {
      out.push({ type: 'strong', children: parseInline(match[1]) });
    } else {
      const href = safeHref(match[3]!);
      const children = parseInline(match[2]!);
      if (href) out.push({ type: 'link', href, children });
      else out.push(...children);
    }
    last = index + match[0].length;
  }
  if (last < text.length) out.push({ type: 'text', text: text.slice(last) });
  return mergeText(out);
}

function mergeText(nodes: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const node of nodes) {
    const previous = out[out.length - 1];
    if (node.type === 'text' && previous?.type === 'text') previous.text += node.text;
    else out.push(node);
  }
  return out;
}

const HEADING = /^(#{1,3})\s+(.*)$/;
const BULLET = /^[-*]\s+(.*)$/;
const NUMBERED = /^\d+[.)]\s+(.*)$/;
const CALLOUT = /^>\s?(.*)$/;

export function parseMarkdown(source: string): MarkdownDocument {
  const { meta, body } = parseFrontMatter(source);
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let list: { ordered: boolean; items: string[] } | null = null;
  let callout: string[][] | null = null;

  const flush = () => {
    if (paragraph.length > 0) blocks.push({ type: 'paragraph', children: parseInline(paragraph.join(' ')) });
    if (list) blocks.push({ type: 'list', ordered: list.ordered, items: list.items.map(parseInline) });
    if (callout) {
      const paragraphs = callout.filter((p) => p.length > 0).map((p) => parseInline(p.join(' ')));
      if (paragraphs.length > 0) blocks.push({ type: 'callout', paragraphs });
    }
    paragraph = [];
    list = null;
    callout = null;
  };

  for (const raw of body.split('\n')) {
    const line = raw.trim();
    const quoted = CALLOUT.exec(line);
    if (quoted) {
      if (!callout) flush();
      callout ??= [[]];
      const text = quoted[1]!.trim();
      if (text === '') callout.push([]);
      else callout[callout.length - 1]!.push(text);
      continue;
    }
    if (callout) flush();
    if (line === '') {
      flush();
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      flush();
      const level = heading[1]!.length as 1 | 2 | 3;
      blocks.push({ type: 'heading', level, children: parseInline(heading[2]!.trim()) });
      continue;
    }
    const bullet = BULLET.exec(line);
    const numbered = bullet ? null : NUMBERED.exec(line);
    const item = bullet ?? numbered;
    if (item) {
      const ordered = numbered !== null;
      if (!list || list.ordered !== ordered || paragraph.length > 0) flush();
      list ??= { ordered, items: [] };
      list.items.push(item[1]!.trim());
      continue;
    }
    if (list && paragraph.length === 0) {
      // A line right under a list item continues it.
      list.items[list.items.length - 1] += ` ${line}`;
      continue;
    }
    paragraph.push(line);
  }
  flush();
  return { meta, blocks };
}

/** Plain text of inline nodes (for the page title and tests). */
export function inlineText(nodes: readonly Inline[]): string {
  return nodes.map((n) => (n.type === 'text' ? n.text : inlineText(n.children))).join('');
}
