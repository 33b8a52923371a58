package org.quanze;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One obligation a post or unit bears over a period or on a date (an item of
 * {@link Model#obligations}): what starts it, the action and what is acted
 * on, who is responsible, to whom it is owed, when it is due, the citations
 * and an explanation. A plain, immutable copy made in the native call that
 * asks: nothing to close, no finalizer, no cleaner.
 */
public final class Obligation {
  private final String trigger;
  private final String action;
  private final String actionLabel;
  private final String object;
  private final String event;
  private final String eventLabel;
  private final Answer answer;

  private Obligation(Wire w) {
    trigger = w.str();
    action = w.str();
    actionLabel = w.str();
    object = w.str();
    event = w.str();
    eventLabel = w.str();
    byte[] bytes = w.bytes(w.i32());
    // The explanation was written with the item: asking again gives the same bytes.
    answer = Answer.decode(bytes, () -> bytes);
  }

  /** The items as the native side wrote them one after the other (see obligation_list in java.i). */
  static List<Obligation> decodeList(byte[] bytes) {
    return Wire.list(bytes, Obligation::new);
  }

  /** The obligation's id in the rule set, e.g. {@code "rectify-supervision"}. */
  public String getId() {
    return answer.getSubject();
  }

  /** The obligation's Chinese label, or null. */
  public String getLabel() {
    return answer.getSubjectLabel();
  }

  /** What starts it: {@code "event"}, {@code "periodic"} or {@code "date"}. */
  public String getTrigger() {
    return trigger;
  }

  /** The action's id ({@code "report"}, {@code "file"}, {@code "rectify"}...), or null. */
  public String getAction() {
    return action;
  }

  /** The action in Chinese ({@code "报告"}...), or null. */
  public String getActionLabel() {
    return actionLabel;
  }

  /** What is acted on, in Chinese, or null. */
  public String getObject() {
    return object;
  }

  /** The event's id for an event trigger, else null. */
  public String getEvent() {
    return event;
  }

  /** The event in Chinese for an event trigger, else null. */
  public String getEventLabel() {
    return eventLabel;
  }

  /** The people who bear it ({@link Capacity#RESPONSIBLE}). */
  public List<Person> getResponsible() {
    return answer.getPeople(Capacity.RESPONSIBLE);
  }

  /** The people it is owed to or concerns ({@link Capacity#OBLIGEE}); bodies are in {@link #getObligeeBodies()}. */
  public List<Person> getObligees() {
    return answer.getPeople(Capacity.OBLIGEE);
  }

  /** The bodies it is owed to or concerns ({@link Capacity#OBLIGEE}), e.g. the county government. */
  public List<Body> getObligeeBodies() {
    List<Body> out = new ArrayList<>();
    for (Body b : answer.getBodies()) {
      if (b.getCapacity() == Capacity.OBLIGEE) {
        out.add(b);
      }
    }
    return Collections.unmodifiableList(out);
  }

  /** The due date, or null when the rule names none. */
  public LocalDate getDue() {
    return answer.getDue();
  }

  /** The first day of the period of a periodic or dated obligation, or null. */
  public LocalDate getPeriodStart() {
    return answer.getDateValue(Value.PERIOD_START);
  }

  /** The last day of that period, or null. */
  public LocalDate getPeriodEnd() {
    return answer.getDateValue(Value.PERIOD_END);
  }

  /** The articles that impose it. */
  public List<Citation> getCitations() {
    return answer.getCitations();
  }

  /** A readable explanation in Chinese. */
  public String getExplanation() {
    return answer.getExplanation();
  }

  /** The whole item as an answer (people, bodies, figures, citations, findings). */
  public Answer getAnswer() {
    return answer;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Obligation)) {
      return false;
    }
    Obligation o = (Obligation) other;
    return Objects.equals(trigger, o.trigger) && Objects.equals(action, o.action)
        && Objects.equals(object, o.object) && Objects.equals(event, o.event) && answer.equals(o.answer);
  }

  @Override
  public int hashCode() {
    return Objects.hash(trigger, action, object, event, answer);
  }

  /** One line, e.g. {@code rectify-supervision event rectify [RESPONSIBLE 张三] [第三十三条]}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append(getId()).append(' ').append(trigger);
    if (action != null) {
      sb.append(' ').append(action);
    }
    LocalDate due = getDue();
    if (due != null) {
      sb.append(" due ").append(due);
    }
    for (Person p : getResponsible()) {
      sb.append(" [").append(p.getCapacity()).append(' ').append(p.getName()).append(']');
    }
    if (!getCitations().isEmpty()) {
      sb.append(' ').append(getCitations());
    }
    return sb.toString();
  }
}
