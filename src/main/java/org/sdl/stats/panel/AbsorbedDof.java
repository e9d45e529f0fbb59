package org.sdl.stats.panel;

/**
 * Degrees of freedom used by absorbed fixed effects, by reghdfe's rules (DoF.mata, default
 * adjustments "pairwise clusters"): a factor nested within a cluster variable costs nothing
 * (all its levels are redundant, df_a_nested); among the rest, every factor but the first has
 * at least one redundant level (all of them, the first included, when some factor is nested);
 * and for each pair (i, j) of the rest, factor j has at least as many redundant levels as the
 * bipartite graph of i and j has connected components (mobility groups). Exact for one and two
 * factors, conservative beyond.
 *
 * @param initial sum of the levels (df_a_initial)
 * @param redundant redundant levels, nested ones included (df_a_redundant)
 * @param nested levels of factors nested within a cluster variable (df_a_nested)
 */
public record AbsorbedDof(int initial, int redundant, int nested, int[] levels, int[] redundantByFactor,
                          boolean[] nestedByFactor) {

    /** df_a = initial - redundant. */
    public int dfA() {
        return initial - redundant;
    }

    public static AbsorbedDof of(Factor[] factors, int[] cluster) {
        int g = factors.length;
        int[] m = new int[g];
        int[] levels = new int[g];
        boolean[] nested = new boolean[g];
        int initial = 0;
        int nestedLevels = 0;
        for (int f = 0; f < g; f++) {
            levels[f] = factors[f].levels();
            initial += levels[f];
            if (cluster != null && factors[f].nestedWithin(cluster)) {
                nested[f] = true;
                m[f] = levels[f];
                nestedLevels += levels[f];
            }
        }
        boolean skipFirst = nestedLevels == 0;
        for (int f = 0; f < g; f++) {
            if (nested[f]) {
                continue;
            }
            if (skipFirst) {
                skipFirst = false;
                continue;
            }
            m[f] = 1;
        }
        for (int i = 0; i < g; i++) {
            if (nested[i]) {
                continue;
            }
            for (int j = i + 1; j < g; j++) {
                if (!nested[j]) {
                    m[j] = Math.max(m[j], components(factors[i], factors[j]));
                }
            }
        }
        int redundant = 0;
        for (int x : m) {
            redundant += x;
        }
        return new AbsorbedDof(initial, redundant, nestedLevels, levels, m, nested);
    }

    /** Connected components of the graph whose nodes are both factors' levels and edges the observations. */
    static int components(Factor a, Factor b) {
        int na = a.levels();
        int[] parent = new int[na + b.levels()];
        for (int v = 0; v < parent.length; v++) {
            parent[v] = v;
        }
        int comps = parent.length;
        int[] ca = a.code();
        int[] cb = b.code();
        for (int i = 0; i < ca.length; i++) {
            int x = find(parent, ca[i]);
            int y = find(parent, na + cb[i]);
            if (x != y) {
                parent[x] = y;
                comps--;
            }
        }
        return comps;
    }

    private static int find(int[] parent, int v) {
        while (parent[v] != v) {
            parent[v] = parent[parent[v]];
            v = parent[v];
        }
        return v;
    }
}
