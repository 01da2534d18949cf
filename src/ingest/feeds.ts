/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom → a list of items. Each item has a stable
 * key (guid / id, else its link) so the ingest state can remember it. Links are
 * resolved against the feed's URL, which lets a feed use relative links.
 * A document that is not well-formed XML, or XML of another kind, is refused
 * with the parser's line number.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { IngestError } from './errors.js';

export interface FeedItem {
  key: string;
  title: string | null;
  link: string | null;
  published: string | null;
  /** HTML or text the feed carries for the item (content:encoded, content, description, summary). */
  content: string | null;
}

export interface ParsedFeed {
  title: string | null;
  items: FeedItem[];
}

type XmlNode = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  removeNSPrefix: false,
  processEntities: true,
  htmlEntities: true,
  isArray: (name) => ['item', 'entry', 'link'].includes(name),
});

function asList(value: unknown): XmlNode[] {
  if (value === undefined || value === null) return [];
  return (Array.isArray(value) ? value : [value]) as XmlNode[];
}

/** Text of an element that may be a plain string, a number or `{ '#text': … }` with attributes. */
function text(value: unknown): string | null {
  if (Array.isArray(value)) return text(value[0]);
  if (typeof value === 'string' || typeof value === 'number') return String(value).trim() || null;
  if (value && typeof value === 'object' && '#text' in value) return text((value as XmlNode)['#text']);
  return null;
}

function resolveLink(link: string | null, base: string | null): string | null {
  if (!link) return null;
  try {
    return new URL(link, base ?? undefined).href;
  } catch {
    return link;
  }
}

function atomLink(entry: XmlNode): string | null {
  const links = asList(entry.link);
  const alternate = links.find((link) => !link['@_rel'] || link['@_rel'] === 'alternate') ?? links[0];
  return alternate ? (text(alternate['@_href']) ?? text(alternate)) : null;
}

export function parseFeed(xml: string, input: string, baseUrl: string | null): ParsedFeed {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw new IngestError(input, `is not a feed: not well-formed XML (line ${valid.err.line}: ${valid.err.msg})`, `ليس موجز أخبار: ليس XML سليمًا (السطر ${valid.err.line})`);
  }
  const document = parser.parse(xml) as XmlNode;
  const rss = document.rss as XmlNode | undefined;
  const rdf = document['rdf:RDF'] as XmlNode | undefined;
  const atom = document.feed as XmlNode | undefined;
  if (rss || rdf) {
    const channel = ((rss?.channel ?? rdf?.channel) as XmlNode | undefined) ?? {};
    const items = asList(rss ? channel.item : rdf?.item).map((item): FeedItem => {
      const link = resolveLink(text(item.link), baseUrl);
      return {
        key: text(item.guid) ?? link ?? text(item.title) ?? '',
        title: text(item.title),
        link,
        published: text(item.pubDate) ?? text(item['dc:date']),
        content: text(item['content:encoded']) ?? text(item.description),
      };
    });
    return { title: text(channel.title), items: items.filter((item) => item.key) };
  }
  if (atom) {
    const items = asList(atom.entry).map((entry): FeedItem => {
      const link = resolveLink(atomLink(entry), baseUrl);
      return { key: text(entry.id) ?? link ?? '', title: text(entry.title), link, published: text(entry.published) ?? text(entry.updated), content: text(entry.content) ?? text(entry.summary) };
    });
    return { title: text(atom.title), items: items.filter((item) => item.key) };
  }
  throw new IngestError(input, 'is XML but not an RSS or Atom feed', 'ملف XML لكنه ليس موجز RSS أو Atom');
}
