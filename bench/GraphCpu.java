// CPU time of an sdl script part, measured inside one JVM (process CPU incl. JIT/GC threads, main
// thread CPU, wall), repeated: for benchmarks on a loaded machine where wall time means little.
//   usage: java -cp target/sdl.jar bench/GraphCpu.java "setup commands" "measured commands" reps
import java.lang.management.ManagementFactory;
import java.io.PrintStream;
import java.io.OutputStream;

public class GraphCpu {
    public static void main(String[] a) throws Exception {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        var th = ManagementFactory.getThreadMXBean();
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        var e = new org.sdl.repl.Engine(quiet, System.err, false);
        e.runText("setup", a[0]);
        for (int r = 0; r < Integer.parseInt(a[2]); r++) {
            long p0 = os.getProcessCpuTime();
            long t0 = th.getCurrentThreadCpuTime();
            long w0 = System.nanoTime();
            int rc = e.runText("work", a[1]);
            long w1 = System.nanoTime();
            System.out.printf("rc=%d process CPU %.3f s, main thread CPU %.3f s, wall %.3f s%n", rc,
                (os.getProcessCpuTime() - p0) / 1e9, (th.getCurrentThreadCpuTime() - t0) / 1e9, (w1 - w0) / 1e9);
        }
    }
}
