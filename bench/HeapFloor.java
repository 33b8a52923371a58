import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The resident memory a JVM reaches with nothing but short-lived garbage:
 * THREADS threads each allocate OPS byte arrays of BYTES bytes (dropped at
 * once, as an answer that is read and dropped), no native library. The
 * floor against which AnswerBench --stress is read: with the default heap,
 * what the process keeps resident is set by how far the collector lets the
 * heap grow, whatever allocates.
 *
 *   java [-Xmx256m] bench/HeapFloor.java [BYTES [THREADS [OPS [RATE]]]]
 *
 * defaults: 860 bytes (what a sign question with its people read allocates,
 * see AnswerBench), 16 threads, 1,000,000 operations each, as fast as
 * possible. RATE (operations per second, all threads together) paces the
 * loop to the rate AnswerBench --stress reached, so that the collector sees
 * the same allocation rate: how far G1 grows the heap depends on it.
 */
public final class HeapFloor {
  static volatile long sink;

  static long status(String key) throws Exception {
    for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
      if (line.startsWith(key + ":")) {
        return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024; // MB
      }
    }
    return -1;
  }

  public static void main(String[] args) throws Exception {
    int bytes = args.length > 0 ? Integer.parseInt(args[0]) : 860;
    int nthreads = args.length > 1 ? Integer.parseInt(args[1]) : 16;
    int ops = args.length > 2 ? Integer.parseInt(args[2]) : 1_000_000;
    double perThreadRate = args.length > 3 ? Double.parseDouble(args[3]) / nthreads : 0;
    Thread[] threads = new Thread[nthreads];
    long t0 = System.nanoTime();
    for (int t = 0; t < nthreads; t++) {
      threads[t] = new Thread(() -> {
        long s = 0;
        long start = System.nanoTime();
        for (int i = 0; i < ops; i++) {
          byte[] b = new byte[bytes];
          b[i % bytes] = 1;
          s += b[(i * 7) % bytes];
          if (perThreadRate > 0 && i % 1000 == 999) {
            long ahead = (long) (i / perThreadRate * 1e3) - (System.nanoTime() - start) / 1_000_000;
            if (ahead > 0) {
              try {
                Thread.sleep(ahead);
              } catch (InterruptedException e) {
                return;
              }
            }
          }
        }
        sink += s;
      });
      threads[t].start();
    }
    for (Thread t : threads) {
      t.join();
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    System.out.printf("floor: %d threads x %d allocations of %d bytes, %.1f s (%.0f operations/s)%n", nthreads,
        ops, bytes, secs, nthreads * (double) ops / secs);
    StringBuilder sb = new StringBuilder("heap: committed now ");
    sb.append(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getCommitted() >> 20)
        .append(" MB; peak committed");
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        sb.append(", ").append(pool.getName()).append(' ').append(pool.getPeakUsage().getCommitted() >> 20)
            .append(" MB");
      }
    }
    System.out.println(sb);
    System.out.printf("RSS %d MB, peak %d MB, heap initial %d MB, max %d MB%n", status("VmRSS"), status("VmHWM"),
        ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getInit() >> 20,
        Runtime.getRuntime().maxMemory() >> 20);
  }
}
