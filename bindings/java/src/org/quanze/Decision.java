package org.quanze;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The outcome of a check ({@link Model#checkSign(String, SignRequest)} and the
 * other {@code check} methods): may the actor take the action?
 *
 * <p>A plain Java object copied out of C, with the answer of the query the
 * check asked, in the call that decides: nothing to close. When allowed it
 * says how the actor qualifies (holder, acting for a post, entrusted by its
 * holder); when denied, why and who could; in both cases the citation of the
 * rule that decides.
 */
public final class Decision {
  private final CheckAction action;
  private final boolean allowed;
  private final Capacity capacity;
  private final Via via;
  private final String post;
  private final String postName;
  private final String person;
  private final String name;
  private final String forPost;
  private final String forPerson;
  private final String forName;
  private final int citation;
  private final String reason;
  private final List<Candidate> candidates;
  private final Answer answer;

  private Decision(Wire w, Supplier<byte[]> again) {
    action = CheckAction.of(w.i32());
    w.str(); // the action's name: CheckAction already says it
    allowed = w.i32() != 0;
    capacity = Capacity.of(w.i32());
    Via v = Via.of(w.i32());
    via = allowed ? v : null;
    post = w.str();
    postName = w.str();
    person = w.str();
    name = w.str();
    forPost = w.str();
    forPerson = w.str();
    forName = w.str();
    citation = w.i32();
    reason = w.str();
    int n = w.i32();
    List<Candidate> c = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      c.add(new Candidate(w.str(), w.str(), w.str(), w.str()));
    }
    candidates = Collections.unmodifiableList(c);
    answer = Answer.decode(w.rest(), () -> answerOf(again.get()));
  }

  /** Reads the bytes the native side wrote (qzb_java_decision in java_checks_layer.i). */
  static Decision decode(byte[] bytes, Supplier<byte[]> again) {
    return bytes == null ? null : new Decision(new Wire(bytes), again);
  }

  /** The answer's part of a decision's bytes. */
  private static byte[] answerOf(byte[] bytes) {
    if (bytes == null) {
      return null;
    }
    Wire w = new Wire(bytes);
    w.i32();
    w.str();
    w.i32();
    w.i32();
    w.i32();
    for (int i = 0; i < 7; i++) {
      w.str();
    }
    w.i32();
    w.str();
    for (int n = w.i32(); n > 0; n--) {
      w.str();
      w.str();
      w.str();
      w.str();
    }
    return w.rest();
  }

  /** The action decided. */
  public CheckAction getAction() {
    return action;
  }

  /** Whether the actor may take the action. */
  public boolean isAllowed() {
    return allowed;
  }

  /** The capacity the action needs ({@code SIGNER} for signing...). */
  public Capacity getCapacity() {
    return capacity;
  }

  /** When allowed: how the actor qualifies (holder, acting or entrusted); null when denied. */
  public Via getVia() {
    return via;
  }

  /** When allowed: the post (or body) through which the actor qualifies, else null. */
  public String getPost() {
    return post;
  }

  /** The name of that post in the organisation (e.g. 常务副县长), or null. */
  public String getPostName() {
    return postName;
  }

  /** When allowed: the actor's person id, else null. */
  public String getPerson() {
    return person;
  }

  /** The actor's name, or null. */
  public String getName() {
    return name;
  }

  /** When acting or entrusted: the post acted for, else null. */
  public String getForPost() {
    return forPost;
  }

  /** When acting or entrusted: the person acted for, else null. */
  public String getForPerson() {
    return forPerson;
  }

  /** The name of the person acted for, or null. */
  public String getForName() {
    return forName;
  }

  /** The citation of the rule that decides (the one giving the actor the capacity when allowed), or null. */
  public Citation getCitation() {
    List<Citation> all = answer.getCitations();
    return citation >= 0 && citation < all.size() ? all.get(citation) : null;
  }

  /** Every citation of the query's answer. */
  public List<Citation> getCitations() {
    return answer.getCitations();
  }

  /** When denied: why, in Chinese; null when allowed. */
  public String getReason() {
    return reason;
  }

  /** Who could take the action (the query's people in the capacity). */
  public List<Candidate> getCandidates() {
    return candidates;
  }

  /** The answer of the query the decision was made from: people, citations, figures, explanation. */
  public Answer getAnswer() {
    return answer;
  }

  /** Why, in Chinese: the reason when denied, then the answer's explanation with the articles cited. */
  public String explain() {
    String text = answer.explain();
    return reason != null && !text.contains(reason) ? reason + "\n" + text : text;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Decision)) {
      return false;
    }
    Decision o = (Decision) other;
    return action == o.action && allowed == o.allowed && capacity == o.capacity && via == o.via
        && citation == o.citation && Objects.equals(post, o.post) && Objects.equals(person, o.person)
        && Objects.equals(forPost, o.forPost) && Objects.equals(forPerson, o.forPerson)
        && Objects.equals(reason, o.reason) && candidates.equals(o.candidates) && answer.equals(o.answer);
  }

  @Override
  public int hashCode() {
    return Objects.hash(action, allowed, capacity, via, post, person, forPost, reason, candidates);
  }

  /** One line, e.g. {@code SIGN SIGNER allowed: 宋小燕 (executive-deputy, HOLDER) [第五十四条第(一)项]}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append(action).append(' ').append(capacity);
    if (allowed) {
      sb.append(" allowed: ").append(name != null ? name : person).append(" (").append(post).append(", ").append(via);
      if (forPost != null) {
        sb.append(" for ").append(forPost);
      }
      sb.append(')');
    } else {
      sb.append(" denied: ").append(reason).append("; could: ").append(candidates);
    }
    Citation c = getCitation();
    if (c != null) {
      sb.append(" [").append(c).append(']');
    }
    return sb.toString();
  }
}
