package org.quanze;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNotSame;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

public class QueryTest {
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

  private static List<String> posts(List<Person> people) {
    List<String> out = new ArrayList<>();
    for (Person p : people) {
      out.add(p.getPost());
    }
    return out;
  }

  @Test
  public void sign() {
    Answer a = model.sign(SignRequest.of("request", d("2026-03-02")).recipient("city-government").portfolios("deputy-1"));
    assertEquals(QueryKind.SIGN, a.getKind());
    assertTrue(a.isFound());
    assertEquals(Arrays.asList("county-head", "executive-deputy"), posts(a.getPeople(Capacity.SIGNER)));
    assertEquals(54, a.getCitations().get(0).getArticle());
    assertEquals(1, a.getCitations().get(0).getItem());
    assertEquals("第五十四条第(一)项", a.getCitations().get(0).toString());
    assertEquals("第五十四条第(一)项", a.getCitations().get(0).getLabel());
    Person p = a.getPerson();
    assertEquals(Via.HOLDER, p.getVia());
    assertEquals("高永胜", p.getName());
    Answer away = model.sign(SignRequest.of("request", d("2026-03-10")).recipient("city-government"));
    assertEquals(Arrays.asList("executive-deputy"), posts(away.getPeople(Capacity.SIGNER)));
    Answer notice = model.sign(SignRequest.of("notice", d("2026-03-02")).issuer("government-office").portfolios("deputy-1"));
    assertEquals(Arrays.asList("office-director"), posts(notice.getPeople(Capacity.SIGNER)));
  }

  @Test
  public void meeting() {
    Answer a = model.meeting("executive", d("2026-03-02"));
    assertEquals("县政府常务会议", a.getSubjectLabel());
    assertEquals(Arrays.asList("county-head"), posts(a.getPeople(Capacity.CONVENER)));
    assertTrue(posts(a.getPeople(Capacity.MEMBER)).contains("deputy-5"));
    assertEquals(d("2026-03-09"), a.getDue());
    assertEquals(TimeUnit.WORKDAYS.value(), a.getValue(Value.UNIT).getAsLong());
  }

  @Test
  public void obligations() {
    List<Obligation> items = model.obligations("justice-principal", null, d("2026-01-01"), d("2026-12-31"));
    Obligation it = null;
    for (Obligation o : items) {
      assertFalse("implement-instructions".equals(o.getId()));
      if ("rectify-supervision".equals(o.getId())) {
        it = o;
      }
    }
    assertNotNull(it);
    assertEquals("event", it.getTrigger());
    assertEquals("rectify", it.getAction());
    assertNotNull(it.getActionLabel());
    assertTrue(posts(it.getResponsible()).contains("justice-principal"));
    assertNotNull(it.getResponsible().get(0).getName());
    assertEquals("county-government", it.getObligeeBodies().get(0).getId());
    assertEquals(1, it.getObligeeBodies().size());
    assertEquals(33, it.getCitations().get(0).getArticle());
    assertEquals(1, it.getCitations().size());
    assertEquals(QueryKind.OBLIGATIONS, it.getAnswer().getKind());
    assertFalse(it.getExplanation().isEmpty());
    assertTrue(it.toString().startsWith("rectify-supervision event rectify"));
    assertEquals(it, model.obligations("justice-principal", null, d("2026-01-01"), d("2026-12-31"))
        .get(items.indexOf(it)));
    Obligation plan = null;
    for (Obligation o : model.obligations(null, "government-office", d("2026-06-01"), d("2026-06-01"))) {
      if ("supervision-annual-plan".equals(o.getId())) {
        plan = o;
      }
    }
    assertNotNull(plan);
    assertEquals(d("2026-01-01"), plan.getPeriodStart());
    assertTrue(plan.getExplanation().contains("督促检查工作年度计划"));
    assertFalse(model.obligations(null, null, d("2026-01-01"), d("2026-12-31")).isEmpty());
    try {
      model.obligations("no-such-post", null, d("2026-01-01"), d("2026-01-01"));
      fail("an unknown post");
    } catch (NotFoundException expected) {
      assertTrue(expected.getMessage().contains("no-such-post"));
    }
    try {
      model.obligations("justice-principal", null, null, d("2026-01-01"));
      fail("a null date");
    } catch (NullPointerException expected) {
      assertEquals("from", expected.getMessage());
    }
  }

  @Test
  public void acting() {
    assertEquals(Via.HOLDER, model.acting("county-head", d("2026-03-02")).getPerson().getVia());
    Person acting = model.acting("county-head", d("2026-03-10")).getPeople(Capacity.ACTING).get(0);
    assertEquals("executive-deputy", acting.getPost());
    assertEquals(Via.ENTRUSTED, acting.getVia());
    assertEquals("county-head", acting.getForPost());
    Answer nobody = model.acting("county-head", d("2026-05-19"));
    assertFalse(nobody.isFound());
    assertTrue(nobody.getReason().contains("委托"));
    assertTrue(nobody.explain().contains(nobody.getReason()));
  }

  @Test
  public void deadlines() {
    assertEquals(d("2026-03-09"), model.deadline("minutes-issue", d("2026-03-02")).getDue());
    Answer reply = model.deadline("consultation-reply", d("2026-03-02"), 0, d("2026-03-20"));
    assertEquals(d("2026-03-05"), reply.getDateValue(Value.EARLIEST));
    assertEquals(Boolean.TRUE, reply.getFlag(Value.SILENCE_NO_OBJECTION));
    assertEquals(d("2026-03-05"), model.deadline("consultation-reply", d("2026-03-02"), 3, null).getDue());
  }

  @Test
  public void leaveQuorumSubstitute() {
    Answer leave = model.leave("deputy-1", d("2026-03-10"), d("2026-03-09"));
    assertEquals(Boolean.FALSE, leave.getLate());
    assertEquals(66, leave.getCitations().get(0).getArticle());
    boolean filed = false;
    for (Body b : leave.getBodies()) {
      filed |= b.getCapacity() == Capacity.FILED_WITH && b.getId().equals("county-party-office");
    }
    assertTrue(filed);
    Answer q = model.quorum("executive", d("2026-03-02"), Arrays.asList("county-head", "executive-deputy"));
    assertNotNull(q.getMet());
    Answer s = model.substitute("plenary", "justice-principal", "justice-deputy", d("2026-03-02"), d("2026-03-01"), true);
    assertEquals(Boolean.TRUE, s.getAllowed());
  }

  @Test
  public void periodicAndNormative() {
    Answer p = model.periodic("executive-meeting", d("2026-03-02"), Arrays.asList(d("2026-03-05")));
    assertEquals(Boolean.FALSE, p.getCompliant());
    assertEquals(1, p.getValue(Value.SHORTFALL).getAsLong());
    Answer n = model.normative(d("2026-03-02"), Arrays.asList("implements-law"), 0, null);
    assertEquals(Boolean.FALSE, n.getCompliant());
    assertEquals(n.getFindings().size(), n.getValue(Value.VIOLATIONS).getAsLong());
  }

  @Test
  public void matrix() {
    List<Matter> matters = model.matters(d("2026-03-02"));
    assertTrue(matters.size() > 30);
    assertEquals(MatterKind.ROLE, matters.get(0).getKind());
    assertEquals("高永胜", model.matter(d("2026-03-02"), "county-head").getPerson().getName());
    assertEquals(matters.size(), model.matrix(d("2026-03-02")).size());
  }

  @Test
  public void bodiesMapToTheOrganisationsUnits() {
    Answer leave = model.matter(d("2026-03-02"), "leave-county-head");
    Body filed = null;
    for (Body b : leave.getBodies()) {
      if (b.getId().equals("city-government-office")) {
        filed = b;
      }
    }
    assertNotNull(filed);
    assertEquals("city-government-office", filed.getUnit());      // the organisation has a unit with that id
    assertEquals("十堰市人民政府办公室", filed.getUnitName());   // named as the organisation names it
    for (Body b : model.meeting("executive", d("2026-03-02")).getBodies()) {
      if (b.getId().equals("media")) {
        assertNull(b.getUnit());                                   // no such unit: nothing invented
        assertNull(b.getUnitName());
      }
    }
  }

  @Test
  public void recordsArePlainValues() throws Exception {
    List<Matter> a = model.matters(d("2026-03-02"));
    List<Matter> b = model.matters(d("2026-03-02"));
    assertEquals(a, b);
    assertEquals(a.get(3).hashCode(), b.get(3).hashCode());
    assertNotSame(a.get(3), b.get(3));
    assertEquals(3, a.get(3).getIndex());
    for (Class<?> c : new Class<?>[] {Day.class, Tenure.class, Absence.class, Entrustment.class, Entry.class,
                                      Matter.class, Body.class}) {
      assertTrue(c + " is final", java.lang.reflect.Modifier.isFinal(c.getModifiers()));
      assertFalse(c + " is closeable", AutoCloseable.class.isAssignableFrom(c));
      // the fields a record inherits (Entry and Matter share a base) count as its own
      int fields = 0;
      for (Class<?> k = c; k != Object.class; k = k.getSuperclass()) {
        for (java.lang.reflect.Field f : k.getDeclaredFields()) {
          fields++;
          assertTrue(c + "." + f.getName() + " is final", java.lang.reflect.Modifier.isFinal(f.getModifiers()));
          assertFalse(c + "." + f.getName(), f.getType() == long.class && f.getName().toLowerCase().contains("ptr"));
        }
      }
      assertTrue(c + " has fields", fields > 0);
    }
    try (Rules r = model.getRules()) {
      Entry e = r.find(Section.MEETING, "executive");
      assertEquals(e, r.entries(Section.MEETING).get((int) e.getIndex()));
      assertEquals(e.toString(), r.entries(Section.MEETING).get((int) e.getIndex()).toString());
    }
  }

  @Test
  public void badQuestions() {
    try {
      model.sign("nonsense", d("2026-03-02"));
      fail();
    } catch (NotFoundException expected) {
      // expected
    }
    try {
      model.meeting("executive", d("2019-03-02"));
      fail();
    } catch (OutOfCalendarException expected) {
      // expected: before the rules took effect
    }
    try {
      model.sign(SignRequest.of("other", d("2026-03-02")).facts("no-such-fact"));
      fail();
    } catch (InvalidArgumentException expected) {
      // expected: a fact the signing table does not know
    }
  }

  @Test
  public void leaveByLengthAndDestination() {
    try (Model other = Model.load(TestData.tests("rules", "variations.xml"), TestData.tests("rules", "variations-org.xml"), null)) {
      Answer far = other.leave("justice-principal", d("2026-06-01"), d("2026-05-20"), 8, "abroad");
      assertEquals(Boolean.FALSE, far.getLate());
      assertEquals(Arrays.asList("deputy-1", "county-head"), posts(far.getPeople(Capacity.APPROVER)));
      Answer near = other.leave("justice-principal", d("2026-06-01"), d("2026-05-31"), 2, "within-province");
      assertEquals(Boolean.TRUE, near.getLate());
      assertEquals(Arrays.asList("deputy-1"), posts(near.getPeople(Capacity.APPROVER)));
      try {
        other.leave("justice-principal", d("2026-06-01"), d("2026-05-20"), 0, "mars");
        fail("an unknown destination is refused");
      } catch (NotFoundException expected) {
        assertTrue(expected.getMessage().contains("mars"));
      }
    }
  }

  @Test
  public void otherCounty() {
    try (Model other = Model.load(TestData.tests("rules", "other-county.xml"), TestData.tests("org", "small.xml"), null)) {
      assertEquals(d("2026-03-11"), other.deadline("minutes-issue", d("2026-03-02")).getDue());
      assertEquals("other-county-2024", other.getRules().getId());
    }
  }
}
