package org.quanze;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * An audit in progress over one model: records one at a time, as an OA
 * workflow's event hooks see them ({@link #add(AuditRecord)}), or whole files
 * streamed ({@link #audit(Path...)}); {@link #finish()} after the last record
 * judges the periodic obligations; {@link #getSummary()} counts.
 *
 * <pre>{@code
 * try (Auditor auditor = model.auditor()) {
 *   for (AuditFinding f : auditor.add(AuditRecord.of("leave").set("post", "justice-principal")
 *       .set("depart", LocalDate.of(2026, 6, 10)).set("notified", LocalDate.of(2026, 6, 8)))) {
 *     System.out.println(f);
 *   }
 * }
 * }</pre>
 *
 * <p>Holds native state: {@code AutoCloseable}, released by a {@code Cleaner}
 * when dropped unclosed. Its methods are synchronized; a file stream must be
 * consumed or closed before the auditor is used otherwise.
 */
public final class Auditor implements AutoCloseable {
  private final NativeAuditor handle;

  Auditor(Model model, boolean failFast) {
    handle = NativeAuditor.create(model, failFast);
  }

  /** Audits one record and returns its findings. */
  public synchronized List<AuditFinding> add(AuditRecord record) {
    Objects.requireNonNull(record, "record");
    return add(record.getFields(), record.getFile(), record.getLine());
  }

  /** Audits one record given as column names and values; {@code file} and {@code line} (may be null and 0) name its position. */
  public synchronized List<AuditFinding> add(Map<String, String> record, String file, int line) {
    Objects.requireNonNull(record, "record");
    List<String> keys = new ArrayList<>(record.size());
    List<String> values = new ArrayList<>(record.size());
    for (Map.Entry<String, String> e : record.entrySet()) {
      if (e.getValue() != null) {
        keys.add(Objects.requireNonNull(e.getKey(), "column"));
        values.add(e.getValue());
      }
    }
    return findings(handle.record(keys, values, file, line));
  }

  /** Judges the periodic obligations over every whole period the records span; returns those findings. */
  public synchronized List<AuditFinding> finish() {
    return findings(handle.finish());
  }

  /** The counts so far. */
  public synchronized AuditSummary getSummary() {
    return AuditSummary.decode(handle.summary());
  }

  /**
   * Audits the records files (.csv, .jsonl, .ndjson) lazily: the library
   * reads on (on a thread of its own) as the stream is consumed, so a log of
   * any length is never held in memory. Close the stream to stop early.
   * The periodic obligations are not judged: call {@link #finish()} after.
   */
  public Stream<AuditFinding> audit(Path... paths) {
    return stream(paths, false, false);
  }

  Stream<AuditFinding> stream(Path[] paths, boolean finish, boolean closeAtEnd) {
    Objects.requireNonNull(paths, "paths");
    List<String> names = new ArrayList<>(paths.length);
    for (Path p : paths) {
      names.add(Objects.requireNonNull(p, "path").toString());
    }
    synchronized (this) {
      handle.start(names, finish);
    }
    Spliterator<AuditFinding> findings =
        new Spliterators.AbstractSpliterator<AuditFinding>(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL) {
          private final ArrayDeque<AuditFinding> queue = new ArrayDeque<>();
          private boolean end;

          @Override
          public boolean tryAdvance(Consumer<? super AuditFinding> action) {
            while (queue.isEmpty()) {
              if (end) {
                return false;
              }
              byte[] batch = handle.take();
              if (batch == null) {
                end = true;
                if (closeAtEnd) {
                  close();
                }
                return false;
              }
              AuditFinding.decodeAll(batch, queue);
            }
            action.accept(queue.poll());
            return true;
          }
        };
    return StreamSupport.stream(findings, false).onClose(() -> {
      if (closeAtEnd) {
        close();
      } else {
        synchronized (this) {
          handle.stop();
        }
      }
    });
  }

  private static List<AuditFinding> findings(byte[] bytes) {
    List<AuditFinding> out = new ArrayList<>();
    AuditFinding.decodeAll(bytes, out);
    return out.isEmpty() ? Collections.emptyList() : Collections.unmodifiableList(out);
  }

  /** Releases the native audit (stopping a file audit in progress). Safe to call twice. */
  @Override
  public void close() {
    handle.delete();
  }

  @Override
  public String toString() {
    return "Auditor";
  }
}
