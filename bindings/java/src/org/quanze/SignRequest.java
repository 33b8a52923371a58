package org.quanze;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A document to be signed (签发), for {@link Model#sign(SignRequest)}:
 * <pre>{@code
 * Answer a = model.sign(SignRequest.of("request", LocalDate.of(2026, 3, 2))
 *     .recipient("city-government")
 *     .portfolios("deputy-1"));
 * }</pre>
 * A plain value: build one per question, or share a finished one between threads.
 */
public final class SignRequest {
  final String kind;
  final LocalDate date;
  String issuer;
  String recipient;
  boolean majorPolicy;
  boolean broadScope;
  boolean decidedByExecutive;
  boolean routine;
  List<String> portfolios = Collections.emptyList();
  List<String> facts = Collections.emptyList();

  private SignRequest(String kind, LocalDate date) {
    if (kind == null || date == null) {
      throw new NullPointerException("kind and date are required");
    }
    this.kind = kind;
    this.date = date;
  }

  /** A document of {@code kind} ("request", "report", "notice"...) signed on {@code date}. */
  public static SignRequest of(String kind, LocalDate date) {
    return new SignRequest(kind, date);
  }

  /** In whose name: "county-government" (the default) or "government-office". */
  public SignRequest issuer(String issuer) {
    this.issuer = issuer;
    encoded = null;
    return this;
  }

  /** Addressed to, e.g. "city-government" or "county-congress". */
  public SignRequest recipient(String recipient) {
    this.recipient = recipient;
    encoded = null;
    return this;
  }

  /** Concerns major guidelines or policies (重大方针、政策). */
  public SignRequest majorPolicy(boolean value) {
    this.majorPolicy = value;
    return this;
  }

  /** Of broad scope (涉及面广). */
  public SignRequest broadScope(boolean value) {
    this.broadScope = value;
    return this;
  }

  /** The executive meeting decided the matter. */
  public SignRequest decidedByExecutive(boolean value) {
    this.decidedByExecutive = value;
    return this;
  }

  /** A routine approval (例行批准手续). */
  public SignRequest routine(boolean value) {
    this.routine = value;
    return this;
  }

  boolean explained;

  /**
   * The answer carries its explanation, rendered in the same native call:
   * {@link Answer#getExplanation()} then needs no open model, at the cost of
   * rendering it (several times the question itself) whether or not it is read.
   */
  public SignRequest explained(boolean value) {
    this.explained = value;
    return this;
  }

  /** The posts of the leaders in charge (or unit ids), lead first. */
  public SignRequest portfolios(String... posts) {
    this.portfolios = Collections.unmodifiableList(Arrays.asList(posts.clone()));
    encoded = null;
    return this;
  }

  /** Further facts the rule set's signing table names (e.g. "personnel", "urgent"). */
  public SignRequest facts(String... facts) {
    this.facts = Collections.unmodifiableList(Arrays.asList(facts.clone()));
    encoded = null;
    return this;
  }

  /*
   * The ids as the UTF-8 bytes the native side reads, made on the first
   * question and kept until a setter changes them: an OA server asks the
   * same kinds of request again and again. An immutable holder (final
   * fields), so a request shared between threads is safe to read.
   */
  private Encoded encoded;

  static final class Encoded {
    final byte[] kind;
    final byte[] issuer;
    final byte[] recipient;
    final byte[][] portfolios;
    final byte[][] facts;

    Encoded(SignRequest r) {
      kind = Strings.toUtf8(r.kind);
      issuer = Strings.toUtf8(r.issuer);
      recipient = Strings.toUtf8(r.recipient);
      portfolios = Strings.toUtf8(r.portfolios);
      facts = Strings.toUtf8(r.facts);
    }
  }

  Encoded encoded() {
    Encoded e = encoded;
    if (e == null) {
      e = new Encoded(this);
      encoded = e;
    }
    return e;
  }

  @Override
  public String toString() {
    return "SignRequest " + kind + " " + date + (recipient != null ? " to " + recipient : "") + " " + portfolios;
  }
}
