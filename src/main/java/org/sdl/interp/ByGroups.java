package org.sdl.interp;

import java.util.ArrayList;
import java.util.List;
import org.sdl.data.DataSort;
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

    /** Finds group boundaries; the data must already be sorted by vars. */
    public static ByGroups of(Dataset data, List<String> vars) {
        int n = data.nObs();
        List<Integer> s = new ArrayList<>();
        int[] gs = new int[n];
        int[] ge = new int[n];
        int start = 0;
        for (int i = 1; i <= n; i++) {
            if (i == n || !DataSort.sameKeys(data, vars, i - 1, i)) {
                s.add(start);
                for (int j = start; j < i; j++) {
                    gs[j] = start;
                    ge[j] = i;
                }
                start = i;
            }
        }
        int[] starts = new int[s.size()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = s.get(i);
        }
        return new ByGroups(List.copyOf(vars), starts, gs, ge);
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
