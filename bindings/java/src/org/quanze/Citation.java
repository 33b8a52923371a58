package org.quanze;

import java.util.Objects;

/** A citation: the article (and item) of the work rules that decided. A plain copy. */
public final class Citation {
  private final int article;
  private final int item;
  private final String text;
  private final String rule;
  private final String label;

  Citation(int article, int item, String text, String rule, String label) {
    this.article = article;
    this.item = item;
    this.text = text;
    this.rule = rule;
    this.label = label;
  }

  /** The article (条). */
  public int getArticle() {
    return article;
  }

  /** The item (项), 0 when the clause has none. */
  public int getItem() {
    return item;
  }

  /** The clause's original text. */
  public String getText() {
    return text;
  }

  /** The id of the rule that carries it. */
  public String getRule() {
    return rule;
  }

  /** The library's label, e.g. 第五十四条第(一)项. */
  public String getLabel() {
    return label;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Citation)) {
      return false;
    }
    Citation o = (Citation) other;
    return article == o.article
        && item == o.item
        && Objects.equals(text, o.text)
        && Objects.equals(rule, o.rule)
        && Objects.equals(label, o.label);
  }

  @Override
  public int hashCode() {
    return Objects.hash(article, item, text, rule, label);
  }

  @Override
  public String toString() {
    return label;
  }
}
