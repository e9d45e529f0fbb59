package org.sdl.interp.expr;

/**
 * The observation frame an expression is evaluated in: the dataset size and, under a by
 * prefix, each row's group bounds, so _n, _N and x[i] are relative to the group as in Stata.
 */
public final class EvalContext {
    private final int n;
    private final int[] groupStart;
    private final int[] groupEnd;

    private EvalContext(int n, int[] groupStart, int[] groupEnd) {
        this.n = n;
        this.groupStart = groupStart;
        this.groupEnd = groupEnd;
    }

    public static EvalContext whole(int n) {
        return new EvalContext(n, null, null);
    }

    /** groupStart[i] / groupEnd[i] (exclusive) give row i's group. */
    public static EvalContext grouped(int n, int[] groupStart, int[] groupEnd) {
        return new EvalContext(n, groupStart, groupEnd);
    }

    public int n() {
        return n;
    }

    public int start(int row) {
        return groupStart == null ? 0 : groupStart[row];
    }

    public int end(int row) {
        return groupEnd == null ? n : groupEnd[row];
    }
}
