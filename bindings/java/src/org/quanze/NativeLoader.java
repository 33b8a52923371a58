package org.quanze;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/**
 * Loads the native libraries.
 *
 * <p>The jar carries them under {@code org/quanze/native/<os>-<arch>/}
 * ({@code linux-x86_64}, {@code linux-aarch64}); the loader picks the
 * running platform's, copies them to a fresh directory and loads them from
 * there. Two system properties change this:
 * <ul>
 * <li>{@code org.quanze.nativeDir}: the directory to extract into (instead
 *     of {@code java.io.tmpdir}), for servers whose {@code /tmp} is mounted
 *     {@code noexec};
 * <li>{@code org.quanze.useSystemLibrary=true}: load the system's
 *     {@code libquanzejni} (found on {@code java.library.path}, e.g. from the
 *     {@code libquanze-java} package) and extract nothing.
 * </ul>
 * A jar without natives for the platform falls back to the system library too.
 */
final class NativeLoader {
  /** The extraction directory's system property. */
  static final String DIR_PROPERTY = "org.quanze.nativeDir";
  /** The system property that selects the system-installed libraries. */
  static final String SYSTEM_PROPERTY = "org.quanze.useSystemLibrary";

  private static boolean loaded;

  private NativeLoader() {}

  static synchronized void load() {
    if (loaded) {
      return;
    }
    String dir = "native/" + platform() + "/";
    String index = Boolean.getBoolean(SYSTEM_PROPERTY) ? null : readResource(dir + "libraries.txt");
    if (index == null) {
      System.loadLibrary("quanzejni");
    } else {
      loadFromJar(dir, index.trim().split("\\s+"));
    }
    loaded = true;
  }

  /** The platform as the jar names it: os-arch, e.g. linux-x86_64. */
  static String platform() {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).replace(' ', '-');
    String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
    switch (arch) {
      case "amd64":
      case "x86-64":
      case "x86_64":
        arch = "x86_64";
        break;
      case "arm64":
      case "aarch64":
        arch = "aarch64";
        break;
      default:
        break;
    }
    return os + "-" + arch;
  }

  private static void loadFromJar(String dir, String[] names) {
    try {
      String base = System.getProperty(DIR_PROPERTY);
      Path tmp;
      if (base != null && !base.isEmpty()) {
        Path parent = Paths.get(base);
        Files.createDirectories(parent);
        tmp = Files.createTempDirectory(parent, "quanze-native");
      } else {
        tmp = Files.createTempDirectory("quanze-native");
      }
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
        try {
          System.load(file.toAbsolutePath().toString());
        } catch (UnsatisfiedLinkError e) {
          UnsatisfiedLinkError err = new UnsatisfiedLinkError(e.getMessage() + " (if " + tmp.getParent()
              + " is mounted noexec, set -D" + DIR_PROPERTY + "=<a directory that allows executables>)");
          err.initCause(e);
          throw err;
        }
      }
    } catch (IOException e) {
      UnsatisfiedLinkError err = new UnsatisfiedLinkError("cannot extract the native libraries: " + e
          + " (set -D" + DIR_PROPERTY + "=<directory> to choose where)");
      err.initCause(e);
      throw err;
    }
  }

  private static String readResource(String name) {
    try (InputStream in = NativeLoader.class.getResourceAsStream(name)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return null;
    }
  }
}
