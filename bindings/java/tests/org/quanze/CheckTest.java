package org.quanze;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/** Every check on the Yunxi demo model: decision, capacity, via, citation, who could; against the query; errors. */
public class CheckTest {
  private static Model model;

  @BeforeClass
  public static void open() {
    model = Model.getDefault();
  }

  @AfterClass
  public static void close() {
    model.close();
  }

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  private static SignRequest toCity(String date) {
    return SignRequest.of("request", d(date)).recipient("city-government").portfolios("justice");
  }

  private static List<String> posts(List<Candidate> candidates) {
    List<String> out = new ArrayList<>();
    for (Candidate c : candidates) {
      out.add(c.getPost());
    }
    return out;
  }

  @Test
  public void signDeniedNamesWhoCould() {
    Decision d = model.checkSign("deputy-1", toCity("2026-06-10"));
    assertFalse(d.isAllowed());
    assertEquals(CheckAction.SIGN, d.getAction());
    assertEquals(Capacity.SIGNER, d.getCapacity());
    assertNull(d.getVia());
    assertTrue(d.getReason().contains("副县长董玉梅不在可以签发的人员之列"));
    assertFalse(d.getReason().contains("deputy-1"));
    assertEquals(Arrays.asList("county-head", "executive-deputy"), posts(d.getCandidates()));
    assertEquals("高永胜", d.getCandidates().get(0).getName());
    assertEquals("县长", d.getCandidates().get(0).getPostName());
    assertEquals("第五十四条第(一)项", d.getCitation().toString());
    assertEquals("sign-54-1", d.getCitation().getRule());
    assertTrue(d.toString().contains("denied"));
    assertTrue(d.explain().startsWith(d.getReason()));
    assertTrue(d.explain().contains("由县长或常务副县长签发"));
  }

  @Test
  public void signAllowedByPostOrPerson() {
    Decision d = model.checkSign("executive-deputy", toCity("2026-06-10"));
    assertTrue(d.isAllowed());
    assertEquals(Via.HOLDER, d.getVia());
    assertEquals("p003", d.getPerson());
    assertEquals("宋小燕", d.getName());
    assertEquals("常务副县长", d.getPostName());
    assertNull(d.getReason());
    assertEquals(54, d.getCitation().getArticle());
    assertTrue(model.checkSign("p003", toCity("2026-06-10")).isAllowed());
    assertEquals(d, model.checkSign("executive-deputy", toCity("2026-06-10")));
  }

  @Test
  public void signWhileTheCountyHeadIsAway() {
    SignRequest r = SignRequest.of("request", d("2026-03-10")).recipient("city-government");
    Decision d = model.checkSign("executive-deputy", r);
    assertTrue(d.isAllowed());
    assertEquals(Via.ENTRUSTED, d.getVia());
    assertEquals("county-head", d.getForPost());
    assertEquals("高永胜", d.getForName());
    assertEquals(6, d.getCitation().getArticle());
    Decision away = model.checkSign("county-head", r);
    assertFalse(away.isAllowed());
    assertEquals(Arrays.asList("executive-deputy"), posts(away.getCandidates()));
  }

  @Test
  public void countersign() {
    Decision d = model.checkCountersign("deputy-1",
        SignRequest.of("request", d("2026-06-10")).recipient("city-government").portfolios("justice", "education"));
    assertEquals(CheckAction.COUNTERSIGN, d.getAction());
    assertEquals(Capacity.COUNTERSIGNER, d.getCapacity());
    assertFalse(d.isAllowed());
  }

  @Test
  public void meetings() {
    Decision convene = model.checkConvene("county-head", "executive", d("2026-03-02"));
    assertTrue(convene.isAllowed());
    assertEquals(Capacity.CONVENER, convene.getCapacity());
    assertEquals(40, convene.getCitation().getArticle());
    assertFalse(model.checkConvene("deputy-1", "executive", d("2026-03-02")).isAllowed());
    Decision preside = model.checkPreside("executive-deputy", "executive", d("2026-03-10"));
    assertTrue(preside.isAllowed());
    assertEquals(Via.ENTRUSTED, preside.getVia());
    Decision minutes = model.checkSignMinutes("county-head", "executive", d("2026-03-02"), true, null);
    assertTrue(minutes.isAllowed());
    assertEquals(Capacity.MINUTES_SIGNER_MAJOR, minutes.getCapacity());
    assertEquals(48, minutes.getCitation().getArticle());
  }

  @Test
  public void leaveActingSubstitute() {
    Decision office = model.checkReceiveLeave("government-office", "justice-principal", d("2026-06-10"), d("2026-06-08"));
    assertTrue(office.isAllowed());
    assertEquals(Capacity.REPORT_TO, office.getCapacity());
    assertEquals(66, office.getCitation().getArticle());
    Decision approve = model.checkApproveLeave("deputy-1", "justice-principal", d("2026-06-10"), d("2026-06-08"));
    assertEquals(CheckAction.APPROVE_LEAVE, approve.getAction());
    assertFalse(approve.isAllowed());
    Decision acting = model.checkActFor("executive-deputy", "county-head", d("2026-03-10"));
    assertTrue(acting.isAllowed());
    assertEquals(Capacity.ACTING, acting.getCapacity());
    Decision sub = model.checkSubstitute("justice-principal", "executive", "deputy-1", d("2026-03-02"),
        d("2026-02-27"), true);
    assertEquals(CheckAction.SUBSTITUTE, sub.getAction());
    assertFalse(sub.isAllowed());
    assertEquals(47, sub.getCitation().getArticle());
  }

  @Test
  public void allowsExactlyWhomTheQueryNames() {
    try (Org org = model.getOrg()) {
      for (String date : new String[] {"2026-06-10", "2026-03-10"}) {
        SignRequest r = SignRequest.of("request", d(date)).recipient("city-government");
        Set<String> signers = new HashSet<>();
        for (Person p : model.sign(r).getPeople(Capacity.SIGNER)) {
          signers.add(p.getPost());
        }
        for (String post : org.getPosts()) {
          assertEquals(post + " " + date, signers.contains(post), model.checkSign(post, r).isAllowed());
        }
      }
    }
  }

  @Test
  public void errors() {
    try {
      model.checkSign(null, toCity("2026-06-10"));
      fail();
    } catch (NullPointerException e) {
      assertEquals("actor", e.getMessage());
    }
    try {
      model.checkSign("county-head", null);
      fail();
    } catch (NullPointerException e) {
      assertEquals("request", e.getMessage());
    }
    try {
      model.checkActFor("county-head", null, d("2026-06-10"));
      fail();
    } catch (NullPointerException e) {
      assertEquals("post", e.getMessage());
    }
    try {
      model.checkConvene("county-head", "executive", null);
      fail();
    } catch (NullPointerException e) {
      assertEquals("date", e.getMessage());
    }
    try {
      model.checkSign("nobody", toCity("2026-06-10"));
      fail();
    } catch (NotFoundException e) {
      assertTrue(e.getMessage().contains("nobody"));
    }
    try {
      model.checkConvene("county-head", "executive", d("1990-01-01"));
      fail();
    } catch (OutOfCalendarException e) {
      // before the calendar's years
    }
    Model closed = Model.getDefault();
    closed.close();
    try {
      closed.checkSign("county-head", toCity("2026-06-10"));
      fail();
    } catch (IllegalStateException e) {
      // closed
    }
  }
}
