package org.quanze;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotSame;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.fail;

import java.time.LocalDate;
import org.junit.Test;

/**
 * ModelSlot hands every reader the one Model proxy it keeps: no proxy and no
 * native reference per get(), a model taken before a set() keeps answering,
 * and close() on a model from the slot cannot take it from other threads.
 */
public class SlotTest {
  private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

  /** The id of the person acting for the county head (p002 in the default org, p1 in small.xml). */
  private static String acting(Model m) {
    return m.acting("county-head", DAY).getPerson().getId();
  }

  private static Model small() {
    return Model.load(null, TestData.tests("org", "small.xml"), null);
  }

  @Test
  public void getTwiceGivesTheSameUsableModel() {
    try (Model model = Model.getDefault(); ModelSlot slot = ModelSlot.create(model)) {
      Model a = slot.get();
      Model b = slot.get();
      // The same object: the second get() made no proxy and took no native reference.
      assertSame(a, b);
      assertEquals("p002", acting(a));
      assertEquals("高永胜", b.sign(SignRequest.of("request", DAY).recipient("city-government")).getPerson().getName());
    }
  }

  @Test
  public void theSlotKeepsItsOwnReference() {
    ModelSlot slot;
    try (Model model = Model.getDefault()) {
      slot = ModelSlot.create(model);
    }
    try (Model small = small()) {
      assertEquals("p002", acting(slot.get())); // the caller's model is closed, the slot's is not
      slot.set(small);
    }
    assertEquals("p1", acting(slot.get()));
    slot.close();
  }

  @Test
  public void aModelTakenBeforeSetStillAnswers() {
    try (Model first = Model.getDefault(); Model second = small(); ModelSlot slot = ModelSlot.create(first)) {
      Model old = slot.get();
      slot.set(second);
      Model fresh = slot.get();
      assertNotSame(old, fresh);
      assertSame(fresh, slot.get());
      assertEquals("p002", acting(old));
      assertEquals("p1", acting(fresh));
      slot.set(first);
      assertEquals("p1", acting(fresh)); // still the model it was
      assertEquals("p002", acting(slot.get()));
    }
  }

  @Test
  public void closingASlotModelDoesNotBreakAnotherHolder() {
    try (Model model = Model.getDefault(); ModelSlot slot = ModelSlot.create(model)) {
      Model mine = slot.get();
      Model theirs = slot.get();
      try (Model m = slot.get()) { // the 0.2 idiom still compiles and runs
        assertEquals("p002", acting(m));
      }
      mine.close();
      mine.close();
      assertEquals("p002", acting(theirs));
      assertEquals("p002", acting(mine));
      assertEquals("p002", acting(slot.get()));
    }
  }

  @Test
  public void aClosedSlotRefusesButItsModelsStayUsable() {
    Model kept;
    ModelSlot slot;
    try (Model model = Model.getDefault()) {
      slot = ModelSlot.create(model);
      kept = slot.get();
    }
    slot.close();
    slot.close(); // twice is safe
    try {
      slot.get();
      fail();
    } catch (IllegalStateException e) {
      assertEquals("the object is closed", e.getMessage());
    }
    try (Model other = Model.getDefault()) {
      slot.set(other);
      fail();
    } catch (IllegalStateException e) {
      assertEquals("the object is closed", e.getMessage());
    }
    assertEquals("p002", acting(kept));
  }

  @Test
  public void aModelNotFromASlotStillCloses() {
    Model model = Model.getDefault();
    try (ModelSlot slot = ModelSlot.create(model)) {
      model.close();
      try {
        acting(model);
        fail();
      } catch (IllegalStateException e) {
        // expected: only the slot's own proxy ignores close()
      }
      assertEquals("p002", acting(slot.get()));
    }
  }
}
