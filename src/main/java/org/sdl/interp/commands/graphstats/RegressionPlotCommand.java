package org.sdl.interp.commands.graphstats;

import java.util.ArrayList;
import java.util.List;
import org.sdl.data.Dataset;
import org.sdl.data.Missing;
import org.sdl.data.NumericColumn;
import org.sdl.interp.SdlError;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;
import org.sdl.interp.postest.StripeEvaluator;
import org.sdl.interp.commands.graph.PlotStyles;
import org.sdl.output.graph.Graph;
import org.sdl.output.graph.MarkerStyle;
import org.sdl.output.graph.Layer;
import org.sdl.output.graph.Plot;
import org.sdl.output.graph.Scheme;
import org.sdl.output.graph.TextBlock;
import org.sdl.stats.EstimationResult;
import org.sdl.stats.linalg.SymmetricInverse;

/**
 * The regression diagnostic plots after regress ([R] regress postestimation diagnostic plots):
 * rvfplot (residuals against fitted values), rvpplot var (residuals against a regressor),
 * lvr2plot (leverage against the normalised squared residual, with lines at both means) and
 * avplot var (the added-variable plot: y and var each residualised on the other regressors, with
 * the fitted line whose slope is var's coefficient). Fitted values are e(b) applied to the
 * regressors of e(sample), as predict computes them; leverage is stdp^2 / s^2.
 */
public final class RegressionPlotCommand extends Command {
    private final String kind;

    public RegressionPlotCommand(String kind) {
        super(kind, kind.length(), kind.equals("rvfplot") || kind.equals("lvr2plot") ? "[, *]" : "varname [, *]");
        this.kind = kind;
    }

    @Override
    public void run(Invocation inv) {
        EstimationResult e = inv.session().requireE();
        if (!e.cmd().equals("regress")) {
            throw new SdlError(301, kind + " is only allowed after regress");
        }
        boolean weighted = e.macro("wtype") != null && !e.macro("wtype").isEmpty();
        if (weighted && (kind.equals("lvr2plot") || kind.equals("avplot"))) {
            throw new SdlError(198, kind + " after weighted regress is not supported by sdl");
        }
        Dataset d = inv.session().data();
        Fit f = Fit.of(d, e);
        GraphStatOutput.Context ctx = GraphStatOutput.begin(inv, inv.args().rest());
        Scheme scheme = ctx.scheme();
        var marker = PlotStyles.marker(ctx.opts(), scheme, 0, null);
        Plot p = new Plot();
        Graph g = Graph.of(p);
        switch (kind) {
            case "rvfplot" -> {
                p.add(new Layer.Points(f.fitted, f.resid, marker, null));
                p.x.title("Fitted values");
                p.y.title("Residuals");
            }
            case "rvpplot" -> {
                String var = inv.args().varlist().get(0);
                NumericColumn c = GraphData.numeric(d, var);
                double[] x = new double[f.rows.length];
                for (int k = 0; k < x.length; k++) {
                    x[k] = c.get(f.rows[k]);
                }
                p.add(new Layer.Points(x, f.resid, marker, null));
                p.x.title(GraphData.title(d, var));
                p.y.title("Residuals");
            }
            case "lvr2plot" -> lvr2(f, e, p, scheme, marker);
            case "avplot" -> avplot(inv, d, e, f, p, g, scheme, marker);
            default -> throw new IllegalStateException(kind);
        }
        GraphStatOutput.finish(inv, g, ctx, kind);
    }

    private static void lvr2(Fit f, EstimationResult e, Plot p, Scheme scheme, MarkerStyle marker) {
        int n = f.rows.length;
        double ss = 0;
        for (double r : f.resid) {
            ss += r * r;
        }
        double s2 = ss / e.scalar("df_r");
        double[] nr2 = new double[n];
        double[] lev = new double[n];
        double mx = 0;
        double my = 0;
        for (int k = 0; k < n; k++) {
            nr2[k] = f.resid[k] * f.resid[k] / ss;
            lev[k] = f.stdp[k] * f.stdp[k] / s2;
            mx += nr2[k] / n;
            my += lev[k] / n;
        }
        p.add(new Layer.RefLine(true, mx, scheme.refLine()));
        p.add(new Layer.RefLine(false, my, scheme.refLine()));
        p.add(new Layer.Points(nr2, lev, marker, null));
        p.x.title("Normalized residual squared");
        p.y.title("Leverage");
    }

    private static void avplot(Invocation inv, Dataset d, EstimationResult e, Fit f, Plot p, Graph g, Scheme scheme,
                               MarkerStyle marker) {
        String var = inv.args().varlist().get(0);
        int j = e.indexOf(var);
        if (j < 0 || e.omitted(j)) {
            throw new SdlError(198, var + " is not a regressor of the last regress");
        }
        StripeEvaluator ev = new StripeEvaluator(d, e.names());
        List<Integer> others = new ArrayList<>();
        for (int c = 0; c < e.k(); c++) {
            if (c != j && ev.isRegressor(c) && !e.omitted(c)) {
                others.add(c);
            }
        }
        int n = f.rows.length;
        int q = others.size();
        double[][] z = new double[n][q];
        double[] xj = new double[n];
        for (int k = 0; k < n; k++) {
            for (int c = 0; c < q; c++) {
                z[k][c] = ev.value(others.get(c), f.rows[k]);
            }
            xj[k] = ev.value(j, f.rows[k]);
        }
        double[] ey = residualise(z, f.y);
        double[] ex = residualise(z, xj);
        double b = e.b(j);
        double se = e.se(j);
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : ex) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        p.add(new Layer.Points(ex, ey, marker, null));
        p.add(new Layer.Line(new double[] {lo, hi}, new double[] {b * lo, b * hi}, scheme.line(1), null, null));
        p.x.title("e( " + var + " | X )");
        p.y.title("e( " + e.depvar() + " | X )");
        g.note = TextBlock.of("coef = " + HistogramCommand.num(b) + ", se = " + HistogramCommand.num(se)
            + ", t = " + String.format(java.util.Locale.ROOT, "%.2f", b / se));
    }

    /** Residuals of v regressed on the columns of z (least squares through the normal equations). */
    static double[] residualise(double[][] z, double[] v) {
        int n = v.length;
        int q = n == 0 ? 0 : z[0].length;
        double[][] ztz = new double[q][q];
        double[] ztv = new double[q];
        for (int k = 0; k < n; k++) {
            for (int a = 0; a < q; a++) {
                ztv[a] += z[k][a] * v[k];
                for (int c = 0; c <= a; c++) {
                    ztz[a][c] += z[k][a] * z[k][c];
                }
            }
        }
        for (int a = 0; a < q; a++) {
            for (int c = a + 1; c < q; c++) {
                ztz[a][c] = ztz[c][a];
            }
        }
        double[][] inv = SymmetricInverse.invert(ztz);
        if (inv == null) {
            throw new SdlError(498, "regressors are collinear");
        }
        double[] beta = SymmetricInverse.times(inv, ztv);
        double[] r = new double[n];
        for (int k = 0; k < n; k++) {
            double s = 0;
            for (int a = 0; a < q; a++) {
                s += z[k][a] * beta[a];
            }
            r[k] = v[k] - s;
        }
        return r;
    }

    /** Depvar, fitted values, residuals and stdp on the rows of e(sample). */
    record Fit(int[] rows, double[] y, double[] fitted, double[] resid, double[] stdp) {
        static Fit of(Dataset d, EstimationResult e) {
            boolean[] sample = e.sample();
            NumericColumn yc = d.numeric(e.depvar());
            if (sample == null || yc == null || sample.length != d.nObs()) {
                throw new SdlError(301, "the estimation sample is no longer in memory");
            }
            StripeEvaluator ev = new StripeEvaluator(d, e.names());
            int n = 0;
            for (boolean s : sample) {
                n += s ? 1 : 0;
            }
            if (n == 0) {
                throw new SdlError(2000, "no observations");
            }
            int[] rows = new int[n];
            double[] y = new double[n];
            double[] xb = new double[n];
            double[] res = new double[n];
            double[] stdp = new double[n];
            int k = e.k();
            double[] x = new double[k];
            int m = 0;
            for (int i = 0; i < sample.length; i++) {
                if (!sample[i]) {
                    continue;
                }
                double s = 0;
                boolean missing = false;
                for (int j = 0; j < k; j++) {
                    x[j] = 0;
                    if (!ev.isRegressor(j) || e.omitted(j)) {
                        continue;
                    }
                    double v = ev.value(j, i);
                    if (Missing.isMissing(v)) {
                        missing = true;
                        break;
                    }
                    x[j] = v;
                    s += v * e.b(j);
                }
                if (missing) {
                    continue;
                }
                double q = 0;
                for (int a = 0; a < k; a++) {
                    if (x[a] != 0) {
                        for (int b = 0; b < k; b++) {
                            q += x[a] * e.v(a, b) * x[b];
                        }
                    }
                }
                rows[m] = i;
                y[m] = yc.get(i);
                xb[m] = s;
                res[m] = y[m] - s;
                stdp[m] = Math.sqrt(Math.max(0, q));
                m++;
            }
            return new Fit(java.util.Arrays.copyOf(rows, m), java.util.Arrays.copyOf(y, m),
                java.util.Arrays.copyOf(xb, m), java.util.Arrays.copyOf(res, m), java.util.Arrays.copyOf(stdp, m));
        }
    }
}
