package org.sdl.stats.ml;

/**
 * Multinomial logit log likelihood with analytic gradient and Hessian. Outcomes are coded
 * 0..J-1; the base outcome's coefficients are fixed at 0, and theta holds one block of k
 * coefficients (the columns of x) per other outcome, in ascending outcome order.
 * P(y = j) = exp(x'b_j) / sum_l exp(x'b_l); ln L = sum_i [x_i'b_{y_i} - ln sum_l exp(x_i'b_l)];
 * gradient block j = sum_i (1{y_i = j} - p_ij) x_i; Hessian block (j, l) =
 * -sum_i p_ij (1{j = l} - p_il) x_i x_i'.
 */
public final class MultinomialLogitModel implements LikelihoodModel {
    private final double[][] x;   // k columns of length n
    private final int[] y;        // outcome codes 0..J-1
    private final int outcomes;
    private final int base;
    private final int n;
    private final int k;
    private final double[] start;

    public MultinomialLogitModel(double[][] x, int[] y, int outcomes, int base, double[] start) {
        this.x = x;
        this.y = y;
        this.outcomes = outcomes;
        this.base = base;
        this.n = y.length;
        this.k = x.length;
        this.start = start;
    }

    @Override
    public int dim() {
        return (outcomes - 1) * k;
    }

    @Override
    public double[] start() {
        return start.clone();
    }

    /** Block index of outcome j in theta (-1 for the base). */
    private int block(int j) {
        return j == base ? -1 : j < base ? j : j - 1;
    }

    private void probabilities(double[] theta, int i, double[] p) {
        double max = 0;
        for (int j = 0; j < outcomes; j++) {
            int bk = block(j);
            double eta = 0;
            if (bk >= 0) {
                int off = bk * k;
                for (int c = 0; c < k; c++) {
                    eta += x[c][i] * theta[off + c];
                }
            }
            p[j] = eta;
            max = Math.max(max, eta);
        }
        double s = 0;
        for (int j = 0; j < outcomes; j++) {
            p[j] = Math.exp(p[j] - max);
            s += p[j];
        }
        for (int j = 0; j < outcomes; j++) {
            p[j] /= s;
        }
    }

    @Override
    public double evaluate(double[] theta, double[] grad, double[][] hess) {
        int d = dim();
        double[] p = new double[outcomes];
        double[] xi = new double[k];
        double ll = 0;
        if (grad != null) {
            java.util.Arrays.fill(grad, 0);
        }
        if (hess != null) {
            for (double[] r : hess) {
                java.util.Arrays.fill(r, 0);
            }
        }
        for (int i = 0; i < n; i++) {
            probabilities(theta, i, p);
            ll += Math.log(p[y[i]]);
            if (grad == null) {
                continue;
            }
            for (int c = 0; c < k; c++) {
                xi[c] = x[c][i];
            }
            for (int j = 0; j < outcomes; j++) {
                int bj = block(j);
                if (bj < 0) {
                    continue;
                }
                double r = (y[i] == j ? 1 : 0) - p[j];
                int oj = bj * k;
                for (int c = 0; c < k; c++) {
                    grad[oj + c] += r * xi[c];
                }
                if (hess == null) {
                    continue;
                }
                for (int l = 0; l <= j; l++) {
                    int bl = block(l);
                    if (bl < 0) {
                        continue;
                    }
                    double w = p[j] * ((j == l ? 1 : 0) - p[l]);
                    int ol = bl * k;
                    for (int a = 0; a < k; a++) {
                        double wa = w * xi[a];
                        double[] row = hess[oj + a];
                        for (int c = 0; c < k; c++) {
                            row[ol + c] -= wa * xi[c];
                        }
                    }
                }
            }
        }
        if (hess != null) {
            // only blocks (j, l) with l <= j were accumulated: mirror them into the upper blocks
            for (int a = 0; a < d; a++) {
                for (int c = (a / k + 1) * k; c < d; c++) {
                    hess[a][c] = hess[c][a];
                }
            }
        }
        return ll;
    }

    @Override
    public void scores(double[] theta, ScoreSink sink) {
        double[] p = new double[outcomes];
        double[] s = new double[dim()];
        for (int i = 0; i < n; i++) {
            probabilities(theta, i, p);
            for (int j = 0; j < outcomes; j++) {
                int bj = block(j);
                if (bj < 0) {
                    continue;
                }
                double r = (y[i] == j ? 1 : 0) - p[j];
                for (int c = 0; c < k; c++) {
                    s[bj * k + c] = r * x[c][i];
                }
            }
            sink.accept(i, s);
        }
    }
}
