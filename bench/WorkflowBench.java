import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.quanze.AuditFinding;
import org.quanze.Model;
import org.quanze.SignRequest;

/**
 * Cost of the OA workflow calls through the Java binding: a check (with its
 * candidates read) against the sign question it asks (with its people read),
 * and an audit of a records file (e.g. one written by bench/gen_records.py)
 * through the lazy Stream of Model.audit().
 *
 *   java -cp build/bindings/java/quanze.jar bench/WorkflowBench.java [RECORDS.csv]
 */
public final class WorkflowBench {
  public static void main(String[] args) {
    try (Model m = Model.getDefault()) {
      SignRequest r = SignRequest.of("request", LocalDate.of(2026, 6, 10)).recipient("city-government")
          .portfolios("justice");
      int n = 200000;
      long sink = 0;
      for (int round = 0; round < 3; round++) {
        long t = System.nanoTime();
        for (int i = 0; i < n; i++) {
          sink += m.sign(r).getPeople().size();
        }
        long sign = System.nanoTime() - t;
        t = System.nanoTime();
        for (int i = 0; i < n; i++) {
          sink += m.checkSign("deputy-1", r).getCandidates().size();
        }
        long check = System.nanoTime() - t;
        System.out.printf("round %d: sign + people %.2f us, checkSign + candidates %.2f us%n", round,
            sign / 1e3 / n, check / 1e3 / n);
      }
      if (args.length > 0) {
        long t = System.nanoTime();
        long count;
        try (Stream<AuditFinding> s = m.audit(Paths.get(args[0]))) {
          count = s.count();
        }
        System.out.printf("audit %s: %d findings in %.2f s wall%n", args[0], count, (System.nanoTime() - t) / 1e9);
      }
      if (sink == 42) {
        System.out.println();
      }
    }
  }
}
