package org.sdl.data;

import java.util.concurrent.ForkJoinPool;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * How many cores sdl's parallel work may use: `set processors #` / `set threads #` (default: all).
 * Sorting, grouping, merging, CSV parsing and the estimators' row ranges all go through here, so
 * one setting bounds them all. The split of the work never depends on this number, so results
 * are the same for any setting; only the speed changes.
 *
 * <p>Process-wide, as Stata's setting is: a REPL or script has one session at a time.
 */
public final class Parallelism {
    private static volatile int threads = Runtime.getRuntime().availableProcessors();
    private static ForkJoinPool pool;

    private Parallelism() {}

    public static int threads() {
        return threads;
    }

    public static synchronized void setThreads(int n) {
        int t = Math.max(1, n);
        if (t != threads && pool != null) {
            pool.shutdown();
            pool = null;
        }
        threads = t;
    }

    /** body(0) … body(count - 1), on up to threads() cores; on the caller's thread when 1. */
    public static void forEach(int count, IntConsumer body) {
        if (threads == 1 || count <= 1) {
            for (int i = 0; i < count; i++) {
                body.accept(i);
            }
            return;
        }
        // a parallel stream run from a task of a pool uses that pool's workers
        pool().submit(() -> IntStream.range(0, count).parallel().forEach(body)).join();
    }

    private static synchronized ForkJoinPool pool() {
        if (pool == null) {
            pool = new ForkJoinPool(threads, p -> {
                var w = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(p);
                w.setDaemon(true);
                w.setName("sdl-worker-" + w.getPoolIndex());
                return w;
            }, null, false);
        }
        return pool;
    }
}
