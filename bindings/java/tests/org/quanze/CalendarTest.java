package org.quanze;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.LocalDate;
import java.util.List;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

public class CalendarTest {
  private static WorkCalendar cal;

  @BeforeClass
  public static void open() {
    cal = WorkCalendar.getDefault();
  }

  @AfterClass
  public static void close() {
    cal.close();
  }

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  @Test
  public void coverage() {
    assertEquals("CN", cal.getRegion());
    assertEquals(2004, cal.getFirstYear());
    assertEquals(2026, cal.getLastYear());
  }

  @Test
  public void isWorkday() {
    assertFalse(cal.isWorkday(d("2026-10-01")));
    assertTrue(cal.isWorkday(d("2026-10-10")));
    assertFalse(cal.isWorkday(d("2026-10-11")));
  }

  @Test
  public void addWorkdaysAndBetween() {
    assertEquals(d("2026-10-08"), cal.addWorkdays(d("2026-09-30"), 1));
    assertEquals(d("2026-09-30"), cal.addWorkdays(d("2026-10-08"), -1));
    assertEquals(d("2026-10-08"), cal.addWorkdays(d("2026-10-03"), 0));
    assertEquals(1, cal.workdaysBetween(d("2026-09-30"), d("2026-10-08")));
    assertEquals(-1, cal.workdaysBetween(d("2026-10-08"), d("2026-09-30")));
  }

  @Test
  public void day() {
    Day day = cal.day(d("2026-10-01"));
    assertEquals(DayKind.HOLIDAY, day.getKind());
    assertEquals("National Day", day.getName());
    assertEquals(d("2026-10-01"), day.getDate());
    assertEquals(2026, day.getYear());
    assertFalse(day.getAssumed());
    assertEquals(DayKind.MAKEUP, cal.day(d("2026-10-10")).getKind());
    assertNull(cal.day(d("2026-10-11")).getName());
    assertTrue(day.toString().contains("National Day"));
  }

  @Test
  public void arrangement() {
    List<Day> days = cal.arrangement(2026);
    assertTrue(days.size() > 20);
    assertEquals(d("2026-01-01"), days.get(0).getDate());
    try {
      days.add(days.get(0));
      fail("lists are read-only");
    } catch (UnsupportedOperationException expected) {
      // expected
    }
  }

  @Test
  public void batch() {
    LocalDate[] dates = new LocalDate[3000];
    for (int i = 0; i < dates.length; i++) {
      dates[i] = i % 2 == 0 ? d("2026-09-30") : d("2026-01-01");
    }
    LocalDate[] out = cal.addWorkdays(dates, 1);
    assertEquals(d("2026-10-08"), out[0]);
    assertEquals(d("2026-01-04"), out[1]);
    int[] days = {(int) d("2026-09-30").toEpochDay()};
    assertArrayEquals(new int[] {(int) d("2026-10-08").toEpochDay()}, cal.addWorkdays(days, 1));
    assertEquals((int) d("2026-09-30").toEpochDay(), days[0]);
    assertArrayEquals(new int[] {1}, cal.workdaysBetween(new LocalDate[] {d("2026-09-30")}, new LocalDate[] {d("2026-10-08")}));
  }

  @Test
  public void batchFailureNamesTheItem() {
    try {
      cal.addWorkdays(new LocalDate[] {d("2026-09-30"), d("2031-01-01")}, 1);
      fail();
    } catch (OutOfCalendarException e) {
      assertTrue(e.getMessage(), e.getMessage().startsWith("item 1:"));
    }
  }

  @Test
  public void outOfCoverage() {
    try {
      cal.isWorkday(d("2030-01-01"));
      fail();
    } catch (OutOfCalendarException e) {
      assertEquals(Status.ERANGE, e.getStatus());
      assertTrue(e.getMessage().contains("2030"));
    }
    try (WorkCalendar provisional = cal.provisional()) {
      assertTrue(provisional.isWorkday(d("2030-01-02")));
      assertTrue(provisional.day(d("2030-01-02")).getAssumed());
      assertFalse(provisional.isWorkday(d("2030-01-01")));   // the statutory New Year's Day
      assertEquals("provisional", provisional.yearOrigin(2030));
    }
    try (WorkCalendar regional = cal.layerRegionFile(TestData.binding("region-CN-XZ-fixture.xml").toString())) {
      assertEquals("CN-XZ", regional.getRegion());
      assertFalse(regional.isWorkday(d("2026-03-03")));
    }
  }

  @Test
  public void overlayAndRoundTrip() throws Exception {
    try (WorkCalendar next = cal.overlay(TestData.binding("calendar-2027.xml"))) {
      assertEquals(2027, next.getLastYear());
      assertTrue(next.isWorkday(d("2027-02-20")));
    }
    String xml = cal.save();
    try (WorkCalendar again = WorkCalendar.load(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8), "saved.xml")) {
      assertEquals(xml, again.save());
    }
  }

  @Test
  public void closeTwiceAndUseAfterClose() {
    WorkCalendar c = WorkCalendar.getDefault();
    c.close();
    c.close();
    try {
      c.isWorkday(d("2026-10-01"));
      fail();
    } catch (IllegalStateException expected) {
      // expected
    }
  }
}
