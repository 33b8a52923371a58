package org.quanze;

import java.util.Objects;

/** A body (unit) named in an answer: a plain copy. */
public final class Body {
  private final Capacity capacity;
  private final String id;
  private final String name;

  Body(Capacity capacity, String id, String name) {
    this.capacity = capacity;
    this.id = id;
    this.name = name;
  }

  /** Filed with, report to.... */
  public Capacity getCapacity() {
    return capacity;
  }

  /** The unit's id. */
  public String getId() {
    return id;
  }

  /** The unit's name. */
  public String getName() {
    return name;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Body)) {
      return false;
    }
    Body o = (Body) other;
    return capacity == o.capacity
        && Objects.equals(id, o.id)
        && Objects.equals(name, o.name);
  }

  @Override
  public int hashCode() {
    return Objects.hash(capacity, id, name);
  }

  @Override
  public String toString() {
    return capacity + ": " + name + " (" + id + ")";
  }
}
