import java.time.LocalDate;
import org.quanze.Answer;
import org.quanze.WorkCalendar;
import org.quanze.Model;
import org.quanze.SignRequest;

/**
 * Per-call cost of the Java binding (compare with bench/bench_calendar.c and
 * bench/bench_query.c, which ask the same questions in C).
 *
 *   java -cp build/bindings/java/quanze.jar bench/BindingsBench.java
 */
public final class BindingsBench {
  interface Body {
    void run(int n);
  }

  static double best(Body body, int n) {
    double best = Double.MAX_VALUE;
    for (int round = 0; round < 7; round++) { // the first rounds warm up the JIT
      long t0 = System.nanoTime();
      body.run(n);
      best = Math.min(best, (System.nanoTime() - t0) / (double) n);
    }
    return best;
  }

  static long sink;

  public static void main(String[] args) throws Exception {
    int scale = args.length > 0 && args[0].equals("--quick") ? 10 : 1;
    LocalDate d0 = LocalDate.of(2026, 3, 2);
    LocalDate a = LocalDate.of(2025, 3, 3);
    LocalDate b = LocalDate.of(2026, 3, 3);
    LocalDate present = LocalDate.of(2026, 6, 10);
    LocalDate away = LocalDate.of(2026, 3, 10);
    LocalDate[] days = new LocalDate[100000];
    int[] epochDays = new int[days.length];
    for (int i = 0; i < days.length; i++) {
      days[i] = LocalDate.of(2025, 1, 1).plusDays(i % 700);
      epochDays[i] = (int) days[i].toEpochDay();
    }
    SignRequest request = SignRequest.of("request", present).recipient("city-government").portfolios("justice");
    SignRequest[] mix = {
      SignRequest.of("notice", present).portfolios("justice"),
      SignRequest.of("notice", away).portfolios("justice"),
      SignRequest.of("request", present).recipient("city-government").portfolios("justice"),
      SignRequest.of("request", away).recipient("city-government").portfolios("justice"),
    };
    try (WorkCalendar cal = WorkCalendar.getDefault(); Model model = Model.getDefault()) {
      System.out.printf("quanze Java binding benchmark (%s, Java %s, best of 7)%n",
          org.quanze.Quanze.versionString(), System.getProperty("java.version"));
      System.out.printf("%-36s %12s%n", "call", "Java ns");
      row("isWorkday(date)", best(n -> {
        for (int i = 0; i < n; i++) {
          sink += cal.isWorkday(d0) ? 1 : 0;
        }
      }, 1000000 / scale));
      row("addWorkdays(date, 5)", best(n -> {
        for (int i = 0; i < n; i++) {
          sink += cal.addWorkdays(d0, 5).getDayOfMonth();
        }
      }, 1000000 / scale));
      row("workdaysBetween(a, b), a year", best(n -> {
        for (int i = 0; i < n; i++) {
          sink += cal.workdaysBetween(a, b);
        }
      }, 1000000 / scale));
      row("addWorkdays(LocalDate[], 5), per item", best(n -> {
        for (int k = 0; k < n / days.length; k++) {
          sink += cal.addWorkdays(days, 5).length;
        }
      }, 2000000 / scale));
      row("addWorkdays(int[], 5), per item", best(n -> {
        for (int k = 0; k < n / days.length; k++) {
          sink += cal.addWorkdays(epochDays, 5).length;
        }
      }, 2000000 / scale));
      row("sign (bench_query mix)", best(n -> {
        for (int i = 0; i < n; i++) {
          try (Answer ans = model.sign(mix[i & 3])) {
            sink += ans.isFound() ? 1 : 0;
          }
        }
      }, 100000 / scale));
      row("sign + read the signer's name", best(n -> {
        for (int i = 0; i < n; i++) {
          try (Answer ans = model.sign(request)) {
            sink += ans.getPerson().getName().length();
          }
        }
      }, 100000 / scale));
      row("meeting (bench_query mix)", best(n -> {
        for (int i = 0; i < n; i++) {
          try (Answer ans = model.meeting("executive", (i & 1) != 0 ? away : present)) {
            sink += ans.isFound() ? 1 : 0;
          }
        }
      }, 40000 / scale));
      row("acting (bench_query mix)", best(n -> {
        for (int i = 0; i < n; i++) {
          try (Answer ans = model.acting("county-head", (i & 1) != 0 ? away : present)) {
            sink += ans.isFound() ? 1 : 0;
          }
        }
      }, 100000 / scale));
      // Two threads on one shared model, as an OA server runs it.
      int n = 100000 / scale;
      Thread[] threads = new Thread[2];
      long t0 = System.nanoTime();
      for (int t = 0; t < threads.length; t++) {
        threads[t] = new Thread(() -> {
          for (int i = 0; i < n; i++) {
            try (Answer ans = model.sign(mix[i & 3])) {
              sink += ans.isFound() ? 1 : 0;
            }
          }
        });
        threads[t].start();
      }
      for (Thread t : threads) {
        t.join();
      }
      double secs = (System.nanoTime() - t0) / 1e9;
      System.out.printf("%-36s %12.0f questions/s%n", "sign, two threads", 2 * n / secs);
    }
  }

  static void row(String name, double ns) {
    System.out.printf("%-36s %12.1f%n", name, ns);
  }
}
