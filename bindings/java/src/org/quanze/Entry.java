package org.quanze;

import java.util.List;

/**
 * An entry of a rule-set section (a meeting type, a deadline, a role...): a plain, immutable copy made in the native call that reads it.
 * It holds no native memory: nothing to close, no finalizer, no cleaner.
 */
public final class Entry extends KindedRecord<Section> {
  private Entry(Wire w) {
    super(Section.of(w.i32()), w);
  }

  /** One record as the native side wrote it (see java.i), or null for none. */
  static Entry decode(byte[] bytes) {
    return bytes == null ? null : new Entry(new Wire(bytes));
  }

  /** A list of records written one after the other (an empty list for none). */
  static List<Entry> decodeList(byte[] bytes) {
    return Wire.list(bytes, Entry::new);
  }

  /** The section. */
  public Section getSection() {
    return kind;
  }

  /** Its position in the section. */
  public long getIndex() {
    return index;
  }

  /** Its stable id. */
  public String getId() {
    return id;
  }

  /** Its Chinese label, or null. */
  public String getLabel() {
    return label;
  }

  @Override
  public String toString() {
    return id + (label != null ? " (" + label + ")" : "");
  }
}
