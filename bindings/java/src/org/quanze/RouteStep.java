package org.quanze;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A step of a route: its kind (drafting, legality review, consultation,
 * office review, signing, issue), the unit concerned, and the answer of the
 * query behind it (people, due date, citations). A plain copy.
 */
public final class RouteStep {
  private final RouteStepKind kind;
  private final String name;
  private final String label;
  private final String unit;
  private final Answer answer;

  RouteStep(RouteStepKind kind, String name, String label, String unit, Answer answer) {
    this.kind = kind;
    this.name = name;
    this.label = label;
    this.unit = unit;
    this.answer = answer;
  }

  /** The step's kind. */
  public RouteStepKind getKind() {
    return kind;
  }

  /** The library's name of the kind: {@code drafting}, {@code legality-review}, {@code consultation}, {@code office-review}, {@code signing}, {@code issue}. */
  public String getName() {
    return name;
  }

  /** The Chinese label (起草, 合法性审查, 征求意见, 审核呈批, 会签签发, 印发). */
  public String getLabel() {
    return label;
  }

  /** The unit concerned (the drafting unit, the first unit consulted), or null. */
  public String getUnit() {
    return unit;
  }

  /** The answer behind the step, or null for a step without one. */
  public Answer getAnswer() {
    return answer;
  }

  /** The step's people (empty without an answer). */
  public List<Person> getPeople() {
    return answer != null ? answer.getPeople() : Collections.emptyList();
  }

  /** The step's citations (empty without an answer). */
  public List<Citation> getCitations() {
    return answer != null ? answer.getCitations() : Collections.emptyList();
  }

  /** The step's due date, or null. */
  public LocalDate getDue() {
    return answer != null ? answer.getDue() : null;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof RouteStep)) {
      return false;
    }
    RouteStep o = (RouteStep) other;
    return kind == o.kind && Objects.equals(unit, o.unit) && Objects.equals(answer, o.answer);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, unit);
  }

  /** e.g. {@code SIGNING 会签签发: SIGNER 高永胜, COUNTERSIGNER 王...}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder().append(kind).append(' ').append(label);
    if (unit != null) {
      sb.append(' ').append(unit);
    }
    String sep = ": ";
    for (Person p : getPeople()) {
      sb.append(sep).append(p.getCapacity()).append(' ').append(p.getName());
      sep = ", ";
    }
    return sb.toString();
  }
}
