package org.quanze;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.After;
import org.junit.AfterClass;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Test;

/** Audits on the Yunxi demo model: a file as a lazy Stream, the record-at-a-time Auditor, every finding kind; errors. */
public class AuditTest {
  private static Model model;
  private Path tmp;

  @BeforeClass
  public static void open() {
    model = Model.getDefault();
  }

  @AfterClass
  public static void close() {
    model.close();
  }

  @Before
  public void mkdir() throws IOException {
    tmp = Files.createTempDirectory("qz-java-audit-");
  }

  @After
  public void rmdir() throws IOException {
    try (Stream<Path> files = Files.list(tmp)) {
      for (Path p : files.collect(Collectors.toList())) {
        Files.delete(p);
      }
    }
    Files.delete(tmp);
  }

  private static AuditRecord lateMinutes() {
    return AuditRecord.of("minutes").set("meeting", "executive").set("held", LocalDate.of(2021, 10, 15))
        .set("issued", LocalDate.of(2021, 10, 25)).set("signer", "county-head");
  }

  @Test
  public void fileEveryFindingKind() {
    Path yunxi = TestData.tests("records", "yunxi.csv");
    List<String> found = new ArrayList<>();
    try (Stream<AuditFinding> s = model.audit(yunxi)) {
      s.forEach(f -> found.add(f.getLine() + " " + f.getCheck() + " " + f.getSeverity() + " "
          + (f.getCitation() != null ? f.getCitation().getArticle() : 0)));
    }
    assertEquals(List.of("2 minutes-late NOTE 48", "4 leave-late VIOLATION 66", "5 quorum VIOLATION 41",
        "6 signer VIOLATION 54", "9 unreadable UNREADABLE 0"), found);
  }

  @Test
  public void findingFields() {
    Path yunxi = TestData.tests("records", "yunxi.csv");
    List<AuditFinding> all;
    try (Stream<AuditFinding> s = model.audit(yunxi)) {
      all = s.collect(Collectors.toList());
    }
    AuditFinding minutes = all.get(0);
    assertEquals(yunxi.toString(), minutes.getFile());
    assertEquals("minutes", minutes.getRecordType());
    assertEquals(LocalDate.of(2021, 10, 15), minutes.getDate());
    assertEquals(List.of("county-head"), minutes.getPeople());
    assertEquals("minutes-issue", minutes.getCitation().getRule());
    assertEquals("第四十八条", minutes.getCitation().toString());
    assertTrue(minutes.getExplanation().contains("2021-10-22"));
    assertTrue(minutes.toString().startsWith(yunxi + ":2: note: minutes-late 2021-10-15: "));
    AuditFinding signer = all.get(3);
    assertEquals(List.of("deputy-1"), signer.getPeople());
    assertEquals("第五十四条第(一)项", signer.getCitation().toString());
    AuditFinding unreadable = all.get(4);
    assertNull(unreadable.getDate());
    assertNull(unreadable.getCitation());
    assertTrue(unreadable.getExplanation().contains("2021-13-01"));
  }

  @Test
  public void streamIsLazyAndStopsOnClose() throws IOException {
    int n = 20000;
    StringBuilder sb = new StringBuilder("type,meeting,held,issued\n");
    for (int i = 0; i < n; i++) {
      sb.append("minutes,executive,2021-10-15,2021-10-25\n");
    }
    Path big = tmp.resolve("big.csv");
    Files.write(big, sb.toString().getBytes(StandardCharsets.UTF_8));
    try (Auditor auditor = model.auditor()) {
      try (Stream<AuditFinding> s = auditor.audit(big)) {
        Iterator<AuditFinding> it = s.iterator();
        assertEquals("minutes-late", it.next().getCheck());
      }
      AuditSummary partial = auditor.getSummary();
      assertTrue(partial.toString(), partial.getRead() > 0 && partial.getRead() < n / 4);
    }
    try (Stream<AuditFinding> s = model.audit(big)) {
      assertEquals(n, s.count());
    }
  }

  @Test
  public void streamsInThreadsAndDroppedUnclosed() throws Exception {
    int n = 3000;
    StringBuilder sb = new StringBuilder("type,meeting,held,issued\n");
    for (int i = 0; i < n; i++) {
      sb.append("minutes,executive,2021-10-15,2021-10-25\n");
    }
    Path many = tmp.resolve("many.csv");
    Files.write(many, sb.toString().getBytes(StandardCharsets.UTF_8));
    for (int i = 0; i < 5; i++) {
      // never closed: the Cleaner stops the reading thread once the stream is unreachable
      assertEquals("minutes-late", model.audit(many).iterator().next().getCheck());
    }
    System.gc();
    long[] counts = new long[4];
    Thread[] threads = new Thread[counts.length];
    for (int i = 0; i < threads.length; i++) {
      int k = i;
      threads[i] = new Thread(() -> {
        try (Stream<AuditFinding> s = model.audit(many)) {
          counts[k] = s.count();
        }
      });
      threads[i].start();
    }
    for (Thread t : threads) {
      t.join();
    }
    for (long c : counts) {
      assertEquals(n, c);
    }
  }

  @Test
  public void recordAtATime() {
    try (Auditor auditor = model.auditor()) {
      List<AuditFinding> found = auditor.add(lateMinutes().at("oa-hook", 7));
      assertEquals(1, found.size());
      assertEquals("minutes-late", found.get(0).getCheck());
      assertEquals("oa-hook:7", found.get(0).getPosition());
      assertEquals(Severity.NOTE, found.get(0).getSeverity());
      List<AuditFinding> leave = auditor.add(AuditRecord.of("leave").set("post", "justice-principal")
          .set("depart", LocalDate.of(2026, 6, 10)).set("notified", LocalDate.of(2026, 6, 8)).set("days", 3));
      assertEquals("leave-late", leave.get(0).getCheck());
      assertEquals("离开县域应提前3日报告，实际提前2日", leave.get(0).getExplanation());
      assertEquals(66, leave.get(0).getCitation().getArticle());
      List<AuditFinding> quorum = auditor.add(AuditRecord.of("meeting").set("meeting", "party-group")
          .set("date", LocalDate.of(2026, 3, 3)).set("present", List.of("county-head", "executive-deputy")));
      assertEquals("quorum", quorum.get(0).getCheck());
      assertEquals(41, quorum.get(0).getCitation().getArticle());
      assertEquals("unreadable", auditor.add(AuditRecord.of("bogus")).get(0).getCheck());
      assertEquals(Collections.emptyList(), auditor.finish());
      AuditSummary s = auditor.getSummary();
      assertEquals(4, s.getRead());
      assertEquals(3, s.getAudited());
      assertEquals(1, s.getUnreadable());
      assertEquals(2, s.getViolations());
      assertEquals(1, s.getNotes());
    }
  }

  @Test
  public void errors() {
    try (Auditor auditor = model.auditor()) {
      try {
        auditor.add((AuditRecord) null);
        fail();
      } catch (NullPointerException e) {
        assertEquals("record", e.getMessage());
      }
    }
    try {
      model.audit((Path) null);
      fail();
    } catch (NullPointerException e) {
      assertEquals("path", e.getMessage());
    }
    try (Stream<AuditFinding> s = model.audit(tmp.resolve("missing.csv"))) {
      s.count();
      fail();
    } catch (FileException e) {
      assertTrue(e.getMessage().contains("missing.csv"));
    }
    try (Stream<AuditFinding> s = model.audit(tmp.resolve("log.txt"))) {
      s.count();
      fail();
    } catch (InvalidArgumentException e) {
      assertTrue(e.getMessage().contains(".csv"));
    }
    Path yunxi = TestData.tests("records", "yunxi.csv");
    try (Auditor failFast = model.auditor(true); Stream<AuditFinding> s = failFast.audit(yunxi)) {
      s.count();
      fail();
    } catch (QuanzeException e) {
      assertEquals(yunxi.toString(), e.getFile());
      assertEquals(9, e.getLine());
    }
    Auditor closed = model.auditor();
    closed.close();
    closed.close();
    try {
      closed.add(lateMinutes());
      fail();
    } catch (IllegalStateException e) {
      // closed
    }
  }
}
