package org.sdl.interp.postest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.sdl.data.DataException;
import org.sdl.data.Dataset;
import org.sdl.data.DoubleColumn;
import org.sdl.data.Missing;
import org.sdl.data.NumericColumn;
import org.sdl.data.StorageType;
import org.sdl.interp.SdlError;
import org.sdl.interp.Session;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;
import org.sdl.interp.expr.EvalContext;
import org.sdl.interp.expr.ExprCompiler;
import org.sdl.interp.expr.Node;
import org.sdl.interp.syntax.BoundArgs;
import org.sdl.lang.Parser;
import org.sdl.stats.EstimationResult;
import org.sdl.stats.margins.CoefficientStripe;
import org.sdl.stats.margins.LinearIndex;
import org.sdl.stats.margins.MarginsModel;
import org.sdl.stats.margins.MarginsModels;
import org.sdl.stats.margins.Prediction;

/**
 * predictnl [type] newvar = exp [if] [in] [, se(newvar) variance(newvar) ci(lo hi) level(#)]:
 * a nonlinear function of the coefficients and of predictions ({@code predict(...)}, {@code xb()},
 * {@code _b[x]}) on every row, with delta-method standard errors.
 *
 * <p>The derivative is numerical, as Stata's, but taken along the principal axes of e(V): with
 * e(V) = sum_m c_m c_m' (c_m = sqrt(lambda_m) u_m), the variance of g_i(b) is sum_m (g_i'c_m)^2
 * and g_i'c_m is a central difference of g_i along c_m. Each axis is one pass over the data, so
 * memory stays one column per pass however many coefficients the model has.
 */
public final class PredictnlCommand extends Command {
    /** Central-difference step along c_m (c_m is about one standard error long). */
    static final double STEP = 1e-4;

    public PredictnlCommand() {
        super("predictnl", 9, "anything =exp [if] [in] [, se(string) VARiance(string) ci(string) Level(cilevel) "
            + "g(string) FORCE]");
    }

    @Override
    public void run(Invocation inv) {
        Session s = inv.session();
        EstimationResult e = s.requireE();
        BoundArgs a = inv.args();
        if (a.string("g") != null) {
            throw new SdlError(198, "option g() not supported");
        }
        if (a.flag("force")) {
            throw new SdlError(198, "option force not supported");
        }
        List<String> words = new ArrayList<>(a.words());
        StorageType type = StorageType.FLOAT;
        if (words.size() == 2 && StorageType.parse(words.get(0)) != null) {
            type = StorageType.parse(words.remove(0));
        }
        if (words.size() != 1) {
            throw new SdlError(198, "predictnl: syntax is predictnl [type] newvar = exp");
        }
        String newvar = words.get(0);
        Dataset data = s.data();
        List<String> targets = new ArrayList<>(List.of(newvar));
        String[] ci = null;
        if (a.string("ci") != null) {
            ci = a.string("ci").strip().split("\\s+");
            if (ci.length != 2) {
                throw new SdlError(198, "ci() needs two new variable names");
            }
            targets.addAll(List.of(ci));
        }
        if (a.string("se") != null) {
            targets.add(a.string("se").strip());
        }
        if (a.string("variance") != null) {
            targets.add(a.string("variance").strip());
        }
        for (String t : targets) {
            if (data.has(t)) {
                throw new SdlError(110, "variable " + t + " already defined");
            }
        }
        int n = data.nObs();
        boolean[] use = a.touse();
        List<String> temps = new ArrayList<>();
        try {
            Evaluator ev = new Evaluator(inv, e, a.expText(), temps);
            double[] value = ev.values(e.b());
            boolean wantSe = ci != null || a.string("se") != null || a.string("variance") != null;
            double[] var = wantSe ? variance(ev, e, value) : null;
            double level = a.real("level", s.settings().level());
            boolean t = org.sdl.output.CoefficientTable.usesT(e);
            double crit = t ? new org.apache.commons.math3.distribution.TDistribution(e.scalar("df_r"))
                .inverseCumulativeProbability(1 - (1 - level / 100) / 2)
                : new org.apache.commons.math3.distribution.NormalDistribution()
                .inverseCumulativeProbability(1 - (1 - level / 100) / 2);
            add(inv, newvar, type, value, use, null, 0);
            if (a.string("se") != null) {
                add(inv, a.string("se").strip(), type, var, use, value, 1);
            }
            if (a.string("variance") != null) {
                add(inv, a.string("variance").strip(), type, var, use, value, 2);
            }
            if (ci != null) {
                double[] lo = new double[n];
                double[] hi = new double[n];
                for (int i = 0; i < n; i++) {
                    double sd = Math.sqrt(Math.max(0, var[i]));
                    boolean ok = !Missing.isMissing(value[i]) && !Missing.isMissing(var[i]);
                    lo[i] = ok ? value[i] - crit * sd : Missing.DOT;
                    hi[i] = ok ? value[i] + crit * sd : Missing.DOT;
                }
                if (!t) {
                    inv.out().println("note: confidence intervals calculated using Z critical values");
                }
                add(inv, ci[0], type, lo, use, null, 0);
                add(inv, ci[1], type, hi, use, null, 0);
            }
        } catch (DataException ex) {
            throw new SdlError(ex.code(), ex.getMessage());
        } finally {
            temps.forEach(data::drop);
        }
    }

    /** sum over the principal axes of e(V) of the squared directional derivative, row by row. */
    private static double[] variance(Evaluator ev, EstimationResult e, double[] value) {
        int k = e.k();
        double[][] v = e.v();
        EigenDecomposition eig = new EigenDecomposition(MatrixUtils.createRealMatrix(v));
        double[] out = new double[value.length];
        double[] b = e.b();
        for (int m = 0; m < k; m++) {
            double lambda = eig.getRealEigenvalue(m);
            if (!(lambda > 1e-14 * Math.max(1e-300, eig.getRealEigenvalue(0))) || lambda <= 0) {
                continue;
            }
            double[] c = eig.getEigenvector(m).mapMultiply(Math.sqrt(lambda)).toArray();
            double[] up = b.clone();
            double[] down = b.clone();
            for (int j = 0; j < k; j++) {
                up[j] += STEP * c[j];
                down[j] -= STEP * c[j];
            }
            double[] gu = ev.values(up);
            double[] gd = ev.values(down);
            for (int i = 0; i < out.length; i++) {
                if (Missing.isMissing(out[i])) {
                    continue;
                }
                if (Missing.isMissing(gu[i]) || Missing.isMissing(gd[i])) {
                    out[i] = Missing.DOT;
                    continue;
                }
                double d = (gu[i] - gd[i]) / (2 * STEP);
                out[i] += d * d;
            }
        }
        for (int i = 0; i < out.length; i++) {
            if (Missing.isMissing(value[i])) {
                out[i] = Missing.DOT;
            }
        }
        return out;
    }

    private static void add(Invocation inv, String name, StorageType type, double[] values, boolean[] use,
                            double[] ref, int what) {
        Dataset data = inv.session().data();
        NumericColumn c = NumericColumn.create(type, name, values.length);
        int missing = 0;
        for (int i = 0; i < values.length; i++) {
            double x = values[i];
            if (what == 1 && !Missing.isMissing(x)) {
                x = Math.sqrt(Math.max(0, x));
            }
            if (!use[i] || Double.isNaN(x) || Double.isInfinite(x)) {
                x = Missing.DOT;
            }
            c.set(i, x);
            if (Missing.isMissing(x)) {
                missing++;
            }
        }
        data.add(c);
        if (missing > 0) {
            inv.out().println("(" + String.format(Locale.ROOT, "%,d", missing) + " missing value"
                + (missing > 1 ? "s" : "") + " generated)");
        }
    }

    /**
     * Evaluates the expression at any coefficient vector: predict(...) and xb() become temporary
     * columns recomputed from that vector, and _b[] reads it through a temporarily posted e().
     */
    private static final class Evaluator {
        private final Invocation inv;
        private final EstimationResult e;
        private final String text;
        private final List<String> specs = new ArrayList<>();
        private final List<String> tempNames;
        private final CoefficientStripe stripe;
        private final double[][] data;

        Evaluator(Invocation inv, EstimationResult e, String expText, List<String> temps) {
            this.inv = inv;
            this.e = e;
            this.tempNames = temps;
            this.stripe = new CoefficientStripe(e.names());
            Dataset d = inv.session().data();
            int n = d.nObs();
            data = new double[stripe.variables().size()][];
            for (int v = 0; v < data.length; v++) {
                NumericColumn c = d.numeric(stripe.variables().get(v));
                if (c == null) {
                    throw new SdlError(111, "variable " + stripe.variables().get(v) + " not found");
                }
                data[v] = new double[n];
                for (int i = 0; i < n; i++) {
                    data[v][i] = c.get(i);
                }
            }
            StringBuilder out = new StringBuilder();
            String t = expText;
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\b(predict|xb)\\s*\\(").matcher(t);
            int last = 0;
            while (m.find(last)) {
                int open = m.end() - 1;
                int depth = 0;
                int close = open;
                for (; close < t.length(); close++) {
                    if (t.charAt(close) == '(') {
                        depth++;
                    } else if (t.charAt(close) == ')' && --depth == 0) {
                        break;
                    }
                }
                if (close >= t.length()) {
                    throw new SdlError(198, "unmatched parenthesis in " + expText);
                }
                String inner = t.substring(open + 1, close).strip();
                String spec = m.group(1).equals("xb") ? "xb" : inner;
                String name = inv.session().nextTempName();
                tempNames.add(name);
                specs.add(spec);
                d.add(new DoubleColumn(name, n));
                out.append(t, last, m.start()).append(name);
                last = close + 1;
            }
            out.append(t.substring(last));
            this.text = out.toString();
        }

        double[] values(double[] b) {
            EstimationResult at = e.toBuilder().b(b).build();
            Session s = inv.session();
            Dataset d = s.data();
            int n = d.nObs();
            double[] eta = new double[n];
            LinearIndex.compute(stripe, data, b, eta);
            MarginsModel model = MarginsModels.of(at);
            double[] scratch = new double[16];
            for (int p = 0; p < specs.size(); p++) {
                Prediction pr = specs.get(p).isEmpty() ? single(model) : model.named(specs.get(p));
                NumericColumn col = d.numeric(tempNames.get(p));
                for (int i = 0; i < n; i++) {
                    if (Missing.isMissing(eta[i])) {
                        col.set(i, Missing.DOT);
                        continue;
                    }
                    pr.eval(eta[i], scratch);
                    col.set(i, scratch[0]);
                }
            }
            EstimationResult saved = s.e();
            s.setE(at);
            try {
                Node node = ExprCompiler.compile(Parser.expression(inv.line().withText(text)), s, EvalContext.whole(n));
                if (node.isString()) {
                    throw new SdlError(109, "type mismatch");
                }
                double[] out = new double[n];
                for (int i = 0; i < n; i++) {
                    out[i] = node.num(i);
                }
                return out;
            } finally {
                s.setE(saved);
            }
        }

        private static Prediction single(MarginsModel model) {
            List<Prediction> d = model.defaults();
            if (d.size() != 1) {
                throw new SdlError(198, "predict() after an ordered model needs outcome(#)");
            }
            return d.get(0);
        }
    }
}
