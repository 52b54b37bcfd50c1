/**
 * Parse Markdown the way a renderer does (markdown-it, CommonMark with GFM tables), for tests of the Markdown report.
 */
// markdown-it ships no typings; the tests use its token stream only.
const MarkdownIt = require("markdown-it");

/** One markdown-it token: what the tests look at. */
export interface IMarkdownToken {
    type: string;
    tag: string;
    info: string;
    content: string;
    children: IMarkdownToken[] | null;
}

/** What a Markdown text renders to, in the parts a reader sees. */
export interface IRenderedMarkdown {
    /** The text of each heading, with its level: `## Facts` → "2 Facts". */
    headings: string[];
    /** Each table: its rows, each a list of cell texts (as rendered: code spans unwrapped, escapes undone). */
    tables: string[][][];
    /** Each fenced block: its info string and its content. */
    fences: Array<{ info: string; content: string }>;
    /** True when markdown-it found HTML in it. */
    hasHtml: boolean;
    /** How many links and images it holds (bare URLs are not linked: linkify is off). */
    links: number;
}

function inlineText(token: IMarkdownToken): string {
    return (token.children ?? []).map((child) => child.content).join("");
}

/** Parse a Markdown text and collect its headings, tables, fences and any HTML. */
export function renderMarkdown(text: string): IRenderedMarkdown {
    const tokens: IMarkdownToken[] = new MarkdownIt({ html: true }).parse(text, {});
    const rendered: IRenderedMarkdown = { headings: [], tables: [], fences: [], hasHtml: false, links: 0 };
    let row: string[] | null = null;
    tokens.forEach((token, index) => {
        if (token.type === "heading_open") {
            rendered.headings.push(`${token.tag.slice(1)} ${inlineText(tokens[index + 1])}`);
        } else if (token.type === "table_open") {
            rendered.tables.push([]);
        } else if (token.type === "tr_open") {
            row = [];
            rendered.tables[rendered.tables.length - 1].push(row);
        } else if ((token.type === "th_open" || token.type === "td_open") && row != null) {
            row.push(inlineText(tokens[index + 1]));
        } else if (token.type === "fence") {
            rendered.fences.push({ info: token.info, content: token.content });
        }
        if (token.type === "html_block" || (token.children ?? []).some((child) => child.type === "html_inline")) {
            rendered.hasHtml = true;
        }
        rendered.links += (token.children ?? []).filter((child) => child.type === "link_open" || child.type === "image").length;
    });
    return rendered;
}
