/**
 * Discord message payloads drawn as Discord's dark theme draws them: embeds
 * with their colour bar, title, description, fields and footer, buttons, and
 * the Markdown Discord renders (escapes, bold, italics, code, masked links,
 * quote bars, numbered lists at a line's start). Text keeps its Unicode
 * controls and the page sets no direction, as Discord does, so the browser's
 * bidi algorithm lays every line out the way a Discord client would.
 */
export interface PreviewMessage {
  content?: string;
  embeds?: PreviewEmbed[];
  components?: { components: object[] }[];
}

interface PreviewEmbed {
  title?: string;
  url?: string;
  description?: string;
  color?: number;
  fields?: { name: string; value: string; inline?: boolean }[];
  footer?: { text: string };
}

const html = (text: string) => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');

/** Inline Markdown: escapes become literal characters first (kept aside in private-use placeholders). */
function inline(text: string): string {
  const literals: string[] = [];
  const keep = (character: string) => String.fromCharCode(0xe000 + literals.push(character) - 1);
  let out = text.replace(/\\([^\p{L}\p{N}\s])/gu, (_, character: string) => keep(character));
  out = html(out);
  out = out.replace(/\[([^\]\n]+)\]\((https?:\/\/[^\s)]+)\)/gu, '<a href="$2">$1</a>');
  out = out.replace(/`([^`\n]+)`/gu, '<code>$1</code>');
  out = out.replace(/\*\*([^*\n]+)\*\*/gu, '<strong>$1</strong>');
  out = out.replace(/__([^_\n]+)__/gu, '<u>$1</u>');
  out = out.replace(/(^|[^\p{L}\p{N}])[_*]([^_*\n]+)[_*](?=$|[^\p{L}\p{N}])/gu, '$1<em>$2</em>');
  out = out.replace(/~~([^~\n]+)~~/gu, '<s>$1</s>');
  out = out.replace(/(https?:\/\/[^\s<]+)(?![^<]*<\/a>)/gu, (url, _m, offset: number, whole: string) => (whole.slice(Math.max(0, offset - 6), offset).includes('href=') ? url : `<a href="${url}">${url}</a>`));
  return out.replace(/[\uE000-\uF8FF]/gu, (placeholder) => html(literals[placeholder.charCodeAt(0) - 0xe000] ?? ''));
}

/** Block Markdown: quote bars ("> "), numbered and bulleted lists, subtext; everything else a line. */
function markdown(text: string): string {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    const quote = /^> (.*)$/u.exec(line);
    const numbered = /^(\d{1,3})\. (.*)$/u.exec(line);
    const bullet = /^[-*] (.*)$/u.exec(line);
    if (quote) out.push(`<div class="quote">${inline(quote[1]!) || '&nbsp;'}</div>`);
    else if (numbered) out.push(`<div class="li"><span class="marker">${numbered[1]}.</span><span>${inline(numbered[2]!)}</span></div>`);
    else if (bullet) out.push(`<div class="li"><span class="marker">•</span><span>${inline(bullet[1]!)}</span></div>`);
    else out.push(`<div class="line">${inline(line) || '&nbsp;'}</div>`);
  }
  return out.join('');
}

function embedHtml(embed: PreviewEmbed): string {
  const color = `#${(embed.color ?? 0x1e1f22).toString(16).padStart(6, '0')}`;
  const title = embed.title ? `<div class="title">${embed.url ? `<a href="${html(embed.url)}">${inline(embed.title)}</a>` : inline(embed.title)}</div>` : '';
  const description = embed.description ? `<div class="description">${markdown(embed.description)}</div>` : '';
  const fields = (embed.fields ?? []).map((field) => `<div class="field${field.inline ? ' inline' : ''}"><div class="name">${inline(field.name)}</div><div class="value">${markdown(field.value)}</div></div>`).join('');
  const footer = embed.footer ? `<div class="footer">${html(embed.footer.text).replace(/\n/gu, '<br>')}</div>` : '';
  return `<div class="embed" style="border-left-color:${color}">${title}${description}${fields ? `<div class="fields">${fields}</div>` : ''}${footer}</div>`;
}

function messageHtml(message: PreviewMessage): string {
  const content = message.content ? `<div class="content">${markdown(message.content)}</div>` : '';
  const embeds = (message.embeds ?? []).map(embedHtml).join('');
  const buttons = (message.components ?? [])
    .map((row) => `<div class="buttons">${(row.components as { label?: string; emoji?: { name?: string } }[]).map((button) => `<span class="button">${button.emoji?.name ? `${html(button.emoji.name)} ` : ''}${html(button.label ?? '')}</span>`).join('')}</div>`)
    .join('');
  return `<div class="message"><div class="avatar">م</div><div class="body"><div class="author">Marsad <span class="bot">APP</span></div>${content}${embeds}${buttons}</div></div>`;
}

const STYLE = `
body { margin: 0; background: #313338; color: #dbdee1; font: 16px/1.375 "gg sans", "Noto Sans", "Noto Sans Arabic", "Noto Naskh Arabic", sans-serif; }
.page { width: 760px; padding: 16px 0; }
h1 { font-size: 13px; color: #949ba4; font-weight: 600; margin: 8px 16px; text-transform: uppercase; letter-spacing: .02em; }
.message { display: flex; padding: 4px 16px 12px; }
.avatar { width: 40px; height: 40px; border-radius: 50%; background: #2f6f8f; color: #fff; display: flex; align-items: center; justify-content: center; font-weight: 700; margin-right: 16px; flex: none; }
.body { min-width: 0; flex: 1; }
.author { color: #f2f3f5; font-weight: 500; margin-bottom: 2px; }
.bot { background: #5865f2; color: #fff; font-size: 10px; padding: 1px 4px; border-radius: 3px; vertical-align: 2px; }
.embed { background: #2b2d31; border-left: 4px solid; border-radius: 4px; padding: 8px 16px 16px 12px; margin-top: 4px; max-width: 520px; font-size: 14px; }
.title { color: #f2f3f5; font-weight: 600; font-size: 16px; margin-top: 8px; }
.description { margin-top: 8px; white-space: pre-wrap; }
.fields { display: grid; gap: 8px; margin-top: 8px; }
.field .name { font-weight: 600; color: #f2f3f5; margin-bottom: 2px; }
.field .value { white-space: pre-wrap; }
.footer { margin-top: 8px; font-size: 12px; color: #b5bac1; }
.quote { border-left: 4px solid #4e5058; padding-left: 12px; }
.li { display: flex; gap: 6px; }
.li .marker { flex: none; }
a { color: #00a8fc; text-decoration: none; }
code { background: #1e1f22; border-radius: 3px; padding: 0 3px; font-size: 85%; }
.buttons { margin-top: 8px; display: flex; gap: 8px; }
.button { background: #4e5058; color: #fff; border-radius: 3px; padding: 2px 16px; font-size: 14px; line-height: 32px; }
.content { white-space: pre-wrap; }
`;

export function previewPage(title: string, messages: PreviewMessage[]): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>${html(title)}</title><style>${STYLE}</style></head><body><div class="page"><h1>${html(title)}</h1>${messages.map(messageHtml).join('')}</div></body></html>`;
}
