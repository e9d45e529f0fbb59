package org.sdl.interp.causal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sdl.data.DataException;
import org.sdl.data.Dataset;
import org.sdl.data.NumericColumn;
import org.sdl.data.VariableMatcher;
import org.sdl.interp.SdlError;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;
import org.sdl.interp.syntax.BoundArgs;
import org.sdl.interp.syntax.Words;
import org.sdl.output.CoefficientTable;
import org.sdl.stats.EstimationResult;
import org.sdl.stats.VceSpec;
import org.sdl.stats.causal.Tsls;
import org.sdl.stats.design.Design;
import org.sdl.stats.design.DesignBuilder;
import org.sdl.stats.estimators.Regression;

/**
 * ivregress 2sls depvar [exog] (endog = instruments) [exog] [if] [in] [, vce() first small level()]:
 * two-stage least squares with Stata's variance conventions; estat firststage / endogenous /
 * overid afterwards.
 */
public final class IvregressCommand extends Command {
    public IvregressCommand() {
        super("ivregress", 4, "anything [if] [in] [aweight fweight pweight iweight] [, vce(string) Robust "
            + "CLuster(string) FIRST SMALL Level(cilevel) noCONstant noHEader]");
    }

    @Override
    public void run(Invocation inv) {
        BoundArgs a = inv.args();
        List<String> words = Words.split(a.anything());
        if (words.isEmpty()) {
            throw new SdlError(198, "ivregress: estimator required (2sls)");
        }
        String estimator = words.get(0);
        if (!estimator.equals("2sls")) {
            throw new SdlError(198, "ivregress " + estimator + " is not available; sdl implements ivregress 2sls");
        }
        Dataset data = inv.session().data();
        VariableMatcher vm = new VariableMatcher(data);
        List<String> endog = new ArrayList<>();
        List<String> instruments = new ArrayList<>();
        List<String> exog = new ArrayList<>();
        String depvar = null;
        for (String w : words.subList(1, words.size())) {
            if (w.startsWith("(")) {
                String inner = w.substring(1, w.length() - 1);
                int eq = inner.indexOf('=');
                if (eq < 0) {
                    throw new SdlError(198, "ivregress: (endogenous = instruments) required");
                }
                endog.addAll(expand(vm, inner.substring(0, eq)));
                instruments.addAll(expand(vm, inner.substring(eq + 1)));
            } else if (depvar == null) {
                depvar = vm.one(w);
            } else {
                exog.add(w);
            }
        }
        if (depvar == null || endog.isEmpty()) {
            throw new SdlError(198, "ivregress 2sls depvar [exog] (endog = instruments) [exog]");
        }
        if (instruments.size() < endog.size()) {
            throw new SdlError(481, "equation not identified; must have at least as many instruments not in the "
                + "regression as there are instrumented variables");
        }
        VceSpec vce = parseVce(a, inv);
        List<String> terms = new ArrayList<>(endog);
        terms.addAll(exog);
        DesignBuilder db = new DesignBuilder(data).depvar(depvar).terms(terms).alsoRequire(instruments)
            .mask(a.touse()).noConstant(a.flag("noconstant"));
        if (vce.kind() == VceSpec.Kind.CLUSTER) {
            db.cluster(vce.clusterVar());
        }
        Design full;
        try {
            full = db.build();
        } catch (DataException e) {
            throw new SdlError(e.code(), e.getMessage());
        }
        List<double[]> excluded = new ArrayList<>();
        for (String z : instruments) {
            NumericColumn c = data.numeric(z);
            double[] col = new double[full.n()];
            for (int i = 0; i < col.length; i++) {
                col[i] = c.get(full.rows()[i]);
            }
            excluded.add(col);
        }
        if (a.flag("first")) {
            printFirstStages(inv, full, endog.size(), excluded, instruments);
        }
        EstimationResult r;
        try {
            r = Tsls.fit(full, endog.size(), excluded, vce, a.flag("small"));
        } catch (DataException e) {
            throw new SdlError(e.code(), e.getMessage());
        }
        r = r.toBuilder().macro("cmdline", ("ivregress " + inv.text()).strip())
            .macro("instd", String.join(" ", endog)).macro("insts", String.join(" ", instruments)).build();
        if (a.weightKind() != null) {
            r = r.toBuilder().macro("wexp", "= " + a.weightText()).build(); // margins averages with these weights
        }
        inv.session().setE(r);
        full.notes().forEach(inv.out()::println);
        print(inv, r, endog, exog, instruments, a.real("level", inv.session().settings().level()));
    }

    private static List<String> expand(VariableMatcher vm, String text) {
        List<String> out = new ArrayList<>();
        for (String w : Words.split(text)) {
            out.addAll(vm.expand(w));
        }
        return out;
    }

    private static VceSpec parseVce(BoundArgs a, Invocation inv) {
        String v = a.string("vce");
        if (v == null && a.flag("robust")) {
            return VceSpec.robust();
        }
        if (v == null && a.string("cluster") != null) {
            return VceSpec.cluster(new VariableMatcher(inv.session().data()).one(a.string("cluster").strip()));
        }
        if (v == null) {
            return VceSpec.model();
        }
        String head = v.strip().split("\\s+")[0];
        if ("robust".startsWith(head)) {
            return VceSpec.robust();
        }
        if (head.length() >= 2 && "cluster".startsWith(head)) {
            return VceSpec.cluster(new VariableMatcher(inv.session().data()).one(v.strip().split("\\s+")[1]));
        }
        if (head.equals("unadjusted") || head.equals("un") || head.equals("ols")) {
            return VceSpec.model();
        }
        throw new SdlError(198, "vce(" + v + ") not allowed after ivregress; use unadjusted, robust or cluster clustvar");
    }

    private static void printFirstStages(Invocation inv, Design full, int m, List<double[]> excluded, List<String> names) {
        for (int e = 0; e < m; e++) {
            List<double[]> z = new ArrayList<>(excluded);
            List<String> zn = new ArrayList<>(names);
            for (int j = m; j < full.k(); j++) {
                if (!full.omitted()[j] && !(full.constant() && j == full.k() - 1)) {
                    z.add(full.x()[j]);
                    zn.add(full.names().get(j));
                }
            }
            Design d = Design.of(full.x()[e], z, true);
            zn.add("_cons");
            Design named = new Design(d.y(), d.x(), zn, d.omitted(), null, null, null, 0, d.rows(), null, true,
                full.names().get(e), List.of());
            EstimationResult r = Regression.fit(named, VceSpec.model());
            inv.out().println();
            inv.out().println("First-stage regressions");
            inv.out().println("-----------------------");
            org.sdl.output.EstimationHeader.render(r).forEach(inv.out()::println);
            CoefficientTable.render(r, 95, false, false, "Coefficient").forEach(inv.out()::println);
        }
    }

    private static void print(Invocation inv, EstimationResult r, List<String> endog, List<String> exog,
                              List<String> instruments, double level) {
        String l = "%-48s%-18s= %10s";
        inv.out().println();
        boolean small = r.macros().containsKey("small");
        inv.out().println(String.format(Locale.ROOT, l, "Instrumental variables 2SLS regression", "Number of obs",
            String.format(Locale.ROOT, "%,d", r.n())));
        if (small) {
            inv.out().println(String.format(Locale.ROOT, l, "", "F(" + (int) r.scalar("df_m") + ", " + (int) r.scalar("df_r") + ")",
                String.format(Locale.ROOT, "%.2f", r.scalar("F"))));
        } else {
            inv.out().println(String.format(Locale.ROOT, l, "", "Wald chi2(" + (int) r.scalar("df_m") + ")",
                String.format(Locale.ROOT, "%.2f", r.scalar("chi2"))));
            inv.out().println(String.format(Locale.ROOT, l, "", "Prob > chi2", String.format(Locale.ROOT, "%.4f", r.scalar("p"))));
        }
        inv.out().println(String.format(Locale.ROOT, l, "", "R-squared", String.format(Locale.ROOT, "%.4f", r.scalar("r2"))));
        inv.out().println(String.format(Locale.ROOT, l, "", "Root MSE", String.format(Locale.ROOT, "%.4f", r.scalar("rmse"))));
        inv.out().println();
        CoefficientTable.render(r, level, false, false, "Coefficient").forEach(inv.out()::println);
        inv.out().println("Endogenous: " + String.join(" ", endog));
        List<String> ex = new ArrayList<>();
        for (String n : r.names()) {
            if (!endog.contains(n) && !n.equals("_cons") && !r.omitted(r.indexOf(n))) {
                ex.add(n);
            }
        }
        ex.addAll(instruments);
        inv.out().println("Exogenous:  " + String.join(" ", ex));
    }
}
