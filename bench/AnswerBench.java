import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.quanze.Answer;
import org.quanze.Model;
import org.quanze.ModelSlot;
import org.quanze.Org;
import org.quanze.Person;
import org.quanze.Rules;
import org.quanze.SignRequest;

/**
 * What an OA server pays per question, used the way integrators use it:
 * answers are read and dropped, never closed.
 *
 *   java -cp build/bindings/java/quanze.jar bench/AnswerBench.java [--quick]
 *       [--stress THREADS QUESTIONS_PER_THREAD]
 *
 * The first part prints microseconds per sign question with its people read
 * (one thread). --stress runs THREADS threads asking QUESTIONS_PER_THREAD
 * questions each on a ModelSlot that another thread reloads every 10 ms
 * (Org.load + Model.create with the shared rules and calendar), and prints
 * the peak resident set size (VmHWM) and the final one (VmRSS).
 * Also prints the bytes allocated on the Java heap per question
 * (HotSpot's per-thread count) and, for --stress, how far the collector let
 * the heap grow. Uses only API that 0.1 and 0.2 share, so the same file
 * measures both jars.
 */
public final class AnswerBench {
  static long sink;

  static final SignRequest[] MIX = {
    SignRequest.of("notice", LocalDate.of(2026, 6, 10)).portfolios("justice"),
    SignRequest.of("notice", LocalDate.of(2026, 3, 10)).portfolios("justice"),
    SignRequest.of("request", LocalDate.of(2026, 6, 10)).recipient("city-government").portfolios("justice"),
    SignRequest.of("request", LocalDate.of(2026, 3, 10)).recipient("city-government").portfolios("justice"),
  };

  static int readPeople(Answer a) {
    int n = 0;
    List<Person> people = a.getPeople();
    for (Person p : people) {
      n += p.getName().length() + p.getPost().length();
    }
    return n;
  }

  static long status(String key) throws Exception {
    for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
      if (line.startsWith(key + ":")) {
        return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024; // MB
      }
    }
    return -1;
  }

  public static void main(String[] args) throws Exception {
    boolean quick = args.length > 0 && args[0].equals("--quick");
    if (args.length == 3 && args[0].equals("--stress")) {
      stress(Integer.parseInt(args[1]), Integer.parseInt(args[2]));
      return;
    }
    int n = quick ? 20000 : 200000;
    Model model = Model.getDefault();
    double best = Double.MAX_VALUE;
    double bestCpu = Double.MAX_VALUE;
    double bytes = Double.MAX_VALUE;
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    for (int round = 0; round < 7; round++) { // the first rounds warm up the JIT
      long a0 = allocated();
      long t0 = System.nanoTime();
      long c0 = mx.getCurrentThreadCpuTime();
      for (int i = 0; i < n; i++) {
        sink += readPeople(model.sign(MIX[i & 3]));
      }
      bestCpu = Math.min(bestCpu, (mx.getCurrentThreadCpuTime() - c0) / 1e3 / n);
      best = Math.min(best, (System.nanoTime() - t0) / 1e3 / n);
      bytes = Math.min(bytes, (allocated() - a0) / (double) n);
    }
    // On a busy machine the thread's CPU time is the steadier figure.
    System.out.printf("sign + people read, answer not closed: %.2f us/question wall, %.2f us CPU (best of 7 x %d)%n",
        best, bestCpu, n);
    // What the garbage collector has to take back per question (Java heap
    // only: the native side frees its answer within the call).
    System.out.printf("allocated on the Java heap: %.0f bytes/question%n", bytes);
    System.out.printf("RSS %d MB, peak %d MB, heap max %d MB%n", status("VmRSS"), status("VmHWM"),
        Runtime.getRuntime().maxMemory() >> 20);
  }

  /**
   * How far the garbage collector let the heap grow: the peak committed size
   * of each heap pool (eden, survivor, old), the heap committed now, and the
   * collections run.
   */
  static void heapReport() {
    StringBuilder sb = new StringBuilder("heap: committed now ");
    sb.append(java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getCommitted() >> 20)
        .append(" MB; peak committed");
    for (var pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == java.lang.management.MemoryType.HEAP && pool.getPeakUsage() != null) {
        sb.append(", ").append(pool.getName()).append(' ').append(pool.getPeakUsage().getCommitted() >> 20)
            .append(" MB");
      }
    }
    System.out.println(sb);
    for (var gc : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
      System.out.printf("gc %s: %d collections, %.2f s%n", gc.getName(), gc.getCollectionCount(),
          gc.getCollectionTime() / 1e3);
    }
  }

  /** Bytes this thread has allocated on the Java heap so far (HotSpot's count; 0 on a JVM without it). */
  static long allocated() {
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    return mx instanceof com.sun.management.ThreadMXBean
        ? ((com.sun.management.ThreadMXBean) mx).getThreadAllocatedBytes(Thread.currentThread().getId())
        : 0;
  }

  /**
   * With -XX:NativeMemoryTracking=summary: what the JVM itself committed
   * (heap, GC, classes, threads...). RSS minus the JVM's total is memory
   * the JVM does not track, i.e. the native libraries' own (malloc) memory.
   */
  static void nativeMemory() throws Exception {
    boolean nmt = false;
    for (String arg : java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      nmt |= arg.startsWith("-XX:NativeMemoryTracking=") && !arg.endsWith("=off");
    }
    if (!nmt) {
      return;
    }
    String out = jcmd("VM.native_memory", "summary", "scale=MB");
    for (String line : out.split("\n")) {
      String t = line.trim();
      if (t.startsWith("Total:") || t.startsWith("- ") || t.startsWith("(malloc=")) {
        System.out.println("NMT " + t);
      }
    }
    System.out.printf("RSS %d MB (after the NMT report)%n", status("VmRSS"));
  }

  /** The output of jcmd on this process. */
  static String jcmd(String... command) throws Exception {
    java.util.List<String> cmd = new java.util.ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString());
    cmd.add(Long.toString(ProcessHandle.current().pid()));
    cmd.addAll(java.util.Arrays.asList(command));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    p.waitFor();
    return out;
  }

  /**
   * The resident part of the Java heap: the resident pages of /proc/self/smaps
   * inside the heap's address range (as jcmd GC.heap_info gives it).
   */
  static long heapResidentMb() throws Exception {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\[0x([0-9a-f]+), 0x([0-9a-f]+)\\)")
        .matcher(jcmd("GC.heap_info"));
    if (!m.find()) {
      return -1;
    }
    long lo = Long.parseUnsignedLong(m.group(1), 16);
    long hi = Long.parseUnsignedLong(m.group(2), 16);
    boolean inside = false;
    long rss = 0;
    for (String line : Files.readAllLines(Path.of("/proc/self/smaps"))) {
      if (line.matches("^[0-9a-f]+-[0-9a-f]+ .*")) {
        String[] range = line.substring(0, line.indexOf(' ')).split("-");
        long start = Long.parseUnsignedLong(range[0], 16);
        inside = Long.compareUnsigned(start, lo) >= 0 && Long.compareUnsigned(start, hi) < 0;
      } else if (inside && line.startsWith("Rss:")) {
        rss += Long.parseLong(line.replaceAll("[^0-9]", ""));
      }
    }
    return rss / 1024;
  }

  static void stress(int nthreads, int perThread) throws Exception {
    Path org = Files.createTempFile("quanze-stress", ".xml");
    try {
      ModelSlot slot;
      var rules = Rules.getDefault();
      var cal = Model.getDefault().getCalendar();
      try (Org o = Org.getDefault()) {
        o.save(org);
      }
      try (Org o = Org.load(org)) {
        slot = ModelSlot.create(Model.create(rules, o, cal));
      }
      AtomicLong reloads = new AtomicLong();
      AtomicLong allocatedBytes = new AtomicLong();
      Thread[] threads = new Thread[nthreads];
      var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
          .getOperatingSystemMXBean();
      long cpu0 = os.getProcessCpuTime();
      long t0 = System.nanoTime();
      for (int t = 0; t < nthreads; t++) {
        threads[t] = new Thread(() -> {
          long local = 0;
          long a0 = allocated();
          for (int i = 0; i < perThread; i++) {
            Model m = slot.get(); // never closed either: the garbage collector's business
            local += readPeople(m.sign(MIX[i & 3]));
          }
          allocatedBytes.addAndGet(allocated() - a0);
          synchronized (AnswerBench.class) {
            sink += local;
          }
        });
        threads[t].start();
      }
      Thread reloader = new Thread(() -> {
        while (true) {
          try {
            Thread.sleep(10);
          } catch (InterruptedException e) {
            return;
          }
          try (Org o = Org.load(org)) {
            slot.set(Model.create(rules, o, cal));
          }
          reloads.incrementAndGet();
        }
      });
      reloader.setDaemon(true);
      reloader.start();
      for (Thread t : threads) {
        t.join();
      }
      reloader.interrupt();
      reloader.join();
      double secs = (System.nanoTime() - t0) / 1e9;
      double cpuSecs = (os.getProcessCpuTime() - cpu0) / 1e9;
      long questions = nthreads * (long) perThread;
      System.out.printf("stress: %d threads x %d questions, %d reloads, %.1f s wall, %.1f s CPU (%.0f questions/s)%n",
          nthreads, perThread, reloads.get(), secs, cpuSecs, questions / secs);
      System.out.printf("allocated on the Java heap by the asking threads: %.0f bytes/question%n",
          allocatedBytes.get() / (double) questions);
      heapReport();
      long rss = status("VmRSS");
      long heapRss = heapResidentMb();
      System.out.printf("RSS %d MB, peak %d MB, heap max %d MB%n", rss, status("VmHWM"),
          Runtime.getRuntime().maxMemory() >> 20);
      System.out.printf("of the RSS: Java heap %d MB resident, the rest (JVM, libraries, native) %d MB%n", heapRss,
          rss - heapRss);
      nativeMemory();
    } finally {
      Files.deleteIfExists(org);
    }
  }
}
