package org.sdl.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sdl.stats.linalg.ColumnMatrix;

/**
 * Every product of {@link ColumnMatrix} against the textbook dense loop, on columns that mix the
 * cases the sparse path must get right: two factors' indicators (rows with two sparse entries),
 * an interaction with non-0/1 values, an all-zero column, a constant, and ordinary dense columns.
 */
class ColumnMatrixTest {
    private static final int N = 3001;

    private static double[][] columns(Random r) {
        int[] f1 = new int[N];
        int[] f2 = new int[N];
        for (int i = 0; i < N; i++) {
            f1[i] = r.nextInt(7);
            f2[i] = r.nextInt(5);
        }
        double[][] x = new double[13][N];
        for (int i = 0; i < N; i++) {
            x[0][i] = 40 + 10 * r.nextGaussian();          // dense, large mean
            x[1][i] = f1[i] == 2 ? 1 : 0;                    // factor 1 indicators
            x[2][i] = f1[i] == 3 ? 1 : 0;
            x[3][i] = f1[i] == 5 ? 1 : 0;
            x[4][i] = r.nextBoolean() ? 1 : 0;               // a dense 0/1 column
            x[5][i] = f2[i] == 1 ? 1 : 0;                    // factor 2 indicators
            x[6][i] = f2[i] == 4 ? 1 : 0;
            x[7][i] = f1[i] == 6 ? x[0][i] : 0;              // interaction i6.f1#c.x0
            x[8][i] = 0;                                     // a base level: all zero
            x[9][i] = r.nextGaussian();
            x[10][i] = i % 50 == 0 ? -2.5 : 0;               // very sparse, negative
            x[11][i] = 1;                                    // constant
            x[12][i] = r.nextDouble() < 0.2 ? r.nextGaussian() : 0; // just under the sparse limit
        }
        return x;
    }

    private static double[] weights(Random r) {
        double[] d = new double[N];
        for (int i = 0; i < N; i++) {
            d[i] = 0.5 + r.nextDouble();
        }
        return d;
    }

    @Test
    void indexesTheMostlyZeroColumnsOnly() {
        ColumnMatrix m = ColumnMatrix.of(columns(new Random(1)), N);
        // 1,2,3,5,6,7,8,10,12 are sparse; 0,4,9,11 dense
        assertEquals(9, m.sparseColumns());
    }

    @Test
    void crossProductMatchesDenseLoopWithWeightsAndCentring() {
        Random r = new Random(2);
        double[][] x = columns(r);
        double[] d = weights(r);
        double[] shift = new double[x.length];
        for (int j = 0; j < x.length; j++) {
            shift[j] = r.nextGaussian() * 3;
        }
        ColumnMatrix m = ColumnMatrix.of(x, N);
        for (double[] dd : new double[][] {null, d}) {
            for (double[] sh : new double[][] {null, shift}) {
                double[][] got = new double[x.length][x.length];
                m.crossProduct(dd, sh, got);
                for (int a = 0; a < x.length; a++) {
                    for (int b = 0; b < x.length; b++) {
                        double want = 0;
                        for (int i = 0; i < N; i++) {
                            double sa = sh == null ? 0 : sh[a];
                            double sb = sh == null ? 0 : sh[b];
                            want += (dd == null ? 1 : dd[i]) * (x[a][i] - sa) * (x[b][i] - sb);
                        }
                        assertEquals(want, got[a][b], 1e-9 * (1 + Math.abs(want)), "cell " + a + "," + b);
                    }
                }
            }
        }
    }

    @Test
    void linearMapsMatchDenseLoops() {
        Random r = new Random(3);
        double[][] x = columns(r);
        ColumnMatrix m = ColumnMatrix.of(x, N);
        double[] beta = new double[x.length];
        for (int j = 0; j < beta.length; j++) {
            beta[j] = r.nextGaussian();
        }
        double[] v = weights(r);
        double[] xb = new double[N];
        m.times(beta, xb);
        for (int i = 0; i < N; i++) {
            double want = 0;
            for (int j = 0; j < x.length; j++) {
                want += beta[j] * x[j][i];
            }
            assertEquals(want, xb[i], 1e-12 * (1 + Math.abs(want)));
        }
        double[] xtv = new double[x.length];
        m.transposeTimes(v, xtv);
        double[] sums = new double[x.length];
        m.weightedSums(null, sums);
        for (int j = 0; j < x.length; j++) {
            double want = 0;
            double plain = 0;
            for (int i = 0; i < N; i++) {
                want += v[i] * x[j][i];
                plain += x[j][i];
            }
            assertEquals(want, xtv[j], 1e-9 * (1 + Math.abs(want)));
            assertEquals(plain, sums[j], 1e-9 * (1 + Math.abs(plain)));
        }
    }

    @Test
    void groupedSumsSkipNegativeGroups() {
        Random r = new Random(4);
        double[][] x = columns(r);
        ColumnMatrix m = ColumnMatrix.of(x, N);
        double[] v = weights(r);
        int[] group = new int[N];
        for (int i = 0; i < N; i++) {
            group[i] = r.nextInt(5) - 1;
        }
        double[][] got = new double[4][x.length];
        m.groupedTransposeTimes(v, group, got);
        for (int g = 0; g < 4; g++) {
            for (int j = 0; j < x.length; j++) {
                double want = 0;
                for (int i = 0; i < N; i++) {
                    if (group[i] == g) {
                        want += v[i] * x[j][i];
                    }
                }
                assertEquals(want, got[g][j], 1e-9 * (1 + Math.abs(want)));
            }
        }
    }

    @Test
    void selectedAndExtendedMatricesAgreeWithFreshOnes() {
        Random r = new Random(5);
        double[][] x = columns(r);
        double[] y = weights(r);
        int[] idx = {9, 1, 7, 0, 6, 11};
        ColumnMatrix picked = ColumnMatrix.of(x, N).select(idx).withDenseColumn(y);
        double[][] sub = new double[idx.length + 1][];
        for (int a = 0; a < idx.length; a++) {
            sub[a] = x[idx[a]];
        }
        sub[idx.length] = y;
        ColumnMatrix fresh = ColumnMatrix.of(sub, N);
        assertEquals(sub.length, picked.k());
        double[] d = weights(r);
        double[][] a = new double[sub.length][sub.length];
        double[][] b = new double[sub.length][sub.length];
        picked.crossProduct(d, null, a);
        fresh.crossProduct(d, null, b);
        for (int p = 0; p < sub.length; p++) {
            for (int q = 0; q < sub.length; q++) {
                assertEquals(b[p][q], a[p][q], 1e-9 * (1 + Math.abs(b[p][q])));
            }
        }
        assertTrue(picked.sparseColumns() >= 3, "selected indicators stay sparse");
    }

    /** The cross product with sdl's worker count set to threads (as `set processors` does). */
    private static double[][] crossProductIn(int threads, ColumnMatrix m, double[] d, double[] shift) {
        int before = org.sdl.data.Parallelism.threads();
        org.sdl.data.Parallelism.setThreads(threads);
        try {
            double[][] out = new double[m.k()][m.k()];
            m.crossProduct(d, shift, out);
            return out;
        } finally {
            org.sdl.data.Parallelism.setThreads(before);
        }
    }

    @Test
    void resultsAreBitForBitTheSameWithOneOrManyThreads() {
        int n = 200_003;  // several row ranges
        Random r = new Random(6);
        double[][] x = new double[4][n];
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            x[0][i] = r.nextGaussian() * 1e3;
            x[1][i] = r.nextInt(9) == 0 ? 1 : 0;
            x[2][i] = r.nextGaussian();
            x[3][i] = 1;
            d[i] = r.nextDouble();
        }
        ColumnMatrix m = ColumnMatrix.of(x, n);
        double[] shift = {3, 0.1, -1, 1};
        double[][] one = crossProductIn(1, m, d, shift);
        double[][] many = crossProductIn(4, m, d, shift);
        for (int a = 0; a < 4; a++) {
            assertTrue(java.util.Arrays.equals(one[a], many[a]), "row " + a);
        }
    }
}
