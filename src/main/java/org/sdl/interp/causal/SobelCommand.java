package org.sdl.interp.causal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sdl.data.Dataset;
import org.sdl.interp.SdlError;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;
import org.sdl.interp.syntax.Words;
import org.sdl.stats.EstimationResult;
import org.sdl.stats.VceSpec;
import org.sdl.stats.causal.Sobel;
import org.sdl.stats.design.Design;

/**
 * sobel depvar indepvar mediator [if] [in] [, controls(varlist)] -- sgmediation's Sobel-Goodman
 * tests (cv() is accepted as a synonym of controls()). Posts e() (indirect, direct, total) with
 * every statistic under results, and sgmediation's r() names.
 */
public final class SobelCommand extends Command {
    public SobelCommand() {
        super("sobel", 5, "varlist(numeric min=3 max=3) [if] [in] [, CONTrols(varlist) cv(varlist) Level(cilevel)]");
    }

    @Override
    public void run(Invocation inv) {
        List<String> v = inv.args().varlist();
        String dv = v.get(0);
        String iv = v.get(1);
        String mv = v.get(2);
        List<String> cv = new ArrayList<>();
        for (String opt : new String[] {"controls", "cv"}) {
            if (inv.args().string(opt) != null) {
                cv.addAll(Words.split(inv.args().string(opt)));
            }
        }
        Dataset data = inv.session().data();
        List<String> t1 = new ArrayList<>(List.of(iv));
        t1.addAll(cv);
        List<String> t3 = new ArrayList<>(List.of(mv, iv));
        t3.addAll(cv);
        Design all = Models.design(data, dv, t3, inv.args().touse());
        boolean[] sample = all.sample();
        Design d1 = Models.design(data, dv, t1, sample);
        Design d2 = Models.design(data, mv, t1, sample);
        EstimationResult r1 = Models.fit("regress", d1, VceSpec.model(), new ArrayList<>());
        EstimationResult r2 = Models.fit("regress", d2, VceSpec.model(), new ArrayList<>());
        EstimationResult r3 = Models.fit("regress", all, VceSpec.model(), new ArrayList<>());
        Sobel.Paths p = new Sobel.Paths(Models.coef(r2, iv), Models.se(r2, iv), Models.coef(r3, mv), Models.se(r3, mv),
            Models.coef(r1, iv), Models.se(r1, iv), Models.coef(r3, iv), Models.se(r3, iv));
        Map<String, Object> res = Sobel.results(p);
        double ind = (Double) res.get("indirect");
        double dir = (Double) res.get("direct");
        double tot = (Double) res.get("total");
        EstimationResult.Builder bl = EstimationResult.builder("sobel").depvar(dv)
            .names(List.of("indirect", "direct", "total"))
            .b(new double[] {ind, dir, tot})
            .v(new double[][] {{sq(res.get("sobel_se")), 0, 0}, {0, sq(res.get("direct_se")), 0}, {0, 0, sq(res.get("total_se"))}})
            .n(all.n()).sample(sample);
        res.forEach(bl::result);
        bl.macro("title", "Sobel-Goodman mediation tests").macro("vce", "ols").macro("indepvar", iv).macro("mediator", mv);
        inv.session().setE(bl.build());
        inv.session().newR().scalar("ind_eff", ind).scalar("dir_eff", dir).scalar("tot_eff", tot)
            .scalar("a_coef", p.a()).scalar("b_coef", p.b()).scalar("ind2tot", ind / tot).scalar("ind2dir", ind / dir)
            .scalar("tot2dir", tot / dir).scalar("N", all.n());
        print(inv, res, dv, iv, mv, all.n());
    }

    private static double sq(Object o) {
        double d = (Double) o;
        return d * d;
    }

    private static void print(Invocation inv, Map<String, Object> r, String dv, String iv, String mv, int n) {
        inv.out().println();
        inv.out().println("Sobel-Goodman mediation tests (" + dv + " on " + iv + " through " + mv + ", N = " + n + ")");
        inv.out().println();
        inv.out().println("                     Coef         Std Err     Z             P>|Z|");
        for (String[] row : new String[][] {{"Sobel", "sobel"}, {"Goodman-1 (Aroian)", "goodman1"}, {"Goodman-2", "goodman2"}}) {
            line(inv, row[0], r, row[1]);
        }
        inv.out().println();
        for (String[] row : new String[][] {{"a coefficient", "path_a"}, {"b coefficient", "path_b"},
            {"Indirect effect", "indirect"}, {"Direct effect", "direct"}, {"Total effect", "total"}}) {
            line(inv, row[0], r, row[1]);
        }
        inv.out().println();
        inv.out().println(String.format(Locale.ROOT, "Proportion of total effect that is mediated: %10.7f", (Double) r.get("prop_mediated")));
        inv.out().println(String.format(Locale.ROOT, "Ratio of indirect to direct effect:          %10.7f", (Double) r.get("ratio_indirect_direct")));
        inv.out().println(String.format(Locale.ROOT, "Ratio of total to direct effect:             %10.7f", (Double) r.get("ratio_total_direct")));
    }

    private static void line(Invocation inv, String label, Map<String, Object> r, String key) {
        inv.out().println(String.format(Locale.ROOT, "%-20s %10.7f   %10.7f   %9.4f   %9.7g", label, (Double) r.get(key),
            (Double) r.get(key + "_se"), (Double) r.get(key + "_z"), (Double) r.get(key + "_p")));
    }

    static void require(boolean cond, int code, String msg) {
        if (!cond) {
            throw new SdlError(code, msg);
        }
    }
}
