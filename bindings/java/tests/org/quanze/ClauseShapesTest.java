package org.quanze;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The request fields of the clause shapes through Java, on the third county's rule set
 * (tests/data/rules/third-county.xml), asserting what tests/test_clause_shapes.c asserts:
 * acting limited to kinds of matters, meeting approval by invitees, the length cap and the
 * cap per unit.
 */
public class ClauseShapesTest {
  private static Model model;

  @BeforeClass
  public static void open() {
    model = Model.load(TestData.tests("rules", "third-county.xml"), TestData.tests("rules", "third-county-org.xml"), null);
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

  private static boolean cites(Answer a, int article, int item) {
    for (Citation c : a.getCitations()) {
      if (c.getArticle() == article && c.getItem() == item) {
        return true;
      }
    }
    return false;
  }

  private static boolean finding(Answer a, String id) {
    for (Finding f : a.getFindings()) {
      if (f.getId().equals(id)) {
        return true;
      }
    }
    return false;
  }

  private static Answer meeting(String type, List<String> invitees, int minutes, int held) {
    return model.meeting(type, d("2025-03-20"), false, "deputy-a", invitees, minutes, held);
  }

  @Test
  public void actingMatterKinds() {
    for (String kind : Arrays.asList("temporary", "urgent")) {
      Answer a = model.acting("office-director", d("2025-03-10"), null, kind, false);
      assertEquals(Arrays.asList("office-deputy"), posts(a.getPeople(Capacity.ACTING)));
      assertEquals(Via.ACTING, a.getPeople(Capacity.ACTING).get(0).getVia());
      assertTrue(cites(a, 9, 2));
    }
    for (String kind : Arrays.asList("routine", "major", null)) {
      Answer a = model.acting("office-director", d("2025-03-11"), null, kind, false);
      assertFalse(a.isFound());
      assertTrue(a.getPeople(Capacity.ACTING).isEmpty());
      assertTrue(a.getReason().contains("代行仅限临时性、紧急性工作"));
      assertTrue(cites(a, 9, 2));
    }
    Answer a = model.acting("office-director", d("2025-03-10"), null, "urgent", true);
    assertFalse(a.isFound());
    assertTrue(a.getReason().contains("从其交代"));
    assertTrue(cites(a, 9, 2));
    // the director present acts herself, whatever the kind
    a = model.acting("office-director", d("2025-03-12"), null, "routine", true);
    assertEquals(Arrays.asList("office-director"), posts(a.getPeople(Capacity.ACTING)));
    assertEquals(Via.HOLDER, a.getPeople(Capacity.ACTING).get(0).getVia());
    // rules without matter kinds ignore the kind
    a = model.acting("county-head", d("2025-03-11"), null, "routine", true);
    assertEquals(Arrays.asList("executive-deputy"), posts(a.getPeople(Capacity.ACTING)));
    // the check agrees with the question
    assertTrue(model.checkActFor("office-deputy", "office-director", d("2025-03-10"), null, "urgent", false).isAllowed());
    assertFalse(model.checkActFor("office-deputy", "office-director", d("2025-03-10"), null, "urgent", true).isAllowed());
    assertFalse(model.checkActFor("office-deputy", "office-director", d("2025-03-11"), null, "routine", false).isAllowed());
    try {
      model.acting("office-director", d("2025-03-10"), null, "sometimes", false);
      fail("an unknown kind");
    } catch (NotFoundException expected) {
      assertTrue(expected.getMessage().contains("sometimes"));
    }
  }

  @Test
  public void meetingApprovalByInvitees() {
    Answer a = meeting("county-wide", Arrays.asList("deputy-b"), 0, 0);
    assertEquals(Arrays.asList("county-head"), posts(a.getPeople(Capacity.APPROVER)));
    assertTrue(cites(a, 13, 0));
    assertFalse(cites(a, 13, 3));
    a = meeting("county-wide", Arrays.asList("county-head"), 0, 0); // a role id
    assertEquals(Arrays.asList("county-head"), posts(a.getPeople(Capacity.APPROVER)));
    a = meeting("county-wide", Arrays.asList("town-a-head"), 0, 0);
    assertEquals(Arrays.asList("executive-deputy"), posts(a.getPeople(Capacity.APPROVER)));
    assertTrue(cites(a, 13, 2));
    assertFalse(cites(a, 13, 0));
    a = meeting("county-wide", Arrays.asList("office-deputy"), 0, 0);
    assertEquals(Arrays.asList("deputy-a"), posts(a.getPeople(Capacity.APPROVER)));
    assertTrue(cites(a, 13, 3));
    a = meeting("county-wide", null, 0, 0);
    assertEquals(Arrays.asList("deputy-a"), posts(a.getPeople(Capacity.APPROVER)));
    assertTrue(a.getExplanation().contains("未说明邀请对象"));
    assertEquals(a, meeting("county-wide", Collections.emptyList(), 0, 0));
    try {
      meeting("county-wide", Arrays.asList("nobody"), 0, 0);
      fail("an unknown invitee");
    } catch (NotFoundException expected) {
      assertTrue(expected.getMessage().contains("nobody"));
    }
  }

  @Test
  public void meetingCaps() {
    Answer a = meeting("county-wide", null, 240, 0);
    assertFalse(finding(a, "too-long-note"));
    assertEquals(Boolean.TRUE, a.getCompliant());
    a = meeting("county-wide", null, 300, 0);
    assertTrue(finding(a, "too-long-note"));
    assertFalse(finding(a, "too-long"));
    assertEquals(Boolean.TRUE, a.getCompliant());
    assertTrue(cites(a, 12, 0));
    assertEquals(Boolean.TRUE, meeting("briefing", null, 120, 0).getCompliant());
    a = meeting("briefing", null, 121, 0);
    assertTrue(finding(a, "too-long"));
    assertEquals(Boolean.FALSE, a.getCompliant());
    assertTrue(cites(a, 15, 0));
    assertNull(meeting("briefing", null, 0, 0).getCompliant()); // no length given: nothing checked
    assertFalse(finding(meeting("county-wide", null, 0, 0), "unit-cap"));
    a = meeting("county-wide", null, 0, 1);
    assertTrue(finding(a, "unit-cap"));
    assertEquals(Boolean.FALSE, a.getCompliant());
    assertTrue(cites(a, 12, 0));
    // the four-argument form asks a version 2 question with nothing stated
    assertEquals(Arrays.asList("deputy-a"),
        posts(model.meeting("county-wide", d("2025-03-20"), false, "deputy-a").getPeople(Capacity.APPROVER)));
  }
}
