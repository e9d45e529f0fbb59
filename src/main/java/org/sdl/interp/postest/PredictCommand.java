package org.sdl.interp.postest;

import java.util.List;
import org.sdl.data.Dataset;
import org.sdl.data.Missing;
import org.sdl.data.NumericColumn;
import org.sdl.data.StorageType;
import org.sdl.interp.SdlError;
import org.sdl.interp.TimeSeriesVariables;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;
import org.sdl.stats.EstimationResult;
import org.sdl.stats.ml.Link;

/**
 * predict newvar(s) [if] [in] [, xb stdp pr residuals outcome(#)]: linear prediction, its
 * standard error, probabilities (one per outcome for ordered models) and residuals, for every
 * observation with the regressors present (not only e(sample)), as Stata does.
 */
public final class PredictCommand extends Command {
    public PredictCommand() {
        super("predict", 4, "anything [if] [in] [, XB STDP PR P Residuals OUTcome(string)]");
    }

    @Override
    public void run(Invocation inv) {
        EstimationResult e = inv.session().requireE();
        // a model with L.x or D.y needs those series again, for as long as predict runs
        List<String> operated = new java.util.ArrayList<>(e.names());
        if (e.depvar() != null) {
            operated.add(e.depvar());
        }
        try (TimeSeriesVariables series = TimeSeriesVariables.materialize(inv.session(), operated, inv.line())) {
            predict(inv, e);
        }
    }

    private void predict(Invocation inv, EstimationResult e) {
        Dataset data = inv.session().data();
        List<String> newvars = new java.util.ArrayList<>();
        types.clear();
        StorageType pending = StorageType.FLOAT;
        for (String w : inv.args().words()) {
            StorageType t = StorageType.parse(w);
            if (t != null && !t.isString()) {
                pending = t;
                continue;
            }
            newvars.add(w);
            types.put(w, pending);
        }
        if (newvars.size() == 1 && newvars.get(0).endsWith("*") && (e.cmd().equals("ologit") || e.cmd().equals("oprobit"))) {
            String stub = newvars.get(0).substring(0, newvars.get(0).length() - 1);
            StorageType t = types.get(newvars.get(0));
            newvars.clear();
            for (int c = 1; c <= (int) e.scalar("k_cat"); c++) {
                newvars.add(stub + c);
                types.put(stub + c, t);
            }
        }
        if (newvars.isEmpty()) {
            throw new SdlError(100, "predict: new variable name required");
        }
        String cmd = e.cmd();
        boolean ordered = cmd.equals("ologit") || cmd.equals("oprobit");
        boolean binary = cmd.equals("logit") || cmd.equals("probit");
        String what = inv.args().flag("xb") ? "xb" : inv.args().flag("stdp") ? "stdp"
            : inv.args().flag("residuals") ? "residuals"
            : inv.args().flag("pr") || inv.args().flag("p") ? "pr"
            : (binary || ordered) ? "pr" : "xb";
        StripeEvaluator ev = new StripeEvaluator(data, e.names());
        boolean[] use = inv.args().touse();
        int n = data.nObs();
        double[] xb = new double[n];
        double[] stdp = what.equals("stdp") ? new double[n] : null;
        for (int i = 0; i < n; i++) {
            xb[i] = linear(e, ev, i, stdp);
        }
        if (what.equals("pr") && ordered) {
            ordered(inv, e, xb, use, newvars);
            return;
        }
        if (newvars.size() != 1) {
            throw new SdlError(103, "predict: one new variable expected");
        }
        String name = newvars.get(0);
        double[] out = new double[n];
        Link link = cmd.contains("logit") ? Link.LOGIT : Link.PROBIT;
        for (int i = 0; i < n; i++) {
            double v = xb[i];
            if (!use[i] || Missing.isMissing(v)) {
                out[i] = Missing.DOT;
                continue;
            }
            switch (what) {
                case "stdp": out[i] = stdp[i]; break;
                case "residuals": {
                    NumericColumn y = data.numeric(e.depvar());
                    double yi = y == null ? Missing.DOT : y.get(i);
                    out[i] = Missing.isMissing(yi) ? Missing.DOT : yi - v;
                    break;
                }
                case "pr":
                    if (!binary) {
                        throw new SdlError(198, "option pr not allowed after " + cmd);
                    }
                    out[i] = link.cdf(v);
                    break;
                default: out[i] = v;
            }
        }
        add(inv, name, out);
    }

    private static double linear(EstimationResult e, StripeEvaluator ev, int row, double[] stdp) {
        double s = 0;
        int k = e.k();
        double[] x = stdp == null ? null : new double[k];
        for (int j = 0; j < k; j++) {
            if (!ev.isRegressor(j) || e.omitted(j)) {
                continue;
            }
            double v = ev.value(j, row);
            if (Missing.isMissing(v)) {
                return Missing.DOT;
            }
            s += v * e.b(j);
            if (x != null) {
                x[j] = v;
            }
        }
        if (x != null) {
            double q = 0;
            for (int a = 0; a < k; a++) {
                if (x[a] == 0) {
                    continue;
                }
                for (int b = 0; b < k; b++) {
                    q += x[a] * e.v(a, b) * x[b];
                }
            }
            stdp[row] = Math.sqrt(Math.max(0, q));
        }
        return s;
    }

    private void ordered(Invocation inv, EstimationResult e, double[] xb, boolean[] use, List<String> newvars) {
        int cats = (int) e.scalar("k_cat");
        String[] levels = e.macro("cat").split(" ");
        double[] cuts = new double[cats - 1];
        for (int c = 0; c < cats - 1; c++) {
            cuts[c] = e.b(e.indexOf("/cut" + (c + 1)));
        }
        Link link = e.cmd().equals("ologit") ? Link.LOGIT : Link.PROBIT;
        String outcome = inv.args().string("outcome");
        int[] which;
        if (outcome != null) {
            String o = outcome.strip().replace("#", "");
            int idx = -1;
            for (int c = 0; c < cats; c++) {
                if (levels[c].equals(o)) {
                    idx = c;
                }
            }
            if (idx < 0 && outcome.strip().startsWith("#")) {
                idx = Integer.parseInt(o) - 1;
            }
            if (idx < 0 || idx >= cats) {
                throw new SdlError(303, "outcome " + outcome + " not found");
            }
            if (newvars.size() != 1) {
                throw new SdlError(103, "predict: one new variable expected with outcome()");
            }
            which = new int[] {idx};
        } else {
            if (newvars.size() != cats) {
                throw new SdlError(newvars.size() < cats ? 102 : 103, "predict after " + e.cmd()
                    + " needs " + cats + " new variables (one per outcome) or outcome(#)");
            }
            which = new int[cats];
            for (int c = 0; c < cats; c++) {
                which[c] = c;
            }
        }
        for (int v = 0; v < which.length; v++) {
            int c = which[v];
            double[] out = new double[xb.length];
            for (int i = 0; i < xb.length; i++) {
                if (!use[i] || Missing.isMissing(xb[i])) {
                    out[i] = Missing.DOT;
                    continue;
                }
                double upper = c < cats - 1 ? link.cdf(cuts[c] - xb[i]) : 1;
                double lower = c > 0 ? link.cdf(cuts[c - 1] - xb[i]) : 0;
                out[i] = upper - lower;
            }
            add(inv, newvars.get(v), out);
        }
    }

    private final java.util.Map<String, StorageType> types = new java.util.HashMap<>();

    private void add(Invocation inv, String name, double[] values) {
        Dataset data = inv.session().data();
        if (data.has(name)) {
            throw new SdlError(110, "variable " + name + " already defined");
        }
        NumericColumn c = NumericColumn.create(types.getOrDefault(name, StorageType.FLOAT), name, values.length);
        int missing = 0;
        for (int i = 0; i < values.length; i++) {
            c.set(i, values[i]);
            if (Missing.isMissing(values[i])) {
                missing++;
            }
        }
        data.add(c);
        if (missing > 0) {
            inv.out().println("(" + missing + " missing value" + (missing > 1 ? "s" : "") + " generated)");
        }
    }
}
