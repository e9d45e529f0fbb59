package org.sdl.stats.ml;

import org.sdl.stats.linalg.ColumnMatrix;
import org.sdl.stats.linalg.RowChunks;

/**
 * Ordered logit/probit with Stata's parameterisation P(y &lt;= j) = F(cut_j - xb), no constant.
 * Parameters are (beta_1..beta_k, cut_1..cut_{J-1}). For an observation in category j,
 * p = F(cut_j - xb) - F(cut_{j-1} - xb); gradient and Hessian of ln p are analytic.
 */
public final class OrderedModel implements LikelihoodModel {
    private final Link link;
    private final int[] cat;
    private final int cats;
    private final double[] w;
    private final double[] xb;
    /** Per-observation derivative weights, reused by every evaluation (every row is rewritten). */
    private double[][] work;
    private final ColumnMatrix xm;
    /** Per observation: the cutpoint above its category (-1 for the top one) and below (-1 for the bottom). */
    private final int[] upperCut;
    private final int[] lowerCut;

    /** @param cat category index 0..cats-1 per observation */
    public OrderedModel(Link link, int[] cat, int cats, double[][] x, double[] w) {
        this(link, cat, cats, ColumnMatrix.of(x, cat.length), w);
    }

    /** @param xm the regressors (no constant), already indexed */
    public OrderedModel(Link link, int[] cat, int cats, ColumnMatrix xm, double[] w) {
        this.link = link;
        this.cat = cat;
        this.cats = cats;
        this.xm = xm;
        this.w = w;
        this.xb = new double[cat.length];
        this.upperCut = new int[cat.length];
        this.lowerCut = new int[cat.length];
        for (int i = 0; i < cat.length; i++) {
            upperCut[i] = cat[i] < cats - 1 ? cat[i] : -1;
            lowerCut[i] = cat[i] - 1;
        }
    }

    @Override
    public int dim() {
        return xm.k() + cats - 1;
    }

    /** beta = 0 and cutpoints at the quantiles of the cumulative shares: the ll equals ll_0. */
    @Override
    public double[] start() {
        double[] theta = new double[dim()];
        double[] count = new double[cats];
        double total = 0;
        for (int i = 0; i < cat.length; i++) {
            double wi = w == null ? 1 : w[i];
            count[cat[i]] += wi;
            total += wi;
        }
        double cum = 0;
        for (int j = 0; j < cats - 1; j++) {
            cum += count[j];
            theta[xm.k() + j] = link.quantile(cum / total);
        }
        return theta;
    }

    private void linear(double[] theta) {
        xm.times(theta, xb);
    }

    /**
     * Fills piece (8 slots, the caller's, so row ranges can run in parallel) with the derivatives
     * of p wrt xb, cut_j, cut_{j-1} and the second derivatives; returns p.
     */
    private double probability(int c, double eta, double[] theta, double[] piece) {
        int k = xm.k();
        boolean hasUpper = c < cats - 1;
        boolean hasLower = c > 0;
        double a = hasUpper ? theta[k + c] - eta : Double.POSITIVE_INFINITY;
        double b = hasLower ? theta[k + c - 1] - eta : Double.NEGATIVE_INFINITY;
        double p;
        if (!hasUpper) {
            p = link.upper(b);
        } else if (!hasLower) {
            p = link.cdf(a);
        } else if (b > 0) {
            p = link.upper(b) - link.upper(a);
        } else {
            p = link.cdf(a) - link.cdf(b);
        }
        double f1 = hasUpper ? link.pdf(a) : 0;
        double f0 = hasLower ? link.pdf(b) : 0;
        double d1 = hasUpper ? link.pdfPrime(a) : 0;
        double d0 = hasLower ? link.pdfPrime(b) : 0;
        piece[0] = -(f1 - f0);
        piece[1] = f1;
        piece[2] = -f0;
        piece[3] = d1 - d0;
        piece[4] = -d1;
        piece[5] = d0;
        piece[6] = d1;
        piece[7] = -d0;
        return p;
    }

    @Override
    public double evaluate(double[] theta, double[] grad, double[][] hessian) {
        int k = xm.k();
        double[][] hess = grad != null && hessian == null ? new double[dim()][dim()] : hessian;
        int n = cat.length;
        for (int j = 1; j < cats - 1; j++) {
            if (!(theta[k + j] > theta[k + j - 1])) {
                return Double.NEGATIVE_INFINITY;
            }
        }
        linear(theta);
        // per-observation derivative weights; the products with x are taken afterwards, in bulk
        double[][] ws = grad == null ? null : workspace();
        double[] gx = grad == null ? null : ws[0];
        double[] hxx = grad == null ? null : ws[1];
        double[] hxj = grad == null ? null : ws[2];
        double[] hxl = grad == null ? null : ws[3];
        int cuts = cats - 1;
        // partial sums per row range: ln L, then per cutpoint its gradient, its Hessian diagonal
        // and its cross term with the next cutpoint
        double[] sums = RowChunks.reduce(n, (lo, hi) -> {
            double[] part = new double[1 + 3 * cuts];
            double[] piece = new double[8];
            for (int i = lo; i < hi; i++) {
                int c = cat[i];
                double p = probability(c, xb[i], theta, piece);
                if (!(p > 0)) {
                    part[0] = Double.NEGATIVE_INFINITY;
                    return part;
                }
                double wi = w == null ? 1 : w[i];
                part[0] += wi * Math.log(p);
                if (gx == null) {
                    continue;
                }
                double px = piece[0] / p;
                double pj = piece[1] / p;
                double pl = piece[2] / p;
                gx[i] = wi * px;
                hxx[i] = wi * (piece[3] / p - px * px);
                hxj[i] = wi * (piece[4] / p - px * pj);
                hxl[i] = wi * (piece[5] / p - px * pl);
                if (c < cuts) {
                    part[1 + c] += wi * pj;
                    part[1 + cuts + c] += wi * (piece[6] / p - pj * pj);
                }
                if (c > 0) {
                    part[1 + c - 1] += wi * pl;
                    part[1 + cuts + c - 1] += wi * (piece[7] / p - pl * pl);
                }
                if (c > 0 && c < cuts) {
                    part[1 + 2 * cuts + c - 1] += -wi * pj * pl;
                }
            }
            return part;
        }, RowChunks::add);
        double ll = sums[0];
        if (ll == Double.NEGATIVE_INFINITY) {
            return ll;
        }
        if (grad != null) {
            java.util.Arrays.fill(grad, 0);
            for (double[] row : hess) {
                java.util.Arrays.fill(row, 0);
            }
            for (int j = 0; j < cuts; j++) {
                grad[k + j] = sums[1 + j];
                hess[k + j][k + j] = sums[1 + cuts + j];
                if (j + 1 < cuts) {
                    hess[k + j + 1][k + j] = sums[1 + 2 * cuts + j];
                }
            }
        }
        if (grad != null) {
            double[] gb = new double[k];
            xm.transposeTimes(gx, gb);
            System.arraycopy(gb, 0, grad, 0, k);
            double[][] block = new double[k][k];
            xm.crossProduct(hxx, null, block);
            for (int a = 0; a < k; a++) {
                System.arraycopy(block[a], 0, hess[a], 0, k);
            }
            // beta-cutpoint block: x summed by the cutpoint each observation touches
            double[][] upper = new double[cats - 1][k];
            double[][] lower = new double[cats - 1][k];
            xm.groupedTransposeTimes(hxj, upperCut, upper);
            xm.groupedTransposeTimes(hxl, lowerCut, lower);
            for (int j = 0; j < cats - 1; j++) {
                for (int a = 0; a < k; a++) {
                    hess[a][k + j] = upper[j][a] + lower[j][a];
                }
            }
            int p = dim();
            for (int a = 0; a < p; a++) {
                for (int b = 0; b < a; b++) {
                    if (a >= k || b >= k) {
                        double s = hess[a][b] + hess[b][a];
                        // only one triangle was accumulated for cut terms
                        hess[a][b] = s;
                        hess[b][a] = s;
                    }
                }
            }
        }
        return ll;
    }

    @Override
    public void scores(double[] theta, ScoreSink sink) {
        int k = xm.k();
        linear(theta);
        double[] s = new double[dim()];
        double[] piece = new double[8];
        for (int i = 0; i < cat.length; i++) {
            java.util.Arrays.fill(s, 0);
            int c = cat[i];
            double p = probability(c, xb[i], theta, piece);
            double wi = w == null ? 1 : w[i];
            double px = piece[0] / p;
            for (int a = 0; a < k; a++) {
                s[a] = wi * px * xm.column(a)[i];
            }
            if (c < cats - 1) {
                s[k + c] = wi * piece[1] / p;
            }
            if (c > 0) {
                s[k + c - 1] = wi * piece[2] / p;
            }
            sink.accept(i, s);
        }
    }

    /**
     * sum f s s' in bulk. Observation i's score is (g_i x_i, u_i at its upper cutpoint, l_i at its
     * lower one), so the beta block is one weighted cross product, the beta-cutpoint blocks are x
     * summed by cutpoint, and the cutpoint block is a handful of scalars.
     */
    @Override
    public double[][] scoreCrossProduct(double[] theta, double[] freq) {
        int k = xm.k();
        int n = cat.length;
        linear(theta);
        double[][] ws = workspace();
        double[] gg = ws[0];
        double[] gu = ws[1];
        double[] gl = ws[2];
        double[][] out = new double[dim()][dim()];
        int cuts = cats - 1;
        // per row range: sum f u^2 and f l^2 per cutpoint, and f u l between neighbours
        double[] sums = RowChunks.reduce(n, (lo, hi) -> {
            double[] part = new double[3 * cuts];
            double[] piece = new double[8];
            for (int i = lo; i < hi; i++) {
                int c = cat[i];
                double p = probability(c, xb[i], theta, piece);
                double wi = w == null ? 1 : w[i];
                double fi = freq == null ? 1 : freq[i];
                double g = wi * piece[0] / p;
                double u = wi * piece[1] / p;
                double l = wi * piece[2] / p;
                gg[i] = fi * g * g;
                gu[i] = fi * g * u;
                gl[i] = fi * g * l;
                if (c < cuts) {
                    part[c] += fi * u * u;
                }
                if (c > 0) {
                    part[cuts + c - 1] += fi * l * l;
                }
                if (c > 0 && c < cuts) {
                    part[2 * cuts + c - 1] += fi * u * l;
                }
            }
            return part;
        }, RowChunks::add);
        for (int j = 0; j < cuts; j++) {
            out[k + j][k + j] = sums[j] + sums[cuts + j];
            if (j + 1 < cuts) {
                out[k + j + 1][k + j] = sums[2 * cuts + j];
                out[k + j][k + j + 1] = sums[2 * cuts + j];
            }
        }
        double[][] block = new double[k][k];
        xm.crossProduct(gg, null, block);
        for (int a = 0; a < k; a++) {
            System.arraycopy(block[a], 0, out[a], 0, k);
        }
        double[][] upper = new double[cats - 1][k];
        double[][] lower = new double[cats - 1][k];
        xm.groupedTransposeTimes(gu, upperCut, upper);
        xm.groupedTransposeTimes(gl, lowerCut, lower);
        for (int j = 0; j < cats - 1; j++) {
            for (int a = 0; a < k; a++) {
                double v = upper[j][a] + lower[j][a];
                out[a][k + j] = v;
                out[k + j][a] = v;
            }
        }
        return out;
    }

    private double[][] workspace() {
        if (work == null) {
            work = new double[4][cat.length];
        }
        return work;
    }

    public double[] linearPredictor(double[] theta) {
        linear(theta);
        return xb.clone();
    }
}
