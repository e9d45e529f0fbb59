package org.sdl.interp.causal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sdl.data.ByteColumn;
import org.sdl.data.Dataset;
import org.sdl.data.DoubleColumn;
import org.sdl.data.LongColumn;
import org.sdl.data.Missing;
import org.sdl.interp.SdlError;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;
import org.sdl.interp.syntax.BoundArgs;
import org.sdl.interp.syntax.Words;
import org.sdl.stats.Bootstrap;
import org.sdl.stats.EstimationResult;
import org.sdl.stats.VceSpec;
import org.sdl.stats.causal.MatchOptions;
import org.sdl.stats.causal.PsMatch;
import org.sdl.stats.design.Design;

/**
 * psmatch treatvar covariates, outcome(varlist) [...]: propensity-score matching with psmatch2's
 * options and numbers (probit score by default). Creates _pscore _treated _support _weight
 * _id _n1.. _nn _pdif and _outcome; posts the ATT (ATU/ATE with ate) with psmatch2's SE.
 */
public final class PsmatchCommand extends Command {
    public PsmatchCommand() {
        super("psmatch", 7, "varlist(numeric min=1) [if] [in] [, OUTcome(varlist) LOGit PRObit "
            + "Neighbor(integer 1) CALiper(real) RADius KERNEL Kerneltype(string) LLR BWidth(real) COMmon "
            + "TIES NOREPLacement DESCending ATE PSCore(varname) vce(string) QUIetly]");
    }

    @Override
    public void run(Invocation inv) {
        BoundArgs a = inv.args();
        String treat = a.varlist().get(0);
        List<String> covs = a.varlist().subList(1, a.varlist().size());
        if (a.string("outcome") == null) {
            throw new SdlError(198, "psmatch: option outcome(varlist) required");
        }
        boolean probit = a.flag("probit"); // the default score model, also when named
        if (a.flag("logit") && probit) {
            throw new SdlError(198, "psmatch: options logit and probit may not be combined");
        }
        List<String> outcomes = Words.split(a.string("outcome"));
        MatchOptions opt = options(a);
        Dataset data = inv.session().data();
        Design d = PropensityScore.design(data, treat, covs, outcomes, a.touse());
        PropensityScore ps = PropensityScore.fit(d, a.flag("logit"), inv.session().data(), a.string("pscore"));
        double[] score = ps.score();
        int n = d.n();
        boolean[] treated = new boolean[n];
        for (int i = 0; i < n; i++) {
            treated[i] = d.y()[i] == 1;
        }
        String y = outcomes.get(0);
        double[] yv = new double[n];
        for (int i = 0; i < n; i++) {
            yv[i] = data.numeric(y).get(d.rows()[i]);
        }
        PsMatch.Result r = PsMatch.estimate(treated, score, yv, opt);
        double se = r.se();
        VceSpec vce = a.string("vce") == null ? VceSpec.model() : bootstrapSpec(inv, a.string("vce"));
        if (vce.kind() == VceSpec.Kind.BOOTSTRAP) {
            Bootstrap.Result br = Bootstrap.run(n, null, 0, vce.reps(), vce.seed(), vce.threads(), idx -> {
                Design rd = d.resample(idx);
                PropensityScore rps = PropensityScore.fit(rd, a.flag("logit"), null, null);
                boolean[] rt = new boolean[idx.length];
                double[] ry = new double[idx.length];
                for (int i = 0; i < idx.length; i++) {
                    rt[i] = treated[idx[i]];
                    ry[i] = yv[idx[i]];
                }
                return new double[] {PsMatch.estimate(rt, rps.score(), ry, opt).att()};
            });
            se = br.v() == null ? Double.NaN : Math.sqrt(br.v()[0][0]);
        }
        MatchVariables.create(data, d, y, score, treated, r, opt);
        double[] unmatched = unmatched(treated, yv);
        Map<String, Object> stats = new LinkedHashMap<>(r.stats());
        if (vce.kind() == VceSpec.Kind.BOOTSTRAP) {
            stats.put("se", se);
            stats.put("t", r.att() / se);
        }
        stats.put("unmatched_diff", unmatched[0]);
        stats.put("unmatched_se", unmatched[1]);
        stats.put("pscore_coef", ps.coefficients());
        List<String> names = new ArrayList<>(List.of("ATT"));
        List<Double> b = new ArrayList<>(List.of(r.att()));
        if (opt.ate()) {
            names.add("ATU");
            names.add("ATE");
            b.add(r.atu());
            b.add(r.ate());
        }
        double[] bv = b.stream().mapToDouble(Double::doubleValue).toArray();
        double[][] v = new double[bv.length][bv.length];
        v[0][0] = se * se;
        EstimationResult.Builder bl = EstimationResult.builder("psmatch").depvar(y).names(names).b(bv).v(v)
            .n(n).sample(d.sample());
        stats.forEach(bl::result);
        bl.macro("title", "Propensity-score matching").macro("treatment", treat)
            .macro("vce", vce.kind() == VceSpec.Kind.BOOTSTRAP ? "bootstrap" : "psmatch2")
            .macro("pscore_model", a.flag("logit") ? "logit" : "probit");
        inv.session().setE(bl.build());
        inv.session().newR().scalar("att", r.att()).scalar("seatt", se);
        if (opt.ate()) {
            inv.session().r().scalar("atu", r.atu()).scalar("ate", r.ate());
        }
        MatchReport.print(inv, y, treated, yv, r, se, unmatched, ps, a.flag("quietly"));
    }

    private static MatchOptions options(BoundArgs a) {
        MatchOptions.Method method = a.flag("llr") ? MatchOptions.Method.LLR
            : a.flag("kernel") || a.flag("radius") ? MatchOptions.Method.KERNEL : MatchOptions.Method.NEAREST;
        double caliper = a.has("caliper") ? a.real("caliper", Double.POSITIVE_INFINITY) : Double.POSITIVE_INFINITY;
        MatchOptions.Kernel kernel = MatchOptions.Kernel.EPAN;
        if (a.flag("radius")) {
            if (!a.has("caliper")) {
                throw new SdlError(198, "psmatch: radius requires caliper()");
            }
            kernel = MatchOptions.Kernel.UNIFORM;
        } else if (a.string("kerneltype") != null) {
            kernel = kernelType(a.string("kerneltype"));
        }
        double bw = a.flag("radius") ? caliper : a.real("bwidth", 0.06);
        if (a.flag("noreplacement") && (a.integer("neighbor", 1) > 1 || method != MatchOptions.Method.NEAREST)) {
            throw new SdlError(198, "psmatch: noreplacement is allowed only with 1-nearest-neighbour matching");
        }
        return new MatchOptions(method, a.integer("neighbor", 1), caliper, kernel, bw, a.flag("common"),
            a.flag("ties"), a.flag("noreplacement"), a.flag("descending"), a.flag("ate"));
    }

    private static MatchOptions.Kernel kernelType(String t) {
        switch (t.strip().toLowerCase(Locale.ROOT)) {
            case "epan": case "epanechnikov": return MatchOptions.Kernel.EPAN;
            case "normal": case "gaussian": return MatchOptions.Kernel.NORMAL;
            case "biweight": return MatchOptions.Kernel.BIWEIGHT;
            case "uniform": return MatchOptions.Kernel.UNIFORM;
            case "tricube": return MatchOptions.Kernel.TRICUBE;
            default: throw new SdlError(198, "kerneltype(" + t + ") not allowed; use epan, normal, biweight, uniform or tricube");
        }
    }

    private static VceSpec bootstrapSpec(Invocation inv, String text) {
        if (!text.strip().startsWith("boot")) {
            throw new SdlError(198, "psmatch: vce(" + text + ") not allowed; use vce(bootstrap, reps(#) seed(#))");
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("reps?\\((\\d+)\\)").matcher(text);
        int reps = m.find() ? Integer.parseInt(m.group(1)) : 50;
        m = java.util.regex.Pattern.compile("seed\\((\\d+)\\)").matcher(text);
        long seed = m.find() ? Long.parseLong(m.group(1)) : inv.session().nextSeed();
        return VceSpec.bootstrap(reps, seed, inv.session().settings().threads());
    }

    /** The "Unmatched" row: difference in means and its OLS standard error (regress y treated). */
    static double[] unmatched(boolean[] treated, double[] y) {
        double s1 = 0;
        double s0 = 0;
        int n1 = 0;
        int n0 = 0;
        for (int i = 0; i < y.length; i++) {
            if (treated[i]) {
                s1 += y[i];
                n1++;
            } else {
                s0 += y[i];
                n0++;
            }
        }
        double m1 = s1 / n1;
        double m0 = s0 / n0;
        double rss = 0;
        for (int i = 0; i < y.length; i++) {
            double r = y[i] - (treated[i] ? m1 : m0);
            rss += r * r;
        }
        double s2 = rss / (y.length - 2);
        return new double[] {m1 - m0, Math.sqrt(s2 * (1.0 / n1 + 1.0 / n0)), m1, m0};
    }

    static DoubleColumn doubles(String name, int n) {
        return new DoubleColumn(name, n);
    }

    static ByteColumn bytes(String name, int n) {
        return new ByteColumn(name, n);
    }

    static LongColumn longs(String name, int n) {
        return new LongColumn(name, n);
    }

    static double missing() {
        return Missing.DOT;
    }
}
