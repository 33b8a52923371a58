package org.quanze;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A 发文字号: the issuing agency's code (发文机关代字), the year and the serial
 * number, as in 西政发〔2021〕11号 (GB/T 9704-2012 7.2.4).
 * <pre>{@code
 * DocNum n = DocNum.parse("西政发[2021]011号");      // read leniently: 西政发, 2021, 11
 * n.format();                                         // 西政发〔2021〕11号
 * DocNum.check("西政发[2021]011号");                  // [brackets at 3..., leading-zero at 9...]
 * }</pre>
 * A plain value.
 */
public final class DocNum {
  private final String code;
  private final int year;
  private final long serial;

  private DocNum(String code, int year, long serial) {
    this.code = code;
    this.year = year;
    this.serial = serial;
  }

  /** A document number of these parts (checked when formatted). */
  public static DocNum of(String code, int year, long serial) {
    return new DocNum(Objects.requireNonNull(code, "code"), year, serial);
  }

  /**
   * Reads a document number. Lenient: the common deviations (other brackets,
   * leading zeros, 第, a missing 号) are read, and {@link #check(String)} names
   * them; text without an agency code, a bracketed year and a serial throws
   * {@link ParseException}.
   */
  public static DocNum parse(String text) {
    Wire w = new Wire(Quanze.docnumParse(text));
    return new DocNum(w.str(), w.i32(), w.i64());
  }

  /** The problems of {@code text} as a document number (empty when it is good). */
  public static List<DocNumFinding> check(String text) {
    return check(text, null, null);
  }

  /**
   * The problems of {@code text} as a document number: the form of 7.2.4, the
   * year against {@code date}'s (the signing date; null: not checked) and the
   * code against {@code codes} (the agency codes in use; null or empty: not checked).
   */
  public static List<DocNumFinding> check(String text, LocalDate date, List<String> codes) {
    Wire w = new Wire(Quanze.docnumCheck(text, date != null, date != null ? date : LocalDate.ofEpochDay(0),
        codes != null ? codes : Collections.<String>emptyList()));
    int n = w.i32();
    List<DocNumFinding> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(new DocNumFinding(w.str(), w.i64(), w.i64(), w.str(), w.str()));
    }
    return Collections.unmodifiableList(out);
  }

  /** The standard form 代字〔year〕serial号; {@link InvalidArgumentException} for a year outside 1000-9999. */
  public String format() {
    return Quanze.docnumFormat(code, year, serial);
  }

  /** The agency code (发文机关代字), e.g. 西政发. */
  public String getCode() {
    return code;
  }

  /** The year as written (2021; 21 when abbreviated). */
  public int getYear() {
    return year;
  }

  /** The serial number (发文顺序号). */
  public long getSerial() {
    return serial;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof DocNum)) {
      return false;
    }
    DocNum o = (DocNum) other;
    return code.equals(o.code) && year == o.year && serial == o.serial;
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, year, serial);
  }

  /** The standard form when the parts allow it, else the parts as written. */
  @Override
  public String toString() {
    return year >= 1000 && year <= 9999 && serial >= 0 ? format() : code + "〔" + year + "〕" + serial + "号";
  }
}
