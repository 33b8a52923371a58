package org.quanze;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A draft as a document-management system describes it, for
 * {@link Model#route(RouteRequest)}:
 * <pre>{@code
 * Route r = model.route(RouteRequest.of("通知", LocalDate.of(2026, 10, 9))
 *     .portfolios("justice", "education")
 *     .normative(true).validityYears(5)
 *     .meeting("executive", LocalDate.of(2026, 9, 30))
 *     .docnum("西政发〔2026〕12号"));
 * }</pre>
 * A plain value: build one per draft.
 */
public final class RouteRequest {
  final String kind;
  final LocalDate date;
  String issuer;
  String recipient;
  List<String> portfolios = Collections.emptyList();
  boolean normative;
  boolean majorPolicy;
  boolean broadScope;
  boolean routine;
  boolean urgent;
  String meeting;
  LocalDate meetingDate;
  String docnum;
  List<String> agencyCodes = Collections.emptyList();
  List<String> facts = Collections.emptyList();
  int validityYears;

  private RouteRequest(String kind, LocalDate date) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.date = Objects.requireNonNull(date, "date");
  }

  /** A draft of {@code kind} (an id or a Chinese name: 函, 批复, 通知...) routed on {@code date}. */
  public static RouteRequest of(String kind, LocalDate date) {
    return new RouteRequest(kind, date);
  }

  /** The issuer (发文机关), or null for the rule set's default. */
  public RouteRequest issuer(String issuer) {
    this.issuer = issuer;
    return this;
  }

  /** The main recipient (主送机关), or null. */
  public RouteRequest recipient(String recipient) {
    this.recipient = recipient;
    return this;
  }

  /** The units, areas or leader posts concerned, the drafting (lead) one first; the others are consulted and countersign. */
  public RouteRequest portfolios(String... portfolios) {
    this.portfolios = list(portfolios, "portfolios");
    return this;
  }

  /** A normative document (规范性文件), whatever its kind. */
  public RouteRequest normative(boolean value) {
    this.normative = value;
    return this;
  }

  /** Major policy (重大方针、政策). */
  public RouteRequest majorPolicy(boolean value) {
    this.majorPolicy = value;
    return this;
  }

  /** Broad in scope (涉及面广). */
  public RouteRequest broadScope(boolean value) {
    this.broadScope = value;
    return this;
  }

  /** A routine approval (例行批准手续). */
  public RouteRequest routine(boolean value) {
    this.routine = value;
    return this;
  }

  /** Urgent (紧急程度): stated in the route, shortens nothing. */
  public RouteRequest urgent(boolean value) {
    this.urgent = value;
    return this;
  }

  /** The meeting of {@code type} that decided the document, held (last day) on {@code date}. */
  public RouteRequest meeting(String type, LocalDate date) {
    this.meeting = Objects.requireNonNull(type, "type");
    this.meetingDate = Objects.requireNonNull(date, "date");
    return this;
  }

  /** The 发文字号, if already numbered. */
  public RouteRequest docnum(String docnum) {
    this.docnum = docnum;
    return this;
  }

  /** The 发文机关代字 in use (an unknown code is a finding; none: the code is not checked). */
  public RouteRequest agencyCodes(String... codes) {
    this.agencyCodes = list(codes, "codes");
    return this;
  }

  /** Facts of the rule set's normative checks (e.g. {@code legality-reviewed}). */
  public RouteRequest facts(String... facts) {
    this.facts = list(facts, "facts");
    return this;
  }

  /** Normative documents: the validity stated, in years (0: none). */
  public RouteRequest validityYears(int years) {
    this.validityYears = years;
    return this;
  }

  private static List<String> list(String[] items, String name) {
    Objects.requireNonNull(items, name);
    for (String s : items) {
      Objects.requireNonNull(s, name);
    }
    return Collections.unmodifiableList(Arrays.asList(items.clone()));
  }

  @Override
  public String toString() {
    return "RouteRequest " + kind + " " + date + " " + portfolios + (docnum != null ? " " + docnum : "");
  }
}
