package org.sdl.stats;

import org.sdl.stats.linalg.SymmetricInverse;

/**
 * The sandwich variance shared by every model: bread (a model-based V) times the summed outer
 * products of per-observation scores (or of their cluster sums) times bread, times a small-sample
 * factor. Scores are streamed row by row into a reused buffer, so nothing of size n-by-k is kept.
 */
public final class Sandwich {
    private final int k;
    private final double[][] meat;
    private final double[][] clusterSums;
    private final int[] nonzero;

    /** @param clusters number of clusters, or 0 for observation-level scores */
    public Sandwich(int k, int clusters) {
        this.k = k;
        this.meat = new double[k][k];
        this.clusterSums = clusters > 0 ? new double[clusters][k] : null;
        this.nonzero = new int[k];
    }

    /**
     * Adds one observation's score vector (sampling/analytic weights already multiplied in);
     * frequency counts it several times (fweights); cluster is ignored without clustering.
     */
    public void add(double[] score, int cluster, double frequency) {
        if (clusterSums != null) {
            double[] s = clusterSums[cluster];
            for (int a = 0; a < k; a++) {
                s[a] += score[a] * frequency;
            }
            return;
        }
        addOuter(score, frequency);
    }

    /** Only the score's nonzero entries enter: factor indicators are zero on most rows. */
    private void addOuter(double[] s, double f) {
        int c = 0;
        for (int a = 0; a < k; a++) {
            if (s[a] != 0) {
                nonzero[c++] = a;
            }
        }
        for (int x = 0; x < c; x++) {
            int a = nonzero[x];
            double sa = s[a] * f;
            double[] row = meat[a];
            for (int y = 0; y <= x; y++) {
                int b = nonzero[y];
                row[b] += sa * s[b];
            }
        }
    }

    /** The accumulated meat as a full symmetric matrix (observation-level scores only). */
    public double[][] meat() {
        double[][] out = new double[k][];
        for (int a = 0; a < k; a++) {
            out[a] = meat[a].clone();
        }
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < a; b++) {
                out[b][a] = out[a][b];
            }
        }
        return out;
    }

    /** bread * meat * bread * factor, for a meat computed elsewhere (a full symmetric matrix). */
    public static double[][] variance(double[][] bread, double[][] meat, double factor) {
        double[][] v = SymmetricInverse.sandwich(bread, meat);
        for (double[] row : v) {
            for (int j = 0; j < row.length; j++) {
                row[j] *= factor;
            }
        }
        return v;
    }

    /** bread * meat * bread * factor. */
    public double[][] variance(double[][] bread, double factor) {
        if (clusterSums != null) {
            for (double[] s : clusterSums) {
                addOuter(s, 1);
            }
        }
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < a; b++) {
                meat[b][a] = meat[a][b];
            }
        }
        return variance(bread, meat, factor);
    }
}
