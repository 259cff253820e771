package io.cxlake.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/** Peak heap, peak resident memory and CPU time of this process, as the benchmarks report them. */
final class Memory {

  private Memory() {}

  /** Sum of the heap pools' peaks since the last {@link #resetPeaks}. */
  static long peakHeapBytes() {
    long heap = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) {
        heap += p.getPeakUsage().getUsed();
      }
    }
    return heap;
  }

  /** The process's resident high-water mark (VmHWM), or -1 where /proc does not say. */
  static long peakRssBytes() {
    try {
      for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (l.startsWith("VmHWM:")) {
          return Long.parseLong(l.replaceAll("\\D", "")) * 1024;
        }
      }
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
    return -1;
  }

  /** CPU seconds of the whole process (all threads: tasks, GC, JIT) so far. */
  static double processCpuSeconds() {
    var os = ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() / 1e9 : Double.NaN;
  }

  /**
   * Starts a new peak: the heap pools' peaks are reset, and so is the process's peak RSS (writing 5 to
   * /proc/self/clear_refs, where the kernel allows it), so that the next figures are one job's.
   */
  static void resetPeaks() {
    System.gc();
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      p.resetPeakUsage();
    }
    try {
      Files.writeString(Path.of("/proc/self/clear_refs"), "5");
    } catch (IOException | RuntimeException e) {
      // not Linux or not permitted: the RSS figure stays the process's peak so far
    }
  }
}
