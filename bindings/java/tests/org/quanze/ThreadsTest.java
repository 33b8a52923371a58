package org.quanze;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.ArrayList;
import org.junit.Test;

/** One shared model answering from many threads, as an OA server uses it. */
public class ThreadsTest {
  private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
  private static final LocalDate AWAY = LocalDate.of(2026, 3, 10);

  @Test
  public void sharedModel() throws Exception {
    final int threads = 16;
    final int rounds = 500;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
    CountDownLatch start = new CountDownLatch(1);
    try (Model model = Model.getDefault()) {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        futures.add(pool.submit(() -> {
          start.await();
          for (int i = 0; i < rounds; i++) {
            Answer s = model.sign(SignRequest.of("request", DAY).recipient("city-government"));
            if (!s.getPerson().getName().equals("高永胜")) {
              errors.add("signer " + s.getPerson());
            }
            Answer a = model.acting("county-head", AWAY);
            if (!a.getPeople(Capacity.ACTING).get(0).getPost().equals("executive-deputy")) {
              errors.add("acting " + a);
            }
            if (!model.getCalendar().addWorkdays(LocalDate.of(2026, 9, 30), 1).equals(LocalDate.of(2026, 10, 8))) {
              errors.add("calendar");
            }
            try {
              model.acting("no-such-post-" + (i % 7), DAY);
              errors.add("no exception");
            } catch (NotFoundException e) {
              // Each thread reads its own last error.
              if (!e.getMessage().contains("no-such-post-" + (i % 7))) {
                errors.add("message " + e.getMessage());
              }
            }
            s.close();
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> f : futures) {
        f.get(120, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdown();
    }
    assertTrue(errors.toString(), errors.isEmpty());
  }

  @Test
  public void hotReload() throws Exception {
    AtomicBoolean stop = new AtomicBoolean();
    ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
    try (Model first = Model.getDefault();
         ModelSlot slot = ModelSlot.create(first);
         Model small = Model.load(null, TestData.tests("org", "small.xml"), null)) {
      Thread[] readers = new Thread[4];
      for (int i = 0; i < readers.length; i++) {
        readers[i] = new Thread(() -> {
          while (!stop.get()) {
            try (Model m = slot.get(); Answer a = m.acting("county-head", DAY)) {
              String id = a.getPerson().getId();
              if (!id.equals("p002") && !id.equals("p1")) {
                errors.add(id);
              }
            } catch (RuntimeException e) {
              errors.add(e.toString());
            }
          }
        });
        readers[i].start();
      }
      for (int i = 0; i < 200; i++) {
        slot.set(i % 2 == 0 ? small : first);
      }
      stop.set(true);
      for (Thread t : readers) {
        t.join();
      }
    }
    assertEquals("[]", errors.toString());
  }
}
