package org.sdl.stats.design;

import java.util.ArrayList;
import java.util.List;

/** Columns of a design under construction, with names and omitted flags. */
final class ColumnSet {
    private final int n;
    private final List<double[]> cols = new ArrayList<>();
    private final List<String> names = new ArrayList<>();
    private final List<Boolean> omitted = new ArrayList<>();
    /** Rows where a column is nonzero, when known from its construction (else null). */
    private final List<int[]> supports = new ArrayList<>();

    ColumnSet(int n) {
        this.n = n;
    }

    void add(String name, double[] col, boolean omit) {
        add(name, col, omit, null);
    }

    /** @param support the rows where col is nonzero, in increasing order, or null if unknown */
    void add(String name, double[] col, boolean omit, int[] support) {
        cols.add(col);
        names.add(name);
        omitted.add(omit);
        supports.add(support);
    }

    int[][] supports() {
        return supports.toArray(new int[0][]);
    }

    int size() {
        return cols.size();
    }

    double[] column(int j) {
        return cols.get(j);
    }

    String name(int j) {
        return names.get(j);
    }

    boolean isOmitted(int j) {
        return omitted.get(j);
    }

    void omit(int j, String newName) {
        omitted.set(j, true);
        names.set(j, newName);
    }

    int n() {
        return n;
    }

    double[][] columns() {
        return cols.toArray(new double[0][]);
    }

    List<String> names() {
        return List.copyOf(names);
    }

    boolean[] omitted() {
        boolean[] o = new boolean[omitted.size()];
        for (int j = 0; j < o.length; j++) {
            o[j] = omitted.get(j);
        }
        return o;
    }
}
