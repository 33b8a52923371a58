package org.quanze;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.Test;

public class ErrorsTest {
  @Test
  public void hierarchy() {
    assertTrue(RuntimeException.class.isAssignableFrom(QuanzeException.class));
    assertTrue(ParseException.class.isAssignableFrom(SchemaException.class));
    assertTrue(QuanzeException.class.isAssignableFrom(NotFoundException.class));
    assertTrue(QuanzeException.class.isAssignableFrom(OutOfCalendarException.class));
  }

  @Test
  public void malformedCalendarHasLineAndColumn() {
    try {
      WorkCalendar.load(TestData.binding("calendar-malformed.xml"));
      fail();
    } catch (ParseException e) {
      assertFalse(e instanceof SchemaException);
      assertEquals(Status.EPARSE, e.getStatus());
      assertEquals(-3, e.getCode());
      assertTrue(e.getFile().endsWith("calendar-malformed.xml"));
      assertEquals(5, e.getLine());
      assertTrue(e.getColumn() > 0);
    }
  }

  @Test
  public void schemaErrors() {
    try {
      WorkCalendar.load(TestData.binding("calendar-weekday-makeup.xml"));
      fail();
    } catch (SchemaException e) {
      assertEquals(5, e.getLine());
      assertEquals(5, e.getColumn());
    }
    try {
      Org.load(TestData.binding("org-duplicate.xml"));
      fail();
    } catch (SchemaException e) {
      assertEquals(5, e.getLine());
      assertTrue(e.getMessage().contains("line 4"));
    }
    try {
      Rules.load(TestData.binding("rules-malformed.xml"));
      fail();
    } catch (ParseException e) {
      assertEquals(4, e.getLine());
    }
  }

  @Test
  public void namedBuffer() {
    try {
      Org.load("<organisation".getBytes(StandardCharsets.UTF_8), "upload.xml");
      fail();
    } catch (ParseException e) {
      assertEquals("upload.xml", e.getFile());
    }
  }

  @Test
  public void missingFile() {
    try {
      Rules.load(java.nio.file.Paths.get("/nonexistent/rules.xml"));
      fail();
    } catch (FileException e) {
      assertEquals("/nonexistent/rules.xml", e.getFile());
    }
  }

  @Test
  public void notFoundCarriesTheMessage() {
    try (Model m = Model.getDefault()) {
      m.acting("no-such-post", java.time.LocalDate.of(2026, 3, 2));
      fail();
    } catch (NotFoundException e) {
      assertEquals("no post 'no-such-post' in organisation yunxi", e.getMessage());
      assertEquals(Status.ENOTFOUND, e.getStatus());
    }
  }

  @Test
  public void nullArguments() {
    try (WorkCalendar cal = WorkCalendar.getDefault()) {
      cal.isWorkday(null);
      fail();
    } catch (NullPointerException expected) {
      // expected
    }
  }

  @Test
  public void nullArgumentsNameTheParameter() {
    try (Model model = Model.getDefault(); Org org = Org.getDefault()) {
      assertNpe("rules", () -> Model.create(null, org, model.getCalendar()));
      assertNpe("model", () -> ModelSlot.create(null));
      assertNpe("post", () -> model.acting(null, LocalDate.of(2026, 3, 2)));
      assertNpe("date", () -> model.acting("county-head", null));
      ModelSlot slot = ModelSlot.create(model);
      assertNpe("model", () -> slot.set(null));
      Model closed = Model.getDefault();
      closed.close();
      try {
        slot.set(closed);
        fail();
      } catch (IllegalStateException e) {
        assertEquals("model is closed", e.getMessage());
      }
      slot.close();
      slot.close(); // twice is safe
    }
  }

  private static void assertNpe(String name, Runnable r) {
    try {
      r.run();
      fail("no NullPointerException for " + name);
    } catch (NullPointerException e) {
      assertEquals(name, e.getMessage());
    }
  }

  @Test
  public void noSwigInternalsInThePublicApi() {
    for (Class<?> c : new Class<?>[] {Model.class, ModelSlot.class, Org.class, Rules.class, WorkCalendar.class,
                                      Day.class, Tenure.class, Absence.class, Entrustment.class, Entry.class,
                                      Matter.class, Answer.class, Person.class, Citation.class}) {
      for (java.lang.reflect.Method m : c.getMethods()) {
        assertFalse(c + "." + m.getName(), m.getName().equals("delete") || m.getName().equals("getCPtr")
            || m.getName().startsWith("swig") || m.getName().equals("finalize"));
      }
      for (java.lang.reflect.Constructor<?> k : c.getConstructors()) {
        fail("public constructor " + k);
      }
      for (java.lang.reflect.Field f : c.getFields()) {
        fail("public field " + f);
      }
    }
  }

  @Test
  public void nonAsciiFileNames() throws Exception {
    java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("quanze");
    java.nio.file.Path file = dir.resolve("日历𠀀.xml");
    java.nio.file.Files.write(file, "<calendar".getBytes(StandardCharsets.UTF_8));
    try {
      WorkCalendar.load(file);
      fail();
    } catch (ParseException e) {
      assertEquals(file.toString(), e.getFile());
    } finally {
      java.nio.file.Files.delete(file);
      java.nio.file.Files.delete(dir);
    }
  }
}
