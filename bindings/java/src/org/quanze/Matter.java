package org.quanze;

import java.util.List;
import java.util.Objects;

/**
 * A matter of the authority matrix: a plain, immutable copy made in the native call that reads it.
 * It holds no native memory: nothing to close, no finalizer, no cleaner.
 */
public final class Matter {
  private final MatterKind kind;
  private final long index;
  private final String id;
  private final String label;

  private Matter(Wire w) {
    kind = MatterKind.of(w.i32());
    index = w.i64();
    id = w.str();
    label = w.str();
  }

  /** One record as the native side wrote it (see java.i), or null for none. */
  static Matter decode(byte[] bytes) {
    return bytes == null ? null : new Matter(new Wire(bytes));
  }

  /** A list of records written one after the other (an empty list for none). */
  static List<Matter> decodeList(byte[] bytes) {
    return Wire.list(bytes, Matter::new);
  }

  /** Role, meeting, signing, deadline.... */
  public MatterKind getKind() {
    return kind;
  }

  /** Its position in the matrix. */
  public long getIndex() {
    return index;
  }

  /** Its id. */
  public String getId() {
    return id;
  }

  /** Its Chinese label. */
  public String getLabel() {
    return label;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Matter)) {
      return false;
    }
    Matter o = (Matter) other;
    return kind == o.kind
        && index == o.index
        && Objects.equals(id, o.id)
        && Objects.equals(label, o.label);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, index, id, label);
  }

  @Override
  public String toString() {
    return kind + " " + id + " (" + label + ")";
  }
}
