package org.sdl.interp.causal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sdl.data.Dataset;
import org.sdl.data.DoubleColumn;
import org.sdl.data.Missing;
import org.sdl.interp.SdlError;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;
import org.sdl.interp.syntax.BoundArgs;
import org.sdl.interp.syntax.Words;
import org.sdl.stats.EstimationResult;
import org.sdl.stats.VceSpec;
import org.sdl.stats.causal.Khb;
import org.sdl.stats.design.Design;
import org.sdl.stats.estimators.Ols;

/**
 * khb model depvar keyvars || mediators [if] [in] [, concomitant() summary disentangle ape]:
 * the Kohler-Karlson-Holm decomposition. Mediators are residualised on the key and concomitant
 * variables; the reduced model (residuals) gives the total effect, the full model (raw mediators)
 * the direct effect, their difference the indirect effect with khb's delta-method SE.
 */
public final class KhbCommand extends Command {
    public KhbCommand() {
        super("khb", 3, "anything [if] [in] [, Concomitant(varlist) SUMmary DISentangle APE vce(string) OR "
            + "OUTcome(string) Verbose noTABle KEEP]");
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
        boolean[] sample = full.sample();
        keys = full.names().subList(0, keys.size());
        mediators = full.names().subList(keys.size(), keys.size() + mediators.size());
        List<String> wTerms = new ArrayList<>(keys);
        wTerms.addAll(conc);
        int z = mediators.size();
        double[][] theta = new double[keys.size()][z];
        double[][] resid = new double[z][];
        double[] invWxx = new double[keys.size()];
        for (int m = 0; m < z; m++) {
            Design dz = Models.design(data, mediators.get(m), wTerms, sample);
            Ols.Fit f = Ols.fit(dz);
            resid[m] = f.residuals();
            for (int k = 0; k < keys.size(); k++) {
                int j = dz.names().indexOf(keys.get(k));
                theta[k][m] = f.b()[j];
                invWxx[k] = f.xtxInv()[j][j];
            }
        }
        List<String> temps = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Map<String, Object> perKey = new LinkedHashMap<>();
        try {
            List<String> redTerms = new ArrayList<>(keys);
            for (int m = 0; m < z; m++) {
                String name = inv.session().nextTempName();
                DoubleColumn c = new DoubleColumn(name, data.nObs());
                int[] rows = full.rows();
                for (int i = 0; i < rows.length; i++) {
                    c.set(rows[i], resid[m][i]);
                }
                data.add(c);
                temps.add(name);
                redTerms.add(name);
            }
            redTerms.addAll(conc);
            VceSpec vce = VceSpec.model();
            EstimationResult rFull = Models.fit(model, full, vce, notes);
            EstimationResult rRed = Models.fit(model, Models.design(data, depvar, redTerms, sample), vce, notes);
            EstimationResult rNaive = null;
            if (a.flag("summary")) {
                rNaive = Models.fit(model, Models.design(data, depvar, wTerms, sample), vce, notes);
            }
            boolean ape = a.flag("ape");
            double[][][] vTheta = new double[keys.size()][][];
            for (int k = 0; k < keys.size(); k++) {
                vTheta[k] = Khb.thetaCovariance(resid, invWxx[k]);
            }
            double[] beta = new double[z];
            double[][] vBeta = new double[z][z];
            for (int m = 0; m < z; m++) {
                int jm = rFull.indexOf(mediators.get(m));
                beta[m] = rFull.b(jm);
                for (int m2 = 0; m2 < z; m2++) {
                    vBeta[m][m2] = rFull.v(jm, rFull.indexOf(mediators.get(m2)));
                }
            }
            for (int k = 0; k < keys.size(); k++) {
                String x = keys.get(k);
                double[] red = effect(data, rRed, x, ape, a);
                double[] fu = effect(data, rFull, x, ape, a);
                Map<String, Object> res = new LinkedHashMap<>();
                res.put("total", red[0]);
                res.put("total_se", red[1]);
                res.put("direct", fu[0]);
                res.put("direct_se", fu[1]);
                res.put("indirect", red[0] - fu[0]);
                res.put("indirect_se", ape ? Double.NaN
                    : Math.sqrt(Khb.diffVariance(theta[k], beta, vBeta, vTheta)));
                if (rNaive != null) {
                    double naive = effect(data, rNaive, x, ape, a)[0];
                    res.put("conf_ratio", red[0] / fu[0]);
                    res.put("conf_pct", 100 * (red[0] - fu[0]) / red[0]);
                    res.put(ape ? "dist_sens" : "resc_fact", red[0] / naive);
                }
                if (a.flag("disentangle")) {
                    for (int m = 0; m < z; m++) {
                        double contrib = beta[m] * theta[k][m];
                        double vt = vTheta[k][m][m];
                        Map<String, Object> dm = new LinkedHashMap<>();
                        dm.put("coef", contrib);
                        dm.put("se", Math.sqrt(beta[m] * beta[m] * vt + theta[k][m] * theta[k][m] * vBeta[m][m]));
                        dm.put("p_diff", 100 * contrib / (red[0] - fu[0]));
                        dm.put("p_reduced", 100 * contrib / red[0]);
                        res.put(mediators.get(m), dm);
                    }
                }
                perKey.put(x, res);
            }
        } finally {
            temps.forEach(data::drop);
        }
        post(inv, model, depvar, keys, perKey, full, a.flag("ape"));
    }

    /** {estimate, se} of key variable x: the coefficient, or its average partial effect under ape. */
    private static double[] effect(Dataset data, EstimationResult r, String x, boolean ape, BoundArgs a) {
        int j = r.indexOf(x);
        if (!ape || r.cmd().equals("regress")) {
            return new double[] {r.b(j), r.se(j)};
        }
        return AveragePartialEffect.of(data, r, x, a.string("outcome"));
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
                inv.out().println(String.format(Locale.ROOT, "%12s | %10.7f  %10.7f %8.2f   %5.3f", part[0], e, s, zz, p));
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
}
