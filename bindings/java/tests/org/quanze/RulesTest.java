package org.quanze;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import org.junit.Test;

public class RulesTest {
  @Test
  public void metadata() {
    try (Rules r = Rules.getDefault()) {
      assertEquals("yunxi-2021", r.getId());
      assertEquals("郧西县人民政府工作规则", r.getTitle());
      assertEquals("西政发〔2021〕11号", r.getDocumentNumber());
      assertTrue(r.isInForce(LocalDate.of(2026, 3, 2)));
      assertFalse(r.isInForce(LocalDate.of(2019, 1, 1)));
    }
  }

  @Test
  public void stableIds() {
    try (Rules r = Rules.getDefault()) {
      assertEquals(new HashSet<>(Arrays.asList("plenary", "executive", "party-group", "study-group",
          "special-topic", "county-head-office", "department-county-wide")), new HashSet<>(r.ids(Section.MEETING)));
      assertTrue(r.ids(Section.DEADLINE).containsAll(Arrays.asList("minutes-issue", "consultation-reply")));
      Entry e = r.find(Section.MEETING, "executive");
      assertEquals("县政府常务会议", e.getLabel());
      assertEquals(Section.MEETING, e.getSection());
      try {
        r.find(Section.MEETING, "tea-party");
        fail();
      } catch (NotFoundException expected) {
        // expected
      }
    }
  }

  @Test
  public void otherCounty() {
    try (Rules other = Rules.load(TestData.tests("rules", "other-county.xml"))) {
      assertEquals("other-county-2024", other.getId());
      assertEquals(LocalDate.of(2028, 12, 31), other.getExpires());
    }
  }

  @Test
  public void sectionNames() {
    for (Section s : Section.values()) {
      assertFalse(Quanze.sectionName(s).isEmpty());
    }
    assertEquals("signer", Quanze.capacityName(Capacity.SIGNER));
    // the library's Chinese labels, the same the CLI prints
    assertEquals("代行职责", Quanze.capacityLabel(Capacity.ACTING));
    assertEquals("不在岗", Quanze.capacityLabel(Capacity.ABSENT));
    assertEquals("受委托", Quanze.viaLabel(Via.ENTRUSTED));
    assertEquals("个半天", Quanze.timeUnitLabel(TimeUnit.HALF_DAYS));
  }
}
