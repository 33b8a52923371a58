package org.quanze;

import java.util.Objects;

/** A role the rules name for a capacity, whether or not someone holds it: a plain copy. */
public final class RoleEntry {
  private final Capacity capacity;
  private final String id;
  private final String label;

  RoleEntry(Capacity capacity, String id, String label) {
    this.capacity = capacity;
    this.id = id;
    this.label = label;
  }

  /** The capacity. */
  public Capacity getCapacity() {
    return capacity;
  }

  /** The role id, or a pseudo-role such as "in-charge". */
  public String getId() {
    return id;
  }

  /** A Chinese description, or null. */
  public String getLabel() {
    return label;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof RoleEntry)) {
      return false;
    }
    RoleEntry o = (RoleEntry) other;
    return capacity == o.capacity
        && Objects.equals(id, o.id)
        && Objects.equals(label, o.label);
  }

  @Override
  public int hashCode() {
    return Objects.hash(capacity, id, label);
  }

  @Override
  public String toString() {
    return capacity + ": " + id + (label != null ? " (" + label + ")" : "");
  }
}
