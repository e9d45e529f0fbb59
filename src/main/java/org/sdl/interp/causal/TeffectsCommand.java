package org.sdl.interp.causal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sdl.data.DataException;
import org.sdl.data.Dataset;
import org.sdl.data.VariableMatcher;
import org.sdl.interp.SdlError;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;
import org.sdl.interp.syntax.BoundArgs;
import org.sdl.interp.syntax.Words;
import org.sdl.stats.EstimationResult;
import org.sdl.stats.causal.PsMatchAi;
import org.sdl.stats.causal.TreatmentEffects;
import org.sdl.stats.design.Design;
import org.sdl.stats.design.DesignBuilder;
import org.sdl.stats.ml.Link;

/**
 * teffects psmatch|ipw|ra|aipw (ovar [omvarlist]) (tvar [tmvarlist] [, logit|probit]) [if] [in]
 * [, ate atet pomeans nneighbor(#) caliper(#) vce(robust [, nn(#)]) level(#)]: Stata's
 * treatment-effects estimators for a binary treatment (control = the lower level).
 */
public final class TeffectsCommand extends Command {
    public TeffectsCommand() {
        super("teffects", 8, "anything [if] [in] [, ATE ATET POmeans NNeighbor(string) CALiper(real) "
            + "vce(string) Level(cilevel) AEQuations]");
    }

    @Override
    public void run(Invocation inv) {
        BoundArgs a = inv.args();
        List<String> words = Words.split(a.anything());
        if (words.isEmpty()) {
            throw new SdlError(198, "teffects: subcommand required (psmatch, ipw, ra or aipw)");
        }
        String sub = words.get(0).toLowerCase(Locale.ROOT);
        boolean atet = a.flag("atet");
        boolean ate = a.flag("ate");
        boolean pomeans = a.flag("pomeans");
        int m = a.integer("nneighbor", 1);
        boolean hasCaliper = a.has("caliper");
        double caliper = a.real("caliper", Double.POSITIVE_INFINITY);
        String vce = a.string("vce");
        double level = a.real("level", inv.session().settings().level());
        boolean aeq = a.flag("aequations");
        if ((ate ? 1 : 0) + (atet ? 1 : 0) + (pomeans ? 1 : 0) > 1) {
            throw new SdlError(198, "options ate, atet and pomeans may not be combined");
        }
        if (pomeans) {
            throw new SdlError(198, "teffects: pomeans is not supported by sdl; use ate or atet (POmean 0 is reported)");
        }
        if (!sub.equals("psmatch") && (a.has("nneighbor") || hasCaliper)) {
            throw new SdlError(198, "options nneighbor() and caliper() are allowed only with teffects psmatch");
        }
        if (sub.equals("aipw") && atet) {
            throw new SdlError(198, "teffects aipw estimates ate or pomeans only, not atet (as Stata)");
        }
        if (m < 1) {
            throw new SdlError(198, "nneighbor() must be a positive integer");
        }
        int nnVar = vceNeighbors(vce, sub);
        TreatmentEffects.Method method;
        switch (sub) {
            case "psmatch": method = null; break;
            case "ipw": method = TreatmentEffects.Method.IPW; break;
            case "ra": method = TreatmentEffects.Method.RA; break;
            case "aipw": method = TreatmentEffects.Method.AIPW; break;
            case "nnmatch":
                throw new SdlError(198, "teffects nnmatch is not supported by sdl; use teffects psmatch, ipw, ra or aipw");
            default:
                throw new SdlError(198, "teffects " + sub + " is not supported; use psmatch, ipw, ra or aipw");
        }
        if (words.size() != 3 || !words.get(1).startsWith("(") || !words.get(2).startsWith("(")) {
            throw new SdlError(198, "teffects " + sub + " (ovar [omvarlist]) (tvar [tmvarlist] [, logit|probit])");
        }
        Dataset data = inv.session().data();
        VariableMatcher vm = new VariableMatcher(data);
        List<String> outcome = Words.split(inner(words.get(1)));
        String tInner = inner(words.get(2));
        String tOpt = "";
        int comma = tInner.indexOf(',');
        if (comma >= 0) {
            tOpt = tInner.substring(comma + 1).strip().toLowerCase(Locale.ROOT);
            tInner = tInner.substring(0, comma);
        }
        List<String> treatment = Words.split(tInner);
        if (outcome.isEmpty() || treatment.isEmpty()) {
            throw new SdlError(198, "teffects " + sub + ": outcome and treatment variables required");
        }
        Link link = treatmentLink(tOpt, sub);
        String y = vm.one(outcome.get(0));
        String t = vm.one(treatment.get(0));
        List<String> ocovs = outcome.subList(1, outcome.size());
        List<String> tcovs = treatment.subList(1, treatment.size());
        if ((sub.equals("psmatch") || sub.equals("ipw")) && !ocovs.isEmpty()) {
            throw new SdlError(198, "teffects " + sub + ": the outcome equation takes no covariates: (" + y + ")");
        }
        if (sub.equals("ra") && !tcovs.isEmpty()) {
            throw new SdlError(198, "teffects ra: the treatment equation takes no covariates: (" + t + ")");
        }
        List<String> also = new ArrayList<>(List.of(y));
        also.addAll(ocovs);
        Design td = build(new DesignBuilder(data).depvar(t).terms(tcovs).alsoRequire(also).mask(a.touse()));
        double[] levels = levels(td.y(), t, sub);
        double[] w = new double[td.n()];
        boolean[] treated = new boolean[td.n()];
        for (int i = 0; i < w.length; i++) {
            treated[i] = td.y()[i] == levels[1];
            w[i] = treated[i] ? 1 : 0;
        }
        Design tw = new Design(w, td.x(), td.names(), td.omitted(), null, null, null, 0, td.rows(), td.sample(),
            td.constant(), t, td.notes());
        Design od = build(new DesignBuilder(data).depvar(y).terms(ocovs).mask(td.sample()));
        if (od.n() != td.n()) {
            throw new SdlError(459, "teffects: outcome and treatment samples differ");
        }
        String tl = (int) levels[1] + "vs" + (int) levels[0] + "." + t;
        EstimationResult.Builder bl;
        TeReport.Header header;
        if (method == null) {
            PropensityScore ps = PropensityScore.fit(tw, link == Link.LOGIT, null, null);
            double[][] x = columns(tw);
            double[] gamma = ps.coefficients().values().stream().mapToDouble(o -> (Double) o).toArray();
            double[] f = new double[w.length];
            for (int i = 0; i < f.length; i++) {
                double xb = 0;
                for (int j = 0; j < gamma.length; j++) {
                    xb += x[j][i] * gamma[j];
                }
                f[i] = link.pdf(xb);
            }
            PsMatchAi.Result r;
            try {
                r = PsMatchAi.estimate(treated, od.y(), ps.score(), x, f, m, caliper, nnVar, atet, true);
            } catch (DataException e) {
                throw new SdlError(e.code(), e.getMessage());
            }
            double se = Double.isNaN(r.se()) ? org.sdl.data.Missing.DOT : r.se();
            bl = EstimationResult.builder("teffects").names(List.of((atet ? "ATET:r" : "ATE:r") + tl))
                .b(new double[] {r.effect()}).v(new double[][] {{se * se}});
            bl.scalar("k_nneighbor", m).scalar("k_levels", 2).scalar("n1", r.n1()).scalar("n0", r.n() - r.n1())
                .scalar("matches_min", r.matchesMin()).scalar("matches_max", r.matchesMax());
            if (hasCaliper) {
                bl.scalar("caliper", caliper);
            }
            bl.result(atet ? "atet" : "ate", r.effect()).result("se", se).result("se_unadjusted", r.seUnadjusted())
                .result("pomean0", r.pomean0()).result("n_treated", (double) r.n1())
                .result("n_controls", (double) (r.n() - r.n1()));
            bl.macro("vcetype", "AI robust").macro("subcmd", "psmatch");
            header = new TeReport.Header("propensity-score matching", "matching", link.name().toLowerCase(Locale.ROOT),
                m, r.matchesMin(), r.matchesMax());
        } else {
            double[] gamma = null;
            double[][] xt = columns(tw);
            List<String> tNames = estimableNames(tw);
            if (method != TreatmentEffects.Method.RA) {
                PropensityScore ps = PropensityScore.fit(tw, link == Link.LOGIT, null, null);
                gamma = ps.coefficients().values().stream().mapToDouble(o -> (Double) o).toArray();
                checkOverlap(ps.score());
            }
            TreatmentEffects te = new TreatmentEffects(method, atet, w, od.y(), columns(od), xt, link);
            TreatmentEffects.Fit fit;
            try {
                fit = te.fit(gamma, estimableNames(od), tNames, t);
            } catch (DataException e) {
                throw new SdlError(e.code(), e.getMessage());
            }
            List<String> names = new ArrayList<>(fit.names());
            names.set(0, (atet ? "ATET:r" : "ATE:r") + tl);
            names.set(1, "POmean:" + (int) levels[0] + "." + t);
            double[][] v = fit.v();
            if (v == null) {
                throw new SdlError(459, "teffects " + sub + ": the moment conditions are singular; check the covariates");
            }
            bl = EstimationResult.builder("teffects").names(names).b(fit.b()).v(v);
            double se = Math.sqrt(v[0][0]);
            bl.result(atet ? "atet" : "ate", fit.b()[0]).result("se", se).result("pomean0", fit.b()[1])
                .result("pomean0_se", Math.sqrt(v[1][1])).result("pomean1", fit.pomean1());
            bl.macro("vcetype", "Robust").macro("subcmd", sub);
            String est = method == TreatmentEffects.Method.IPW ? "inverse-probability weights"
                : method == TreatmentEffects.Method.RA ? "regression adjustment" : "augmented IPW";
            String om = method == TreatmentEffects.Method.IPW ? "weighted mean" : "linear by ML";
            header = new TeReport.Header(est, om, method == TreatmentEffects.Method.RA ? "none"
                : link.name().toLowerCase(Locale.ROOT), 0, 0, 0);
        }
        bl.depvar(y).n(td.n()).sample(td.sample());
        bl.macro("title", "Treatment-effects estimation").macro("tvar", t).macro("stat", atet ? "atet" : "ate")
            .macro("vce", "robust").macro("tmodel", method == TreatmentEffects.Method.RA ? "" : link.name().toLowerCase(Locale.ROOT))
            .macro("cmdline", ("teffects " + inv.text()).strip()).macro("tmvarlist", String.join(" ", tcovs))
            .macro("control", String.valueOf((int) levels[0])).macro("treated", String.valueOf((int) levels[1]));
        EstimationResult r = bl.build();
        inv.session().setE(r);
        TeReport.print(inv, r, header, t, levels, level, aeq);
    }

    private static int vceNeighbors(String vce, String sub) {
        if (vce == null) {
            return 2;
        }
        String v = vce.strip().toLowerCase(Locale.ROOT);
        java.util.regex.Matcher mm = java.util.regex.Pattern.compile("^rob(?:u(?:s(?:t)?)?)?\\s*(?:,\\s*nn\\((\\d+)\\))?$").matcher(v);
        if (mm.matches()) {
            if (mm.group(1) != null && !sub.equals("psmatch")) {
                throw new SdlError(198, "vce(robust, nn()) is allowed only with teffects psmatch");
            }
            int nn = mm.group(1) == null ? 2 : Integer.parseInt(mm.group(1));
            if (nn < 1) {
                throw new SdlError(198, "vce(robust, nn(#)) needs a positive #");
            }
            return nn;
        }
        throw new SdlError(198, "vce(" + vce + ") not supported by sdl's teffects; use vce(robust) or vce(robust, nn(#))");
    }

    private static Link treatmentLink(String opt, String sub) {
        if (opt.isEmpty() || opt.equals("logit")) {
            return Link.LOGIT;
        }
        if (opt.equals("probit")) {
            return Link.PROBIT;
        }
        throw new SdlError(198, "treatment model " + opt + " not supported; use logit or probit");
    }

    private static String inner(String w) {
        if (!w.endsWith(")")) {
            throw new SdlError(198, "unmatched parenthesis in " + w);
        }
        return w.substring(1, w.length() - 1).strip();
    }

    private static Design build(DesignBuilder b) {
        try {
            return b.build();
        } catch (DataException e) {
            throw new SdlError(e.code(), e.getMessage());
        }
    }

    /** The two treatment levels, control (lower) first; anything else is r(450) naming the variable. */
    private static double[] levels(double[] t, String name, String sub) {
        java.util.TreeSet<Double> seen = new java.util.TreeSet<>();
        for (double v : t) {
            seen.add(v);
            if (seen.size() > 2) {
                break;
            }
        }
        if (seen.size() != 2) {
            throw new SdlError(450, "treatment variable " + name + " must be binary: it takes "
                + (seen.size() > 2 ? "more than two" : "only one") + " value" + (seen.size() == 1 ? "" : "s")
                + " in the estimation sample; teffects " + sub + " in sdl needs exactly two levels");
        }
        for (double v : seen) {
            if (v != Math.rint(v) || v < 0) {
                throw new SdlError(452, "treatment variable " + name + " must take nonnegative integer values");
            }
        }
        return new double[] {seen.first(), seen.last()};
    }

    private static void checkOverlap(double[] p) {
        for (double v : p) {
            if (v < 1e-5 || v > 1 - 1e-5) {
                throw new SdlError(459, "treatment overlap assumption has been violated; propensity scores "
                    + "less than 1e-5 or greater than 1-1e-5");
            }
        }
    }

    static double[][] columns(Design d) {
        int[] est = d.estimable();
        double[][] x = new double[est.length][];
        for (int j = 0; j < est.length; j++) {
            x[j] = d.x()[est[j]];
        }
        return x;
    }

    static List<String> estimableNames(Design d) {
        List<String> out = new ArrayList<>();
        for (int j : d.estimable()) {
            out.add(d.names().get(j));
        }
        return out;
    }
}
