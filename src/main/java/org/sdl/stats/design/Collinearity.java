package org.sdl.stats.design;

import java.util.List;
import org.sdl.stats.linalg.ColumnMatrix;

/**
 * Marks regressors that are linear combinations of earlier ones (or of the constant), as
 * Stata's _rmcoll does: sweep the weighted, centred cross-product matrix column by column in
 * order; a column whose remaining variance is a negligible share of its own is omitted and
 * renamed with the "o." operator.
 */
final class Collinearity {
    private static final double TOLERANCE = 1e-12;

    private final ColumnSet cols;
    private final ColumnMatrix matrix;
    private final double[] w;
    private final boolean constant;

    /** @param matrix the same columns as cols, indexed for products */
    Collinearity(ColumnSet cols, ColumnMatrix matrix, double[] w, boolean constant) {
        this.cols = cols;
        this.matrix = matrix;
        this.w = w;
        this.constant = constant;
    }

    /**
     * Marks the collinear columns; returns the centred cross products of the columns it examined
     * and y (for regress with a constant to reuse), or null without a constant or columns.
     */
    CentredGram mark(double[] y, List<String> notes) {
        int k = cols.size() - (constant ? 1 : 0);
        int n = cols.n();
        int[] idx = new int[k];
        int m = 0;
        for (int j = 0; j < k; j++) {
            if (!cols.isOmitted(j)) {
                idx[m++] = j;
            }
        }
        if (m == 0) {
            return null;
        }
        int[] examined = java.util.Arrays.copyOf(idx, m);
        // y rides along as a last column: regress needs its cross products too
        ColumnMatrix xm = matrix.select(examined).withDenseColumn(y);
        double[] mean = new double[m + 1];
        if (constant) {
            double sw = 0;
            for (int i = 0; i < n; i++) {
                sw += w == null ? 1 : w[i];
            }
            xm.weightedSums(w, mean);
            for (int a = 0; a <= m; a++) {
                mean[a] /= sw;
            }
        }
        double[][] withY = new double[m + 1][m + 1];
        xm.crossProduct(w, mean, withY);
        CentredGram gram = constant ? new CentredGram(examined, mean, copy(withY)) : null;
        double[][] c = new double[m][m];
        for (int a = 0; a < m; a++) {
            System.arraycopy(withY[a], 0, c[a], 0, m);
        }
        double[] diag = new double[m];
        for (int a = 0; a < m; a++) {
            diag[a] = c[a][a];
        }
        for (int a = 0; a < m; a++) {
            double d = c[a][a];
            if (diag[a] <= 0 || d <= TOLERANCE * diag[a] || Math.abs(d) < 1e-300) {
                String name = cols.name(idx[a]);
                notes.add("note: " + display(name) + " omitted because of collinearity.");
                cols.omit(idx[a], omittedName(name));
                for (int b = 0; b < m; b++) {
                    c[a][b] = 0;
                    c[b][a] = 0;
                }
                continue;
            }
            sweep(c, a, m);
        }
        return gram;
    }

    private static double[][] copy(double[][] a) {
        double[][] out = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i].clone();
        }
        return out;
    }

    private static void sweep(double[][] c, int p, int m) {
        double d = c[p][p];
        for (int a = 0; a < m; a++) {
            if (a == p) {
                continue;
            }
            double f = c[a][p] / d;
            if (f == 0) {
                continue;
            }
            for (int b = 0; b < m; b++) {
                if (b != p) {
                    c[a][b] -= f * c[p][b];
                }
            }
        }
        for (int a = 0; a < m; a++) {
            c[a][p] = 0;
            c[p][a] = 0;
        }
        c[p][p] = d;
        // keep the pivot's own entry positive so later checks see it as swept
        c[p][p] = Double.MAX_VALUE;
    }

    private static String display(String name) {
        return name;
    }

    /** x3 -> o.x3; 3.grp -> 3o.grp; c.a#c.b -> co.a#co.b. */
    static String omittedName(String name) {
        StringBuilder b = new StringBuilder();
        for (String part : name.split("#")) {
            if (b.length() > 0) {
                b.append('#');
            }
            int dot = part.indexOf('.');
            if (dot < 0) {
                b.append("o.").append(part);
            } else {
                String op = part.substring(0, dot);
                b.append(op.endsWith("o") ? op : op + "o").append(part.substring(dot));
            }
        }
        return b.toString();
    }
}
