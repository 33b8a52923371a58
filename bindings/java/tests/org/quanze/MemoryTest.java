package org.quanze;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

/** No order of close() or garbage collection can leave a dangling pointer. */
public class MemoryTest {
  @Test
  public void answersOutliveAClosedModel() {
    Model model = Model.getDefault();
    Answer answer = model.sign("request", LocalDate.of(2026, 3, 2));
    Answer acting = model.acting("county-head", LocalDate.of(2026, 3, 10));
    WorkCalendar cal = model.getCalendar();
    Org org = model.getOrg();
    model.close();
    model.close();
    assertEquals(QueryKind.SIGN, answer.getKind());
    assertEquals("county-head", acting.getPeople(Capacity.ACTING).get(0).getForPost());
    assertTrue(cal.isWorkday(LocalDate.of(2026, 10, 9)));
    assertEquals("p002", org.holder("county-head", LocalDate.of(2026, 3, 2)));
    cal.close();
    org.close();
    answer.close();
    acting.close();
  }

  @Test
  public void answerListsAreUnmodifiableValues() {
    try (Model model = Model.getDefault()) {
      LocalDate day = LocalDate.of(2026, 3, 10);
      Answer a = model.sign(SignRequest.of("request", day).recipient("city-government").portfolios("justice"));
      Answer b = model.sign(SignRequest.of("request", day).recipient("city-government").portfolios("justice"));
      assertEquals(day, a.getDate());
      assertEquals(a, b);
      assertEquals(a.hashCode(), b.hashCode());
      List<Person> people = a.getPeople();
      assertEquals(new ArrayList<>(people), people);
      assertEquals(people.hashCode(), new ArrayList<>(people).hashCode());
      assertTrue(people.size() > 0 && !people.contains(null));
      // Repeated strings come from the shared cache: equal, whatever object.
      assertEquals(people.get(0).getPost(), b.getPeople().get(0).getPost());
      for (List<?> list : List.of(people, a.getCitations(), a.getRoles())) {
        try {
          list.clear();
          if (!list.isEmpty()) {
            throw new AssertionError("a list of an answer was modified");
          }
        } catch (UnsupportedOperationException expected) {
          // expected
        }
      }
      try {
        people.set(0, null);
        throw new AssertionError("set() was allowed");
      } catch (UnsupportedOperationException expected) {
        // expected
      }
    }
  }

  @Test
  public void anExplainedAnswerNeedsNoOpenModel() {
    Model model = Model.getDefault();
    Answer a = model.sign(SignRequest.of("request", LocalDate.of(2026, 3, 2)).explained(true));
    Answer plain = model.sign(SignRequest.of("request", LocalDate.of(2026, 3, 2)));
    String expected = plain.getExplanation();      // asked again of the open model
    model.close();
    assertEquals(expected, a.getExplanation());    // carried from the start
    assertTrue(a.getExplanation().contains("签发"));
    assertEquals(plain, a);
  }

  @Test
  public void recordsOutliveTheirAnswer() {
    List<Person> people;
    try (Model model = Model.getDefault();
         Answer a = model.acting("county-head", LocalDate.of(2026, 3, 10))) {
      people = a.getPeople();
    }
    assertEquals("executive-deputy", people.get(1).getPost());
  }

  @Test
  public void modelOutlivesItsInputs() {
    Rules r = Rules.getDefault();
    Org o = Org.getDefault();
    WorkCalendar c = WorkCalendar.getDefault();
    Model m = Model.create(r, o, c);
    r.close();
    o.close();
    c.close();
    assertTrue(m.acting("county-head", LocalDate.of(2026, 3, 2)).isFound());
    m.close();
  }

  @Test
  public void garbageCollectionInAnyOrder() {
    List<Answer> answers = new ArrayList<>();
    Model model = Model.getDefault();
    for (int i = 0; i < 2000; i++) {
      answers.add(model.meeting("executive", LocalDate.of(2026, 3, 2)));
    }
    model = null;
    for (int round = 0; round < 3; round++) {
      System.gc();
      System.runFinalization();
    }
    for (int i = 0; i < answers.size(); i += 97) {
      assertEquals(LocalDate.of(2026, 3, 9), answers.get(i).getDue());
    }
    answers.clear();
    System.gc();
    System.runFinalization();
  }
}
