package org.sdl.interp.postest;

import java.util.ArrayList;
import java.util.List;

/**
 * The computed margins in display and e(b) order: each cell's posted name, its table group
 * (the dydx variable), the dimension labels of its row, the estimate and its Jacobian in e(b).
 */
final class MarginCells {
    /** One margin. */
    record Cell(String name, String group, String rowLabel, double b, double[] jacobian, boolean omitted) {}

    final List<Cell> cells = new ArrayList<>();
    /** "_at", "_predict#_at", "urban", "" when margins has no dimension. */
    String dimHeader = "";

    int size() {
        return cells.size();
    }

    double[] b() {
        double[] b = new double[cells.size()];
        for (int i = 0; i < b.length; i++) {
            b[i] = cells.get(i).b();
        }
        return b;
    }

    List<String> names() {
        List<String> n = new ArrayList<>();
        cells.forEach(c -> n.add(c.name()));
        return n;
    }

    boolean[] omitted() {
        boolean[] o = new boolean[cells.size()];
        for (int i = 0; i < o.length; i++) {
            o[i] = cells.get(i).omitted();
        }
        return o;
    }

    /** J V J' with V = e(V). */
    double[][] variance(double[][] v) {
        int m = cells.size();
        int k = v.length;
        double[][] jv = new double[m][k];
        for (int a = 0; a < m; a++) {
            double[] ja = cells.get(a).jacobian();
            for (int i = 0; i < k; i++) {
                if (ja[i] == 0) {
                    continue;
                }
                double[] vi = v[i];
                for (int j = 0; j < k; j++) {
                    jv[a][j] += ja[i] * vi[j];
                }
            }
        }
        double[][] out = new double[m][m];
        for (int a = 0; a < m; a++) {
            for (int c = 0; c <= a; c++) {
                double[] jc = cells.get(c).jacobian();
                double s = 0;
                for (int j = 0; j < k; j++) {
                    s += jv[a][j] * jc[j];
                }
                out[a][c] = s;
                out[c][a] = s;
            }
        }
        return out;
    }
}
