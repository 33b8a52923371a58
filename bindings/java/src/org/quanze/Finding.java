package org.quanze;

import java.util.Objects;

/** A finding: a violation, an unmet condition or a note. A plain copy. */
public final class Finding {
  private final String id;
  private final String text;

  Finding(String id, String text) {
    this.id = id;
    this.text = text;
  }

  /** The rule or check id. */
  public String getId() {
    return id;
  }

  /** What was found (Chinese). */
  public String getText() {
    return text;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Finding)) {
      return false;
    }
    Finding o = (Finding) other;
    return Objects.equals(id, o.id)
        && Objects.equals(text, o.text);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, text);
  }

  @Override
  public String toString() {
    return id + ": " + text;
  }
}
