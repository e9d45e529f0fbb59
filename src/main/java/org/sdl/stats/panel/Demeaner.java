package org.sdl.stats.panel;

/**
 * Partials absorbed factors out of a column: the residual of its least-squares projection on
 * the indicator columns of all factors together, without ever forming them.
 *
 * <p>One factor is exact in one pass (subtract the level means). With several factors this is
 * the method of alternating projections, accelerated by conjugate gradients as in reghdfe
 * (Correia 2017) and Hernandez-Ramos, Escalante and Raydan (2011): with M_f = I - (level means
 * of factor f), the symmetric sweep T = M_1 ... M_F ... M_1 has eigenvalue 1 exactly on the
 * complement of the factors' span, so the span component z of y solves (I - T) z = (I - T) y,
 * a consistent positive semi-definite system that CG solves from z = 0; the result is y - z.
 * Each sweep is O(N) on primitive arrays (level sums in arrays of the factor's size).
 */
public final class Demeaner {
    /** Relative residual norm at which CG stops; far below what the reported digits need. */
    private static final double TOL = 1e-13;
    private static final int MAX_ITER = 20_000;

    private final Factor[] factors;
    private final double[][] sums;
    private final int n;
    private int iterations;

    public Demeaner(Factor[] factors) {
        this.factors = factors;
        this.n = factors.length == 0 ? 0 : factors[0].code().length;  // unused without factors
        this.sums = new double[factors.length][];
        for (int f = 0; f < factors.length; f++) {
            sums[f] = new double[factors[f].levels()];
        }
    }

    /** CG iterations used by the last {@link #partialOut} (0 for one factor). */
    public int iterations() {
        return iterations;
    }

    /** Replaces col with its residual after projecting on all factors. */
    public void partialOut(double[] col) {
        iterations = 0;
        if (factors.length == 0) {
            // no absorbed factor: the constant alone is partialled out
            double m = 0;
            for (double v : col) {
                m += v;
            }
            m /= col.length;
            for (int i = 0; i < col.length; i++) {
                col[i] -= m;
            }
            return;
        }
        if (factors.length == 1) {
            demean(0, col);
            return;
        }
        double yy = dot(col, col);
        if (yy == 0) {
            return;
        }
        double[] res = col.clone();
        sweep(res);
        for (int i = 0; i < n; i++) {
            res[i] = col[i] - res[i];         // res = (I - T) y
        }
        double[] p = res.clone();
        double[] qp = new double[n];
        double rr = dot(res, res);
        double stop = TOL * TOL * yy;
        while (rr > stop && iterations < MAX_ITER) {
            System.arraycopy(p, 0, qp, 0, n);
            sweep(qp);
            double pqp = 0;
            for (int i = 0; i < n; i++) {
                double v = p[i] - qp[i];     // (I - T) p
                qp[i] = v;
                pqp += p[i] * v;
            }
            if (!(pqp > 0)) {
                break;
            }
            double alpha = rr / pqp;
            double rrNew = 0;
            for (int i = 0; i < n; i++) {
                col[i] -= alpha * p[i];      // y - z
                double r = res[i] - alpha * qp[i];
                res[i] = r;
                rrNew += r * r;
            }
            double beta = rrNew / rr;
            for (int i = 0; i < n; i++) {
                p[i] = res[i] + beta * p[i];
            }
            rr = rrNew;
            iterations++;
        }
        // one last pass of every projection removes what is left of the factors' span
        for (int f = 0; f < factors.length; f++) {
            demean(f, col);
        }
    }

    /** T = M_1 M_2 ... M_F ... M_2 M_1, applied in place. */
    private void sweep(double[] v) {
        int last = factors.length - 1;
        for (int f = 0; f <= last; f++) {
            demean(f, v);
        }
        for (int f = last - 1; f >= 0; f--) {
            demean(f, v);
        }
    }

    /** Subtracts the level means of factor f. */
    private void demean(int f, double[] v) {
        double[] s = sums[f];
        java.util.Arrays.fill(s, 0);
        int[] code = factors[f].code();
        int[] count = factors[f].count();
        for (int i = 0; i < n; i++) {
            s[code[i]] += v[i];
        }
        for (int g = 0; g < s.length; g++) {
            s[g] /= count[g];
        }
        for (int i = 0; i < n; i++) {
            v[i] -= s[code[i]];
        }
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
