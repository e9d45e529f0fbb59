package org.sdl.stats.margins;

import java.util.List;
import org.sdl.stats.linalg.RowChunks;

/**
 * Averages a prediction (or its derivative in a variable) over rows, together with its exact
 * Jacobian in e(b), so that V = J e(V) J' (the delta method) needs no numerical differencing.
 *
 * <p>For a row with design x (evaluated in the scenario), index eta = x'b, prediction P(eta) and
 * d = dx/dz (z the dydx variable, product rule over the stripe's parts), s = d'b:
 * <ul>
 * <li>prediction: g = P, dg/db = P' x, dg/dtheta = dP/dtheta;</li>
 * <li>dy/dx: g = P' s, dg/db = P'' s x + P' d, dg/dtheta = d2P/(deta dtheta) s;</li>
 * <li>ey/ex, dy/ex, ey/dx: g = m v / u^e with u = P, v = P' s, m = z (ex) or 1, e = 1 (ey) or 0,
 *     differentiated by the quotient rule.</li>
 * </ul>
 * Results are weighted means over the rows. Rows are worked in fixed chunks in parallel and the
 * partial sums added in chunk order, so results do not depend on the number of cores.
 */
public final class MarginsEngine {
    /**
     * DYDX etc. need a variable; INDEX_SLOPE averages dP/deta itself (its Jacobian: P'' x and
     * d2P/(deta dtheta)), from which every variable entering as one plain column gets its dy/dx
     * as b_x times it (plus the mean of P' at the variable's own coefficient) - one pass for all.
     */
    public enum Effect { DYDX, EYEX, DYEX, EYDX, INDEX_SLOPE }

    private final CoefficientStripe stripe;
    private final double[][] data;
    private final double[] weight;
    private final double[] b;
    private final int nRows;

    /**
     * @param data   each stripe variable's values on the rows margins averages over
     * @param weight the estimation weights on those rows, or null
     * @param b      e(b)
     * @param nRows  the number of rows (the length of each data array)
     */
    public MarginsEngine(CoefficientStripe stripe, double[][] data, double[] weight, double[] b, int nRows) {
        this.nRows = nRows;
        this.stripe = stripe;
        this.data = data;
        this.weight = weight;
        this.b = b.clone();
    }

    public int k() {
        return b.length;
    }

    /** The coefficient of the plain column of variable v (0 when it has none). */
    public double b(int v, CoefficientStripe s) {
        int c = s.plainColumn(v);
        return c < 0 ? 0 : b[c];
    }

    /**
     * The weighted mean of each prediction (dydxVar &lt; 0) or of its effect in a continuous
     * variable, over rows (null = all) in the scenario. Returns, per prediction, {estimate, J_0,
     * ..., J_{k-1}}; a scenario that holds every variable is one evaluation point.
     */
    public double[][] average(Scenario sc, int[] rows, List<Prediction> preds, int dydxVar, Effect effect) {
        int k = b.length;
        int np = preds.size();
        int nParts = stripe.partVar.length;
        double[] fixed = new double[nParts];
        for (int p = 0; p < nParts; p++) {
            fixed[p] = sc.partValue(stripe.partVar[p], stripe.partIndicator[p], stripe.partLevel[p]);
        }
        boolean point = sc.isPoint();
        int[] dCols = dydxVar < 0 ? new int[0] : columnsOf(dydxVar);
        int[][] anc = new int[np][];
        int maxAnc = 0;
        for (int q = 0; q < np; q++) {
            anc[q] = preds.get(q).ancillary();
            maxAnc = Math.max(maxAnc, anc[q].length);
        }
        int scratch = 3 + 2 * maxAnc;
        int n = point ? 1 : rows == null ? nRows : rows.length;
        boolean pointMode = point;
        double[][] acc = RowChunks.reduce(n, (lo, hi) -> {
            double[][] a = new double[np + 1][k + 1];
            double[] x = new double[k];
            double[] d = new double[k];
            int[] nz = new int[k];
            double[][] outs = new double[np][scratch];
            IndexPredictions.Batch batch = new IndexPredictions.Batch(preds);
            double sumW = 0;
            for (int t = lo; t < hi; t++) {
                int row = pointMode ? -1 : rows == null ? t : rows[t];
                double w = pointMode || weight == null ? 1 : weight[row];
                if (w == 0) {
                    continue;
                }
                sumW += w;
                int m = 0;
                double eta = 0;
                for (int j = 0; j < k; j++) {
                    if (!stripe.isRegressor(j)) {
                        continue;
                    }
                    double v = 1;
                    for (int p = stripe.start[j]; p < stripe.start[j + 1]; p++) {
                        double f = fixed[p];
                        if (Double.isNaN(f)) {
                            double z = data[stripe.partVar[p]][row];
                            f = stripe.partIndicator[p] ? (z == stripe.partLevel[p] ? 1 : 0) : z;
                        }
                        v *= f;
                    }
                    x[j] = v;
                    if (v != 0) {
                        nz[m++] = j;
                        eta += v * b[j];
                    }
                }
                double s = 0;
                double zval = 0;
                if (dydxVar >= 0) {
                    for (int j : dCols) {
                        d[j] = derivative(j, dydxVar, fixed, row);
                        s += d[j] * b[j];
                    }
                    zval = sc.isFixed(dydxVar) ? sc.value(dydxVar) : data[dydxVar][row];
                }
                batch.eval(eta, outs);
                for (int q = 0; q < np; q++) {
                    double[] out = outs[q];
                    double[] aq = a[q];
                    double g;
                    double alpha;
                    double beta = 0;
                    double ancMul;   // dg/dtheta = ancMul * dP/dtheta + ancMul2 * d2P/(deta dtheta)
                    double ancMul2;
                    if (effect == Effect.INDEX_SLOPE) {
                        g = out[1];
                        alpha = out[2];
                        ancMul = 0;
                        ancMul2 = 1;
                    } else if (dydxVar < 0) {
                        g = out[0];
                        alpha = out[1];
                        ancMul = 1;
                        ancMul2 = 0;
                    } else {
                        double u = out[0];
                        double v = out[1] * s;
                        double mul = effect == Effect.EYEX || effect == Effect.DYEX ? zval : 1;
                        if (effect == Effect.EYEX || effect == Effect.EYDX) {
                            g = mul * v / u;
                            alpha = mul * (out[2] * s / u - v * out[1] / (u * u));
                            beta = mul * out[1] / u;
                            ancMul = -mul * v / (u * u);
                            ancMul2 = mul * s / u;
                        } else {
                            g = mul * v;
                            alpha = mul * out[2] * s;
                            beta = mul * out[1];
                            ancMul = 0;
                            ancMul2 = mul * s;
                        }
                    }
                    aq[0] += w * g;
                    double wa = w * alpha;
                    for (int i = 0; i < m; i++) {
                        int j = nz[i];
                        aq[1 + j] += wa * x[j];
                    }
                    if (beta != 0) {
                        double wb = w * beta;
                        for (int j : dCols) {
                            aq[1 + j] += wb * d[j];
                        }
                    }
                    for (int c = 0; c < anc[q].length; c++) {
                        aq[1 + anc[q][c]] += w * (ancMul * out[3 + 2 * c] + ancMul2 * out[4 + 2 * c]);
                    }
                }
            }
            a[np][0] = sumW;
            return a;
        }, RowChunks::add);
        double sumW = acc[np][0];
        double[][] res = new double[np][k + 1];
        for (int q = 0; q < np; q++) {
            for (int j = 0; j <= k; j++) {
                res[q][j] = sumW > 0 ? acc[q][j] / sumW : Double.NaN;
            }
        }
        return res;
    }

    /** The coefficients whose column involves variable v as a value (not as an indicator). */
    private int[] columnsOf(int v) {
        int k = b.length;
        int[] tmp = new int[k];
        int m = 0;
        for (int j = 0; j < k; j++) {
            for (int p = stripe.start[j]; p < stripe.start[j + 1]; p++) {
                if (stripe.partVar[p] == v && !stripe.partIndicator[p]) {
                    tmp[m++] = j;
                    break;
                }
            }
        }
        return java.util.Arrays.copyOf(tmp, m);
    }

    /** d x_j / d z by the product rule over the column's parts (z = variable v). */
    private double derivative(int j, int v, double[] fixed, int row) {
        double sum = 0;
        for (int p = stripe.start[j]; p < stripe.start[j + 1]; p++) {
            if (stripe.partVar[p] != v || stripe.partIndicator[p]) {
                continue;
            }
            double prod = 1;
            for (int q = stripe.start[j]; q < stripe.start[j + 1]; q++) {
                if (q == p) {
                    continue;
                }
                double f = fixed[q];
                if (Double.isNaN(f)) {
                    double z = data[stripe.partVar[q]][row];
                    f = stripe.partIndicator[q] ? (z == stripe.partLevel[q] ? 1 : 0) : z;
                }
                prod *= f;
            }
            sum += prod;
        }
        return sum;
    }
}
