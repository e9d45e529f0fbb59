package org.sdl.stats.design;

import java.util.List;
import org.sdl.stats.linalg.ColumnMatrix;

/**
 * What an estimator needs, as primitive arrays: the dependent variable, regressor columns
 * (column-major: {@code x[j][i]}), Stata column names, omitted flags (base levels and collinear
 * terms, kept in the stripe with coefficient 0), weights, cluster ids and the estimation sample
 * as dataset rows. Built only by {@link DesignBuilder}.
 *
 * @param constant whether the last column is the constant (_cons)
 * @param weightKind fweight, aweight, pweight, iweight or null
 * @param notes messages Stata prints while building (omitted terms, dropped observations)
 * @param matrix x with its mostly-zero columns indexed, for the estimators' products
 * @param gram the collinearity check's centred cross products (with y), or null
 */
public record Design(double[] y, double[][] x, List<String> names, boolean[] omitted, double[] weights,
                     String weightKind, int[] cluster, int nClusters, int[] rows, boolean[] sample,
                     boolean constant, String depvar, List<String> notes, ColumnMatrix matrix,
                     CentredGram gram) {

    /** A design whose column matrix is indexed from x here. */
    public Design(double[] y, double[][] x, List<String> names, boolean[] omitted, double[] weights,
                  String weightKind, int[] cluster, int nClusters, int[] rows, boolean[] sample,
                  boolean constant, String depvar, List<String> notes) {
        this(y, x, names, omitted, weights, weightKind, cluster, nClusters, rows, sample, constant, depvar, notes,
            ColumnMatrix.of(x, y.length), null);
    }

    /** A design from plain columns plus a constant (auxiliary regressions of diagnostics). */
    public static Design of(double[] y, List<double[]> cols, boolean constant) {
        int n = y.length;
        int k = cols.size() + (constant ? 1 : 0);
        double[][] x = new double[k][];
        java.util.List<String> names = new java.util.ArrayList<>();
        for (int j = 0; j < cols.size(); j++) {
            x[j] = cols.get(j);
            names.add("x" + (j + 1));
        }
        if (constant) {
            x[k - 1] = new double[n];
            java.util.Arrays.fill(x[k - 1], 1);
            names.add("_cons");
        }
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) {
            rows[i] = i;
        }
        return new Design(y, x, names, new boolean[k], null, null, null, 0, rows, null, constant, "y", List.of());
    }

    public int n() {
        return y.length;
    }

    public int k() {
        return x.length;
    }

    /** Number of estimable columns. */
    public int kEstimable() {
        int c = 0;
        for (boolean o : omitted) {
            if (!o) {
                c++;
            }
        }
        return c;
    }

    /** Indices of estimable columns in stripe order. */
    public int[] estimable() {
        int[] idx = new int[kEstimable()];
        int c = 0;
        for (int j = 0; j < omitted.length; j++) {
            if (!omitted[j]) {
                idx[c++] = j;
            }
        }
        return idx;
    }

    /** The design on observations idx (bootstrap resamples; repeated indices allowed). */
    public Design resample(int[] idx) {
        int m = idx.length;
        double[] ny = new double[m];
        double[][] nx = new double[x.length][m];
        double[] nw = weights == null ? null : new double[m];
        int[] nc = cluster == null ? null : new int[m];
        int[] nr = new int[m];
        for (int i = 0; i < m; i++) {
            int s = idx[i];
            ny[i] = y[s];
            for (int j = 0; j < x.length; j++) {
                nx[j][i] = x[j][s];
            }
            if (nw != null) {
                nw[i] = weights[s];
            }
            if (nc != null) {
                nc[i] = cluster[s];
            }
            nr[i] = rows[s];
        }
        return new Design(ny, nx, names, omitted.clone(), nw, weightKind, nc, nClusters, nr, sample,
            constant, depvar, notes);
    }

    /** This design's columns with other weights (auxiliary regressions of IV diagnostics). */
    public Design withWeights(double[] w, String kind) {
        return new Design(y, x, names, omitted, w, w == null ? null : kind, cluster, nClusters, rows, sample,
            constant, depvar, notes, matrix, null);
    }

    /** Whether weights count as replicated rows (fweights): N = sum of weights. */
    public boolean frequencyWeights() {
        return "fweight".equals(weightKind);
    }

    /** Sum of weights (frequency-weighted N for fweights, n otherwise). */
    public double sumWeights() {
        if (weights == null) {
            return y.length;
        }
        double s = 0;
        for (double w : weights) {
            s += w;
        }
        return s;
    }
}
