package org.quanze;

import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.RandomAccess;
import java.util.function.Supplier;

/**
 * The answer to a question: the people who qualify (each in a capacity and
 * through a post), the bodies, the roles the rules name, the citations of
 * the rules that decided, findings and figures, and a readable explanation.
 *
 * <p>A plain Java object: the native answer is copied into it in the call
 * that asks the question and released at once, so an answer holds no native
 * memory, needs no closing and may be kept, shared between threads or
 * dropped like any other value.
 */
public final class Answer implements AutoCloseable {
  private static final int VALUES = 64;

  private final QueryKind kind;
  private final boolean found;
  private final int day; // epoch day: the LocalDate is made when asked for
  private final String reason;
  private volatile String explanation; // rendered on first use, by asking again
  private final Supplier<byte[]> again;
  private final String subject;
  private final String subjectLabel;
  private final long[] values; // indexed by Value.value(); present when the bit of `has` is set
  private final long has;
  private final List<Person> people;
  // The bodies, roles, citations and findings are decoded from the bytes
  // the native call wrote when first asked for: most callers read only the
  // people. The holder is immutable, so threads may race to make it.
  private final byte[] wire;
  private final int restAt;
  private Rest rest;

  private Answer(Wire r, Supplier<byte[]> again) {
    this.again = again;
    kind = QueryKind.of(r.i32());
    found = r.i32() != 0;
    day = r.i32();
    reason = r.str();
    explanation = r.str();
    subject = r.str();
    subjectLabel = r.str();
    long bits = 0;
    long[] v = null;
    for (int n = r.i32(); n > 0; n--) {
      int key = r.i32();
      long value = r.i64();
      if (key > 0 && key < VALUES) {
        if (v == null) {
          v = new long[VALUES];
        }
        v[key] = value;
        bits |= 1L << key;
      }
    }
    values = v;
    has = bits;
    int n = r.i32();
    Person[] p = new Person[n];
    for (int i = 0; i < n; i++) {
      Capacity capacity = Capacity.of(r.i32());
      Via via = Via.of(r.i32());
      int citation = r.i32();
      p[i] = new Person(capacity, r.str(), r.str(), r.str(), r.str(), r.str(), via, r.str(), r.str(), citation);
    }
    people = list(p);
    wire = r.bytes();
    restAt = r.at();
  }

  /** The lists read only when asked for. */
  private static final class Rest {
    final List<Body> bodies;
    final List<RoleEntry> roles;
    final List<Citation> citations;
    final List<Finding> findings;

    Rest(Wire r) {
      int n = r.i32();
      Body[] b = new Body[n];
      for (int i = 0; i < n; i++) {
        b[i] = new Body(Capacity.of(r.i32()), r.str(), r.str(), r.str(), r.str());
      }
      bodies = list(b);
      n = r.i32();
      RoleEntry[] ro = new RoleEntry[n];
      for (int i = 0; i < n; i++) {
        ro[i] = new RoleEntry(Capacity.of(r.i32()), r.str(), r.str());
      }
      roles = list(ro);
      n = r.i32();
      Citation[] c = new Citation[n];
      for (int i = 0; i < n; i++) {
        int article = r.i32();
        int item = r.i32();
        c[i] = new Citation(article, item, r.str(), r.str(), r.str());
      }
      citations = list(c);
      n = r.i32();
      Finding[] f = new Finding[n];
      for (int i = 0; i < n; i++) {
        f[i] = new Finding(r.str(), r.str());
      }
      findings = list(f);
    }
  }

  private Rest rest() {
    Rest r = rest;
    if (r == null) {
      r = new Rest(new Wire(wire, restAt));
      rest = r;
    }
    return r;
  }

  /** An unmodifiable list over the array: one object, where Arrays.asList + unmodifiableList made two. */
  private static <T> List<T> list(T[] items) {
    return items.length == 0 ? Collections.emptyList() : new Items<>(items);
  }

  private static final class Items<T> extends AbstractList<T> implements RandomAccess {
    private final T[] a;

    Items(T[] a) {
      this.a = a;
    }

    @Override
    public T get(int i) {
      return a[i];
    }

    @Override
    public int size() {
      return a.length;
    }
  }

  /** Reads the bytes the native side wrote (see qzb_answer_write in java.i). */
  static Answer decode(byte[] bytes, Supplier<byte[]> again) {
    return bytes == null ? null : new Answer(new Wire(bytes), again);
  }

  /** The question this answers. */
  public QueryKind getKind() {
    return kind;
  }

  /** Whether the question found an answer (someone qualifies). */
  public boolean isFound() {
    return found;
  }

  /** Why no one qualifies, or null when found. */
  public String getReason() {
    return reason;
  }

  /**
   * A readable explanation in Chinese, one statement per line. Rendered on
   * first use (by the model that answered, which must not be closed yet) and
   * kept: the questions themselves stay cheap.
   */
  public String getExplanation() {
    String text = explanation;
    if (text == null) {
      Answer full = decode(again.get(), again);
      text = full.explanation != null ? full.explanation : "";
      explanation = text;
    }
    return text;
  }

  /** The id of the rule-set entry the answer is about, or null. */
  public String getSubject() {
    return subject;
  }

  /** The Chinese label of that entry, or null. */
  public String getSubjectLabel() {
    return subjectLabel;
  }

  /** The date the question was asked for. */
  public LocalDate getDate() {
    return LocalDate.ofEpochDay(day);
  }

  /** Everyone in the answer, in every capacity. */
  public List<Person> getPeople() {
    return people;
  }

  /** The people in the given capacities. */
  public List<Person> getPeople(Capacity... capacities) {
    Objects.requireNonNull(capacities, "capacities");
    EnumSet<Capacity> wanted = EnumSet.noneOf(Capacity.class);
    Collections.addAll(wanted, capacities);
    List<Person> found = new ArrayList<>(people.size());
    for (Person p : people) {
      if (wanted.contains(p.getCapacity())) {
        found.add(p);
      }
    }
    return Collections.unmodifiableList(found);
  }

  /**
   * The person who qualifies (the signer, the one acting...): the first
   * person of a found answer; null when no one qualifies, so that a holder
   * who is away is never mistaken for the one acting.
   */
  public Person getPerson() {
    return found && !people.isEmpty() ? people.get(0) : null;
  }

  /** The bodies (units) in the answer. */
  public List<Body> getBodies() {
    return rest().bodies;
  }

  /** The roles the rules name for each capacity. */
  public List<RoleEntry> getRoles() {
    return rest().roles;
  }

  /** The citations of every rule that decided. */
  public List<Citation> getCitations() {
    return rest().citations;
  }

  /** The findings (violations, unmet conditions). */
  public List<Finding> getFindings() {
    return rest().findings;
  }

  /** Whether the answer carries the figure {@code key}. */
  public boolean has(Value key) {
    Objects.requireNonNull(key, "key");
    int k = key.value();
    return k > 0 && k < VALUES && (has & 1L << k) != 0;
  }

  /** The figure {@code key}, if the answer carries it (dates as epoch days). */
  public OptionalLong getValue(Value key) {
    return has(key) ? OptionalLong.of(values[key.value()]) : OptionalLong.empty();
  }

  /** The date figure {@code key} (DUE, EARLIEST, PERIOD_START, PERIOD_END), or null. */
  public LocalDate getDateValue(Value key) {
    return has(key) ? LocalDate.ofEpochDay(values[key.value()]) : null;
  }

  /** The yes/no figure {@code key} (MET, LATE, COMPLIANT, ALLOWED...), or null. */
  public Boolean getFlag(Value key) {
    return has(key) ? values[key.value()] != 0 : null;
  }

  /** The due date, or null. */
  public LocalDate getDue() {
    return getDateValue(Value.DUE);
  }

  /** Whether the notice was late (leave), or null. */
  public Boolean getLate() {
    return getFlag(Value.LATE);
  }

  /** Whether the quorum is met, or null. */
  public Boolean getMet() {
    return getFlag(Value.MET);
  }

  /** Whether compliant (periodic, normative), or null. */
  public Boolean getCompliant() {
    return getFlag(Value.COMPLIANT);
  }

  /** Whether allowed (substitution), or null. */
  public Boolean getAllowed() {
    return getFlag(Value.ALLOWED);
  }

  /**
   * The explanation, with the text of every article cited (added when the
   * explanation does not quote it already), and the reason when no one qualifies.
   */
  public String explain() {
    String text = getExplanation().replaceAll("\n+$", "");
    StringBuilder sb = new StringBuilder();
    if (!found && reason != null && !text.contains(reason)) {
      sb.append(reason).append('\n');
    }
    sb.append(text);
    for (Citation c : getCitations()) {
      if (c.getText() != null && !text.contains(c.getText())) {
        sb.append('\n').append(c).append(": ").append(c.getText());
      }
    }
    return sb.toString();
  }

  /**
   * Nothing to release: an answer holds no native memory. Kept so that code
   * written for 0.1 ({@code try (Answer a = ...)}) still compiles.
   */
  @Override
  public void close() {}

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Answer)) {
      return false;
    }
    Answer o = (Answer) other;
    return kind == o.kind && found == o.found && day == o.day && has == o.has
        && Arrays.equals(values, o.values) && Objects.equals(reason, o.reason)
        && Objects.equals(subject, o.subject)
        && Objects.equals(subjectLabel, o.subjectLabel) && people.equals(o.people) && getBodies().equals(o.getBodies())
        && getRoles().equals(o.getRoles()) && getCitations().equals(o.getCitations())
        && getFindings().equals(o.getFindings());
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, found, day, subject, people, getCitations());
  }

  /** One line: the question, what was found and the citations, e.g. {@code SIGN 2026-03-02 found: SIGNER 张三 [第五十四条第(一)项]}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append(kind).append(' ').append(getDate());
    if (subject != null) {
      sb.append(' ').append(subject);
    }
    if (found) {
      sb.append(" found");
      String sep = ": ";
      for (Person p : people) {
        sb.append(sep).append(p.getCapacity()).append(' ').append(p.getName());
        sep = ", ";
      }
    } else {
      sb.append(" not found");
      if (reason != null) {
        sb.append(": ").append(reason.replace('\n', ' '));
      }
    }
    if (!getCitations().isEmpty()) {
      sb.append(' ').append(getCitations());
    }
    return sb.toString();
  }
}
