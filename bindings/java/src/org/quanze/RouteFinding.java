package org.quanze;

import java.util.Objects;

/** A finding of a route: a normative document without its validity, a 发文字号 that breaks the standard... A plain copy. */
public final class RouteFinding {
  private final String id;
  private final String text;
  private final String source;

  RouteFinding(String id, String text, String source) {
    this.id = id;
    this.text = text;
    this.source = source;
  }

  /** The finding's id, e.g. {@code docnum-brackets}, {@code validity-limit}. */
  public String getId() {
    return id;
  }

  /** What is wrong, in Chinese. */
  public String getText() {
    return text;
  }

  /** The standard's clause for a 发文字号 finding (e.g. {@code GB/T 9704-2012 7.2.4}); null for the rules' findings, whose step cites them. */
  public String getSource() {
    return source;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof RouteFinding)) {
      return false;
    }
    RouteFinding o = (RouteFinding) other;
    return Objects.equals(id, o.id) && Objects.equals(text, o.text) && Objects.equals(source, o.source);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, text, source);
  }

  @Override
  public String toString() {
    return id + ": " + text + (source != null ? " (" + source + ")" : "");
  }
}
