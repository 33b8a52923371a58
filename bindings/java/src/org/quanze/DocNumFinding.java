package org.quanze;

import java.util.Objects;

/** One problem of a 发文字号 under GB/T 9704-2012 7.2.4, with its place. A plain copy. */
public final class DocNumFinding {
  private final String id;
  private final long offset;
  private final long byteOffset;
  private final String clause;
  private final String message;

  DocNumFinding(String id, long offset, long byteOffset, String clause, String message) {
    this.id = id;
    this.offset = offset;
    this.byteOffset = byteOffset;
    this.clause = clause;
    this.message = message;
  }

  /** {@code brackets}, {@code leading-zero}, {@code ordinal}, {@code missing-hao}, {@code short-year}, {@code year-mismatch}, {@code unknown-code}, {@code zero-serial} or {@code syntax}. */
  public String getId() {
    return id;
  }

  /** Where, in characters (code points) from the start of the text. */
  public long getOffset() {
    return offset;
  }

  /** Where, in UTF-8 bytes. */
  public long getByteOffset() {
    return byteOffset;
  }

  /** The standard's clause, e.g. {@code GB/T 9704-2012 7.2.4}. */
  public String getClause() {
    return clause;
  }

  /** What is wrong, in Chinese. */
  public String getMessage() {
    return message;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof DocNumFinding)) {
      return false;
    }
    DocNumFinding o = (DocNumFinding) other;
    return offset == o.offset && byteOffset == o.byteOffset && Objects.equals(id, o.id)
        && Objects.equals(clause, o.clause) && Objects.equals(message, o.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, offset);
  }

  /** e.g. {@code brackets at 3: ... (GB/T 9704-2012 7.2.4)}. */
  @Override
  public String toString() {
    return id + " at " + offset + ": " + message + " (" + clause + ")";
  }
}
