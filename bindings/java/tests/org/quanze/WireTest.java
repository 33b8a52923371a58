package org.quanze;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.Test;

/** The reader of what the native side writes, and its shared String cache. */
public class WireTest {
  private static void putInt(ByteArrayOutputStream out, int v) {
    out.write(v);
    out.write(v >> 8);
    out.write(v >> 16);
    out.write(v >> 24);
  }

  private static byte[] strings(String... items) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (String s : items) {
      if (s == null) {
        putInt(out, -1);
      } else {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        putInt(out, b.length);
        out.write(b, 0, b.length);
      }
    }
    return out.toByteArray();
  }

  @Test
  public void stringsComeBackExactly() {
    // Same length, same first, middle and last bytes: only the content check tells them apart.
    String a = "第五十四条甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未第五十四条";
    String b = "第五十四条甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午申第五十四条";
    String emoji = "𠀋名";  // outside the Basic Multilingual Plane
    Wire w = new Wire(strings(a, b, a, null, "", "deputy-1", emoji, b));
    String a1 = w.str();
    assertEquals(a, a1);
    assertEquals(b, w.str());
    assertEquals(a, w.str());
    assertNull(w.str());
    assertEquals("", w.str());
    assertEquals("deputy-1", w.str());
    assertEquals(emoji, w.str());
    assertEquals(b, w.str());
    assertTrue(w.done());
  }

  @Test
  public void repeatedTextIsShared() {
    String name = "县政府办公室";
    Wire w = new Wire(strings(name, name));
    assertSame(w.str(), w.str());
  }
}
