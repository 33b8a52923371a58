package org.quanze;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

public class OrgTest {
  private static Org org;

  @BeforeClass
  public static void open() {
    org = Org.load(TestData.tests("org", "small.xml"));
  }

  @AfterClass
  public static void close() {
    org.close();
  }

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  @Test
  public void lists() {
    assertEquals("small", org.getId());
    assertEquals("示例县人民政府", org.getName());
    assertEquals(Arrays.asList("city-government", "finance", "government", "justice", "office"), org.getUnits());
    assertEquals(Arrays.asList("work-safety"), org.getAreas());
    assertEquals(8, org.getPosts().size());
    assertEquals(9, org.getPeople().size());
    assertEquals(Arrays.asList("finance-principal", "finance-staff"), org.unitPosts("finance"));
    assertEquals(Arrays.asList("legality-review", "normative-filing"), org.unitTags("justice"));
    assertEquals(Arrays.asList("justice"), org.taggedUnits("legality-review"));
  }

  @Test
  public void lookups() {
    assertEquals("县司法局", org.unitName("justice"));
    assertEquals("department", org.unitKind("justice"));
    assertNull(org.unitParent("government"));
    assertEquals("deputy", org.postRole("deputy-1"));
    assertEquals("甲一", org.personName("p1"));
    assertFalse(org.personCpc("p4"));
    assertEquals(OrgKind.UNIT, org.kindOf("justice"));
    assertEquals(OrgKind.NONE, org.kindOf("nothing"));
  }

  @Test
  public void holdersOverTime() {
    assertEquals("p0", org.holder("county-head", d("2021-06-01")));
    assertEquals("p1", org.holder("county-head", d("2026-03-02")));
    assertEquals(Arrays.asList("p6", "p7"), org.holders("finance-staff", d("2026-07-02")));
    List<Tenure> t = org.tenures("county-head");
    assertEquals(2, t.size());
    assertEquals(d("2022-01-09"), t.get(0).getEnd());
    assertNull(t.get(1).getEnd());
    assertEquals(Arrays.asList("finance-staff"), org.personPosts("p7", d("2026-07-02")));
  }

  @Test
  public void portfoliosPairsPartyGroup() {
    assertEquals(Arrays.asList("justice", "work-safety"), org.portfolio("deputy-1", d("2026-03-02")));
    assertEquals("deputy-1", org.inCharge("justice", d("2026-03-02")));
    assertEquals("deputy-2", org.abPartner("deputy-1", d("2026-03-02")));
    assertEquals("county-head", org.partyGroupSecretary(d("2026-03-02")));
    assertTrue(org.partyGroupMembers(d("2026-03-02")).contains("deputy-1"));
    assertFalse(org.partyGroupMembers(d("2027-01-01")).contains("deputy-1"));
    assertEquals(Arrays.asList("deputy-1", "deputy-2"), org.rolePosts("deputy", d("2026-03-02")));
  }

  @Test
  public void entrustmentsAndAbsences() {
    assertEquals(2, org.getEntrustments().size());
    assertEquals("office-director", org.entrustedAgent("county-head", Scope.SIGNING, "notice", d("2026-03-10")));
    assertEquals("executive-deputy", org.entrustedAgent("county-head", Scope.GOVERNMENT_WORK, null, d("2026-03-10")));
    assertNull(org.entrustedAgent("county-head", Scope.GOVERNMENT_WORK, null, d("2026-03-20")));
    Absence a = org.absence("p1", d("2026-03-10"));
    assertTrue(a.getAwayFromCounty());
    assertEquals("赴外省考察", a.getReason());
    assertNull(org.absence("p1", d("2026-03-20")));
    assertEquals(3, org.absences(null).size());
    assertEquals(a, org.absences("p1").get(0));                    // a value: equal copies, equal hashes
    assertEquals(a.hashCode(), org.absences("p1").get(0).hashCode());
    assertEquals(org.getEntrustments(), org.getEntrustments());
    assertEquals(org.entrusted("county-head", d("2026-03-10")).size(), 2);
    assertTrue(org.tenures("county-head").get(1).toString().startsWith("p1 in county-head 2022-01-10.."));
  }

  @Test
  public void unknownIds() {
    try {
      org.unitName("nope");
      fail();
    } catch (NotFoundException expected) {
      // expected
    }
    try {
      org.holder("p1", d("2026-01-01"));
      fail();
    } catch (NotFoundException expected) {
      // expected
    }
  }

  @Test
  public void roundTrip() {
    String xml = org.save();
    try (Org again = Org.load(xml.getBytes(StandardCharsets.UTF_8), "saved.xml"); Org demo = Org.getDefault()) {
      assertEquals(org, again);
      assertEquals(xml, again.save());
      assertNotEquals(org, demo);
    }
  }

  @Test
  public void unknownPersonIsNotAMember() {
    try {
      org.personCpc("deputy-1");
      fail();
    } catch (NotFoundException expected) {
      // an unknown id raises instead of testing true
    }
    assertTrue(org.personCpc("p3"));
    assertFalse(org.personCpc("p4"));
  }

  @Test
  public void abPairRolesAreARule() {
    try (Org odd = Org.load(TestData.tests("org", "ab-office-director.xml"))) {
      assertEquals("office-director", odd.abPartner("deputy-1", d("2026-03-02")));
    }
    try {
      Model.load(null, TestData.tests("org", "ab-office-director.xml"), null).close();
      fail();
    } catch (SchemaException expected) {
      assertEquals(60, expected.getLine());
      assertTrue(expected.getMessage().contains("office-director"));
    }
    try (Model city = Model.load(TestData.tests("rules", "city-ab.xml"), TestData.tests("org", "city-ab.xml"), null)) {
      assertTrue(city != null);
    }
  }
}
