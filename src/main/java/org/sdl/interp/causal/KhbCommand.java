package org.sdl.interp.causal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sdl.data.Dataset;
import org.sdl.data.Missing;
import org.sdl.interp.SdlError;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;
import org.sdl.interp.syntax.BoundArgs;
import org.sdl.interp.syntax.Words;
import org.sdl.stats.EstimationResult;
import org.sdl.data.DataException;
import org.sdl.stats.Bootstrap;
import org.sdl.stats.causal.KhbDecomposition;
import org.sdl.stats.design.Design;

/**
 * khb model depvar keyvars || mediators [if] [in] [, concomitant() summary disentangle ape]:
 * the Kohler-Karlson-Holm decomposition. Mediators are residualised on the key and concomitant
 * variables; the reduced model (residuals) gives the total effect, the full model (raw mediators)
 * the direct effect, their difference the indirect effect with khb's delta-method SE.
 */
public final class KhbCommand extends Command {
    public KhbCommand() {
        super("khb", 3, "anything [if] [in] [, Concomitant(varlist) SUMmary DISentangle APE vce(string) "
            + "OUTcome(string)]");
    }

    @Override
    public void run(Invocation inv) {
        BoundArgs a = inv.args();
        String text = a.anything();
        int bar = text.indexOf("||");
        if (bar < 0) {
            throw new SdlError(198, "khb: separate key variables and mediators with ||");
        }
        List<String> head = Words.split(text.substring(0, bar));
        List<String> mediators = Words.split(text.substring(bar + 2));
        if (mediators.isEmpty()) {
            throw new SdlError(198, "khb: mediator list after || is empty");
        }
        if (head.size() < 3) {
            throw new SdlError(198, "khb: syntax is khb model depvar keyvars || mediators");
        }
        String model = head.get(0);
        Models.check(model);
        String depvar = head.get(1);
        List<String> keys = head.subList(2, head.size());
        List<String> conc = a.string("concomitant") == null ? List.of() : Words.split(a.string("concomitant"));
        Dataset data = inv.session().data();
        List<String> fullTerms = new ArrayList<>(keys);
        fullTerms.addAll(mediators);
        fullTerms.addAll(conc);
        Design full = Models.design(data, depvar, fullTerms, a.touse());
        keys = full.names().subList(0, keys.size());
        int outcome = 0;
        if (a.flag("ape") && model.startsWith("o")) {
            outcome = outcomeIndex(data, depvar, full, a.string("outcome"));
        }
        KhbDecomposition.Spec spec = new KhbDecomposition.Spec(model, keys.size(), mediators.size(),
            a.flag("summary"), a.flag("disentangle"), a.flag("ape"), outcome);
        List<Map<String, Object>> res;
        try {
            res = KhbDecomposition.run(full, spec);
        } catch (DataException e) {
            throw new SdlError(e.code(), e.getMessage());
        }
        String vce = a.string("vce");
        if (vce != null) {
            bootstrap(inv, vce, full, spec, res);
        }
        Map<String, Object> perKey = new LinkedHashMap<>();
        for (int k = 0; k < keys.size(); k++) {
            perKey.put(keys.get(k), res.get(k));
        }
        post(inv, model, depvar, keys, perKey, full, a.flag("ape"));
    }

    /** Replaces the standard errors by bootstrap ones: replicate r resamples the estimation sample. */
    private static void bootstrap(Invocation inv, String vce, Design full, KhbDecomposition.Spec spec,
                                  List<Map<String, Object>> res) {
        if (!vce.strip().startsWith("boot")) {
            throw new SdlError(198, "khb: vce(" + vce + ") not allowed; use vce(bootstrap, reps(#) seed(#))");
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("reps?\\((\\d+)\\)").matcher(vce);
        int reps = m.find() ? Integer.parseInt(m.group(1)) : 50;
        m = java.util.regex.Pattern.compile("seed\\((\\d+)\\)").matcher(vce);
        long seed = m.find() ? Long.parseLong(m.group(1)) : inv.session().nextSeed();
        Bootstrap.Result br = Bootstrap.run(full.n(), null, 0, reps, seed, inv.session().settings().threads(), idx -> {
            List<Map<String, Object>> r = KhbDecomposition.run(full.resample(idx), spec);
            double[] out = new double[3 * r.size()];
            for (int k = 0; k < r.size(); k++) {
                out[3 * k] = (Double) r.get(k).get("total");
                out[3 * k + 1] = (Double) r.get(k).get("direct");
                out[3 * k + 2] = (Double) r.get(k).get("indirect");
            }
            return out;
        });
        for (int k = 0; k < res.size(); k++) {
            String[] parts = {"total", "direct", "indirect"};
            for (int p = 0; p < 3; p++) {
                res.get(k).put(parts[p] + "_se", br.v() == null ? Double.NaN : Math.sqrt(br.v()[3 * k + p][3 * k + p]));
            }
        }
    }

    private static int outcomeIndex(Dataset data, String depvar, Design full, String outcome) {
        java.util.TreeSet<Double> levels = new java.util.TreeSet<>();
        for (double v : full.y()) {
            levels.add(v);
        }
        if (outcome == null) {
            throw new SdlError(198, "khb, ape after an ordered model requires outcome(#)");
        }
        int i = 0;
        for (double l : levels) {
            if (l == Double.parseDouble(outcome.strip())) {
                return i;
            }
            i++;
        }
        throw new SdlError(303, "outcome " + outcome + " not found");
    }

    private static void post(Invocation inv, String model, String depvar, List<String> keys,
                             Map<String, Object> perKey, Design full, boolean ape) {
        List<String> names = new ArrayList<>();
        List<Double> b = new ArrayList<>();
        List<Double> se = new ArrayList<>();
        for (String x : keys) {
            @SuppressWarnings("unchecked")
            Map<String, Object> r = (Map<String, Object>) perKey.get(x);
            for (String[] part : new String[][] {{"Reduced", "total"}, {"Full", "direct"}, {"Diff", "indirect"}}) {
                names.add(part[0] + ":" + x);
                b.add((Double) r.get(part[1]));
                se.add((Double) r.get(part[1] + "_se"));
            }
        }
        int k = names.size();
        double[] bv = new double[k];
        double[][] v = new double[k][k];
        for (int i = 0; i < k; i++) {
            bv[i] = b.get(i);
            double s = se.get(i);
            v[i][i] = Double.isNaN(s) ? 0 : s * s;
        }
        EstimationResult.Builder bl = EstimationResult.builder("khb").depvar(depvar).names(names).b(bv).v(v)
            .n(full.n()).sample(full.sample());
        perKey.forEach(bl::result);
        bl.macro("title", "Decomposition using the KHB-Method").macro("model", model).macro("vce", "oim")
            .macro("method", ape ? "APE" : "KHB");
        inv.session().setE(bl.build());
        inv.out().println();
        inv.out().println("Decomposition using the KHB-Method");
        inv.out().println();
        inv.out().println("Model-Type:  " + model + "                                 Number of obs     = " + full.n());
        inv.out().println("Variables of Interest: " + String.join(" ", keys));
        inv.out().println();
        inv.out().println("------------------------------------------------------------------------------");
        inv.out().println(String.format("%12s |      Coef.   Std. Err.      z    P>|z|", depvar));
        inv.out().println("-------------+----------------------------------------------------------------");
        for (String x : keys) {
            @SuppressWarnings("unchecked")
            Map<String, Object> r = (Map<String, Object>) perKey.get(x);
            inv.out().println(String.format("%12s |", x));
            for (String[] part : new String[][] {{"Reduced", "total"}, {"Full", "direct"}, {"Diff", "indirect"}}) {
                double e = (Double) r.get(part[1]);
                double s = (Double) r.get(part[1] + "_se");
                double zz = e / s;
                double p = org.apache.commons.math3.special.Erf.erfc(Math.abs(zz) / Math.sqrt(2));
                // a statistic khb cannot compute here (the Diff SE under ape) is ".", never NaN
                inv.out().println(String.format(Locale.ROOT, "%12s | %10s  %10s %8s   %5s", part[0], num(e, "%10.7f"),
                    num(s, "%10.7f"), num(zz, "%8.2f"), num(p, "%5.3f")));
            }
            if (r.containsKey("conf_ratio")) {
                inv.out().println(String.format(Locale.ROOT, "%12s | Conf_ratio %.4f  Conf_Pct %.2f  %s %.4f", "",
                    (Double) r.get("conf_ratio"), (Double) r.get("conf_pct"), ape ? "Dist_Sens" : "Resc_Fact",
                    (Double) r.get(ape ? "dist_sens" : "resc_fact")));
            }
        }
        inv.out().println("------------------------------------------------------------------------------");
        if (ape) {
            inv.out().println("Standard errors of difference not known for APE method");
        }
    }

    static double missingToNan(double v) {
        return Missing.isMissing(v) ? Double.NaN : v;
    }

    private static String num(double v, String fmt) {
        return Double.isNaN(v) || Double.isInfinite(v) || org.sdl.data.Missing.isMissing(v) ? "."
            : String.format(Locale.ROOT, fmt, v);
    }
}
