package org.sdl.interp.commands.graphstats;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.sdl.data.Column;
import org.sdl.data.Dataset;
import org.sdl.data.Missing;
import org.sdl.data.NumericColumn;
import org.sdl.data.StringColumn;
import org.sdl.data.ValueLabelSet;
import org.sdl.interp.SdlError;

/**
 * The categories of an over() variable: its distinct nonmissing values in order (numbers sorted,
 * strings sorted), each with the text Stata shows (the value label, else the value), and every
 * row's category code (-1 where the value is missing).
 */
public final class Categories {
    public final String variable;
    public final List<String> labels;
    public final int[] code;

    private Categories(String variable, List<String> labels, int[] code) {
        this.variable = variable;
        this.labels = labels;
        this.code = code;
    }

    public int size() {
        return labels.size();
    }

    public static Categories of(Dataset d, String var) {
        Column c = d.column(var);
        if (c == null) {
            throw new SdlError(111, "variable " + var + " not found");
        }
        int n = d.nObs();
        int[] code = new int[n];
        List<String> labels = new ArrayList<>();
        if (c instanceof StringColumn sc) {
            TreeMap<String, Integer> index = new TreeMap<>();
            for (int i = 0; i < n; i++) {
                String s = sc.get(i);
                if (!s.isEmpty()) {
                    index.put(s, 0);
                }
            }
            int k = 0;
            for (var e : index.entrySet()) {
                e.setValue(k++);
                labels.add(e.getKey());
            }
            for (int i = 0; i < n; i++) {
                String s = sc.get(i);
                code[i] = s.isEmpty() ? -1 : index.get(s);
            }
        } else {
            NumericColumn nc = (NumericColumn) c;
            double[] v = new double[n];
            int m = 0;
            for (int i = 0; i < n; i++) {
                double x = nc.get(i);
                if (!Missing.isMissing(x)) {
                    v[m++] = x;
                }
            }
            double[] levels = java.util.Arrays.stream(java.util.Arrays.copyOf(v, m)).distinct().sorted().toArray();
            ValueLabelSet vl = GraphData.valueLabels(d, var);
            for (double l : levels) {
                String t = vl == null ? null : vl.get(l);
                labels.add(t != null ? t : HistogramCommand.num(l));
            }
            for (int i = 0; i < n; i++) {
                double x = nc.get(i);
                code[i] = Missing.isMissing(x) ? -1 : java.util.Arrays.binarySearch(levels, x);
            }
        }
        return new Categories(var, labels, code);
    }
}
