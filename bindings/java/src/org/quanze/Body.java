package org.quanze;

import java.util.Objects;

/**
 * A body named in an answer (where a leave is filed, who approves...): a
 * plain copy. The rules name bodies by their own ids and labels; where the
 * organisation names the unit (a unit with the body's id, or the one unit
 * tagged with it), {@link #getUnit()} and {@link #getUnitName()} give it.
 */
public final class Body {
  private final Capacity capacity;
  private final String id;
  private final String name;
  private final String unit;
  private final String unitName;

  Body(Capacity capacity, String id, String name, String unit, String unitName) {
    this.capacity = capacity;
    this.id = id;
    this.name = name;
    this.unit = unit;
    this.unitName = unitName;
  }

  /** Filed with, report to.... */
  public Capacity getCapacity() {
    return capacity;
  }

  /** The body's id in the rules. */
  public String getId() {
    return id;
  }

  /** The body's name in the rules (e.g. 县政府办公室). */
  public String getName() {
    return name;
  }

  /** The id of the organisation's unit for this body, or null when the organisation names none. */
  public String getUnit() {
    return unit;
  }

  /** The name the organisation gives that unit, or null. */
  public String getUnitName() {
    return unitName;
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
        && Objects.equals(name, o.name)
        && Objects.equals(unit, o.unit)
        && Objects.equals(unitName, o.unitName);
  }

  @Override
  public int hashCode() {
    return Objects.hash(capacity, id, name, unit);
  }

  @Override
  public String toString() {
    return capacity + ": " + (unitName != null ? unitName : name) + " (" + (unit != null ? unit : id) + ")";
  }
}
