/**
 * The words of a build's articles: a loaded article's are in memory; a kept
 * one's (an incremental build) are read from the previous generation's store,
 * when the idf refit or a remote embedder needs its texts or its blocks
 * cannot be copied.
 */
import type { Article, ArticleBodies, ArticleHead, Paragraph, ParagraphHead } from '../../types.js';

export class BuildBodies implements ArticleBodies {
  private readonly loaded: Map<string, Article>;

  constructor(loaded: Article[], private readonly previous: ArticleBodies | null) {
    this.loaded = new Map(loaded.map((article) => [article.meta.id, article]));
  }

  readParagraph(paragraph: ParagraphHead): Paragraph {
    const article = this.loaded.get(paragraph.articleId);
    return article ? article.paragraphs[paragraph.number - 1]! : this.previousStore(paragraph.articleId).readParagraph(paragraph);
  }

  readArticle(article: ArticleHead): Article {
    return this.loaded.get(article.meta.id) ?? this.previousStore(article.meta.id).readArticle(article);
  }

  private previousStore(articleId: string): ArticleBodies {
    if (!this.previous) throw new Error(`article ${articleId} was neither loaded nor kept from a previous generation`);
    return this.previous;
  }
}
