package org.quanze;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Loads the native libraries. The jar carries them under
 * {@code org/quanze/native/<os>-<arch>/}; they are copied to a temporary
 * directory and loaded from there. Without them (a build tree, a system
 * install), {@code System.loadLibrary("quanzejni")} finds the library on
 * {@code java.library.path}.
 */
final class NativeLoader {
  private static boolean loaded;

  private NativeLoader() {}

  static synchronized void load() {
    if (loaded) {
      return;
    }
    String dir = "native/" + System.getProperty("os.name").toLowerCase().replace(' ', '-') + "-"
        + System.getProperty("os.arch") + "/";
    String index = readResource(dir + "libraries.txt");
    if (index == null) {
      System.loadLibrary("quanzejni");
    } else {
      loadFromJar(dir, index.trim().split("\\s+"));
    }
    loaded = true;
  }

  private static void loadFromJar(String dir, String[] names) {
    try {
      Path tmp = Files.createTempDirectory("quanze-native");
      tmp.toFile().deleteOnExit();
      // In dependency order: libquanze first, so the JNI library finds it loaded.
      for (String name : names) {
        Path file = tmp.resolve(name);
        try (InputStream in = NativeLoader.class.getResourceAsStream(dir + name)) {
          if (in == null) {
            throw new UnsatisfiedLinkError("missing " + dir + name + " in the jar");
          }
          Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        file.toFile().deleteOnExit();
        System.load(file.toAbsolutePath().toString());
      }
    } catch (IOException e) {
      UnsatisfiedLinkError err = new UnsatisfiedLinkError("cannot extract the native libraries: " + e);
      err.initCause(e);
      throw err;
    }
  }

  private static String readResource(String name) {
    try (InputStream in = NativeLoader.class.getResourceAsStream(name)) {
      return in == null ? null : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      return null;
    }
  }
}
