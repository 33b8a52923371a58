package org.quanze;

import java.util.List;

/**
 * A matter of the authority matrix: a plain, immutable copy made in the native call that reads it.
 * It holds no native memory: nothing to close, no finalizer, no cleaner.
 */
public final class Matter extends KindedRecord<MatterKind> {
  private Matter(Wire w) {
    super(MatterKind.of(w.i32()), w);
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
  public String toString() {
    return kind + " " + id + " (" + label + ")";
  }
}
