package org.sdl.interp;

import java.util.Arrays;
import java.util.List;
import org.sdl.data.KeyRanks;
import org.sdl.data.Dataset;
import org.sdl.interp.expr.EvalContext;

/** The groups of a {@code by varlist:} prefix over data sorted by those variables. */
public final class ByGroups {
    private final List<String> vars;
    private final int[] starts;
    private final int[] groupStart;
    private final int[] groupEnd;

    private ByGroups(List<String> vars, int[] starts, int[] groupStart, int[] groupEnd) {
        this.vars = vars;
        this.starts = starts;
        this.groupStart = groupStart;
        this.groupEnd = groupEnd;
    }

    /**
     * Finds group boundaries; the data must already be sorted by vars. A group ends where the
     * rank of the key combination changes: one int comparison per row instead of comparing
     * every key's values.
     */
    public static ByGroups of(Dataset data, List<String> vars) {
        int n = data.nObs();
        int[] rank = KeyRanks.of(data, vars).ranks();
        int[] s = new int[Math.min(n, 16)];
        int count = 0;
        int[] gs = new int[n];
        int[] ge = new int[n];
        int start = 0;
        for (int i = 1; i <= n; i++) {
            if (i == n || rank[i] != rank[i - 1]) {
                if (count == s.length) {
                    s = Arrays.copyOf(s, count * 2);
                }
                s[count++] = start;
                Arrays.fill(gs, start, i, start);
                Arrays.fill(ge, start, i, i);
                start = i;
            }
        }
        return new ByGroups(List.copyOf(vars), Arrays.copyOf(s, count), gs, ge);
    }

    public List<String> vars() {
        return vars;
    }

    public int count() {
        return starts.length;
    }

    public int start(int g) {
        return starts[g];
    }

    public int end(int g) {
        return g + 1 < starts.length ? starts[g + 1] : groupEnd.length;
    }

    public EvalContext context() {
        return EvalContext.grouped(groupStart.length, groupStart, groupEnd);
    }
}
