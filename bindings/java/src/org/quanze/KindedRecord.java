package org.quanze;

import java.util.Objects;

/**
 * What {@link Entry} and {@link Matter} share: one wire record of a kind (a section, a matter kind),
 * a position, an id and a label, and value equality over those four. Package-private: each public
 * class keeps its own getters, names and javadoc; only the decoding and equality live here once.
 */
abstract class KindedRecord<K extends Enum<K>> {
  final K kind;
  final long index;
  final String id;
  final String label;

  /** The kind is read by the subclass (each enum has its own {@code of}); the rest follows on the wire. */
  KindedRecord(K kind, Wire w) {
    this.kind = kind;
    index = w.i64();
    id = w.str();
    label = w.str();
  }

  // Not final: javac then gives each public subclass a public bridge for equals and hashCode, so
  // reflection through Entry or Matter keeps working as when they declared them.
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    // The subclasses are final, so the same class is what instanceof of that class meant.
    if (other == null || other.getClass() != getClass()) {
      return false;
    }
    KindedRecord<?> o = (KindedRecord<?>) other;
    return kind == o.kind
        && index == o.index
        && Objects.equals(id, o.id)
        && Objects.equals(label, o.label);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, index, id, label);
  }
}
