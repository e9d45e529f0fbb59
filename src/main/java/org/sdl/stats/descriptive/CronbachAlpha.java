package org.sdl.stats.descriptive;

/**
 * Cronbach's alpha of k items (rows[item][obs]): alpha = k cbar / (vbar + (k-1) cbar), cbar the
 * average inter-item covariance and vbar the average variance; standardized: alpha = k rbar /
 * (1 + (k-1) rbar) with rbar the average inter-item correlation.
 */
public final class CronbachAlpha {
    private CronbachAlpha() {}

    /** alpha and the average inter-item covariance (or correlation when standardized). */
    public record Result(double alpha, double average) {}

    public static Result compute(double[][] rows, boolean standardized) {
        int k = rows.length;
        double[][] c = covariance(rows);
        double sumOff = 0;
        double sumVar = 0;
        int pairs = 0;
        for (int a = 0; a < k; a++) {
            sumVar += c[a][a];
            for (int b = 0; b < a; b++) {
                sumOff += standardized ? c[a][b] / Math.sqrt(c[a][a] * c[b][b]) : c[a][b];
                pairs++;
            }
        }
        double avg = pairs == 0 ? Double.NaN : sumOff / pairs;
        if (standardized) {
            return new Result(k * avg / (1 + (k - 1) * avg), avg);
        }
        double vbar = sumVar / k;
        return new Result(k * avg / (vbar + (k - 1) * avg), avg);
    }

    static double[][] covariance(double[][] rows) {
        int k = rows.length;
        int n = rows[0].length;
        double[] mean = new double[k];
        for (int a = 0; a < k; a++) {
            double s = 0;
            for (double v : rows[a]) {
                s += v;
            }
            mean[a] = s / n;
        }
        double[][] c = new double[k][k];
        for (int a = 0; a < k; a++) {
            for (int b = 0; b <= a; b++) {
                double s = 0;
                for (int i = 0; i < n; i++) {
                    s += (rows[a][i] - mean[a]) * (rows[b][i] - mean[b]);
                }
                c[a][b] = s / (n - 1);
                c[b][a] = c[a][b];
            }
        }
        return c;
    }

    public static double[][] standardize(double[][] rows) {
        double[][] c = covariance(rows);
        double[][] z = new double[rows.length][rows[0].length];
        for (int a = 0; a < rows.length; a++) {
            double m = 0;
            for (double v : rows[a]) {
                m += v;
            }
            m /= rows[a].length;
            double sd = Math.sqrt(c[a][a]);
            for (int i = 0; i < rows[a].length; i++) {
                z[a][i] = (rows[a][i] - m) / sd;
            }
        }
        return z;
    }

    /** Correlation of item j with the sum of all items. */
    public static double itemTest(double[][] rows, int j) {
        return correlation(rows[j], total(rows, -1));
    }

    /** Correlation of item j with the sum of the other items. */
    public static double itemRest(double[][] rows, int j) {
        return correlation(rows[j], total(rows, j));
    }

    private static double[] total(double[][] rows, int skip) {
        double[] t = new double[rows[0].length];
        for (int a = 0; a < rows.length; a++) {
            if (a == skip) {
                continue;
            }
            for (int i = 0; i < t.length; i++) {
                t[i] += rows[a][i];
            }
        }
        return t;
    }

    private static double correlation(double[] x, double[] y) {
        double[][] c = covariance(new double[][] {x, y});
        return c[0][1] / Math.sqrt(c[0][0] * c[1][1]);
    }
}
