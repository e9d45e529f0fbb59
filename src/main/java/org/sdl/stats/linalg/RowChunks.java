package org.sdl.stats.linalg;

import org.sdl.data.Parallelism;

/**
 * Splits rows into fixed ranges, works on them in parallel and adds the partial results in
 * range order. The ranges depend only on n, never on the number of threads, so a sum comes out
 * bit-for-bit the same on one core or many (Stata users rerun scripts and diff the logs).
 */
public final class RowChunks {
    /** Rows per range: large enough to amortize scheduling, small enough to balance two cores. */
    public static final int SIZE = 1 << 15;

    private RowChunks() {}

    /** Work on rows [lo, hi) producing a partial result. */
    public interface Task<T> {
        T run(int lo, int hi);
    }

    /** Folds a later range's partial result into an earlier one's. */
    public interface Merge<T> {
        void into(T acc, T part);
    }

    /** Work on rows [lo, hi) that writes only to those rows' outputs. */
    public interface RangeAction {
        void run(int lo, int hi);
    }

    public static int count(int n) {
        return Math.max(1, (n + SIZE - 1) / SIZE);
    }

    public static <T> T reduce(int n, Task<T> task, Merge<T> merge) {
        int c = count(n);
        if (c == 1) {
            return task.run(0, n);
        }
        Object[] parts = new Object[c];
        Parallelism.forEach(c, j -> parts[j] = task.run(j * SIZE, Math.min(n, (j + 1) * SIZE)));
        @SuppressWarnings("unchecked")
        T acc = (T) parts[0];
        for (int j = 1; j < c; j++) {
            @SuppressWarnings("unchecked")
            T part = (T) parts[j];
            merge.into(acc, part);
        }
        return acc;
    }

    public static void forEach(int n, RangeAction action) {
        int c = count(n);
        if (c == 1) {
            action.run(0, n);
            return;
        }
        Parallelism.forEach(c, j -> action.run(j * SIZE, Math.min(n, (j + 1) * SIZE)));
    }

    /** a += b, elementwise. */
    public static void add(double[] a, double[] b) {
        for (int i = 0; i < a.length; i++) {
            a[i] += b[i];
        }
    }

    /** a += b, elementwise. */
    public static void add(double[][] a, double[][] b) {
        for (int i = 0; i < a.length; i++) {
            add(a[i], b[i]);
        }
    }
}
