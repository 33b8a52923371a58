package org.quanze;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The route the work rules prescribe for a draft ({@link Model#route(RouteRequest)},
 * {@link Model#route(java.nio.file.Path)}): the steps in order, each with its
 * people, due date and citations, and the findings. A plain Java object copied
 * out of C in one call; {@link #toJson()} gives it as a document-management
 * plugin would send it on.
 */
public final class Route {
  private final List<RouteStep> steps;
  private final List<RouteFinding> findings;

  private Route(Wire w) {
    int n = w.i32();
    RouteStepKind[] kinds = new RouteStepKind[n];
    String[] names = new String[n];
    String[] labels = new String[n];
    String[] units = new String[n];
    boolean[] answered = new boolean[n];
    for (int i = 0; i < n; i++) {
      kinds[i] = RouteStepKind.of(w.i32());
      names[i] = w.str();
      labels[i] = w.str();
      units[i] = w.str();
      answered[i] = w.i32() != 0;
    }
    int nf = w.i32();
    List<RouteFinding> f = new ArrayList<>(nf);
    for (int i = 0; i < nf; i++) {
      f.add(new RouteFinding(w.str(), w.str(), w.str()));
    }
    List<RouteStep> s = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Answer a = null;
      if (answered[i]) {
        a = Answer.decode(w.bytes(w.i32()), () -> {
          throw new IllegalStateException("the explanation of a route's step is not available");
        });
      }
      s.add(new RouteStep(kinds[i], names[i], labels[i], units[i], a));
    }
    steps = Collections.unmodifiableList(s);
    findings = Collections.unmodifiableList(f);
  }

  /** Reads the bytes the native side wrote (qzb_java_route in java_checks_layer.i). */
  static Route decode(byte[] bytes) {
    return bytes == null ? null : new Route(new Wire(bytes));
  }

  /** The steps, in the order they happen. */
  public List<RouteStep> getSteps() {
    return steps;
  }

  /** The first step of {@code kind}, or null. */
  public RouteStep step(RouteStepKind kind) {
    for (RouteStep s : steps) {
      if (s.getKind() == kind) {
        return s;
      }
    }
    return null;
  }

  /** The findings of the whole route (its steps' and the 发文字号's). */
  public List<RouteFinding> getFindings() {
    return findings;
  }

  /**
   * The route as JSON, in the shape of examples/dms-plugin: {@code {"steps": [{"step", "unit",
   * "people": [{"capacity", "post", "name", "via"}], "due", "citations": [{"article", "item",
   * "text"}]}], "findings": [{"id", "text", "source"}]}}.
   */
  public String toJson() {
    StringBuilder sb = new StringBuilder("{\n  \"steps\": [");
    for (int i = 0; i < steps.size(); i++) {
      RouteStep s = steps.get(i);
      sb.append(i == 0 ? "\n" : ",\n").append("    {\"step\": ");
      json(sb, s.getName());
      sb.append(", \"unit\": ");
      json(sb, s.getUnit());
      sb.append(", \"people\": [");
      String sep = "";
      for (Person p : s.getPeople()) {
        sb.append(sep).append("{\"capacity\": ");
        json(sb, Quanze.capacityName(p.getCapacity()));
        sb.append(", \"post\": ");
        json(sb, p.getPost());
        sb.append(", \"name\": ");
        json(sb, p.getName());
        sb.append(", \"via\": ");
        json(sb, Quanze.viaName(p.getVia()));
        sb.append('}');
        sep = ", ";
      }
      sb.append("], \"due\": ");
      json(sb, s.getDue() != null ? s.getDue().toString() : null);
      sb.append(", \"citations\": [");
      sep = "";
      for (Citation c : s.getCitations()) {
        sb.append(sep).append("{\"article\": ").append(c.getArticle()).append(", \"item\": ").append(c.getItem())
            .append(", \"text\": ");
        json(sb, c.getText());
        sb.append('}');
        sep = ", ";
      }
      sb.append("]}");
    }
    sb.append(steps.isEmpty() ? "],\n  \"findings\": [" : "\n  ],\n  \"findings\": [");
    for (int i = 0; i < findings.size(); i++) {
      RouteFinding f = findings.get(i);
      sb.append(i == 0 ? "\n" : ",\n").append("    {\"id\": ");
      json(sb, f.getId());
      sb.append(", \"text\": ");
      json(sb, f.getText());
      sb.append(", \"source\": ");
      json(sb, f.getSource());
      sb.append('}');
    }
    sb.append(findings.isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
    return sb.toString();
  }

  private static void json(StringBuilder sb, String s) {
    if (s == null) {
      sb.append("null");
      return;
    }
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c < 0x20) {
        sb.append(String.format("\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    sb.append('"');
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Route && steps.equals(((Route) other).steps) && findings.equals(((Route) other).findings);
  }

  @Override
  public int hashCode() {
    return steps.hashCode() * 31 + findings.hashCode();
  }

  @Override
  public String toString() {
    return "Route " + steps + (findings.isEmpty() ? "" : " findings " + findings);
  }
}
