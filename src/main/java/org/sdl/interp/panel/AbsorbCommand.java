package org.sdl.interp.panel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sdl.interp.SdlError;
import org.sdl.interp.TimeSeriesVariables;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;
import org.sdl.interp.syntax.BoundArgs;
import org.sdl.interp.syntax.Words;
import org.sdl.output.CoefficientTable;
import org.sdl.stats.EstimationResult;
import org.sdl.stats.VceSpec;
import org.sdl.stats.panel.Areg;
import org.sdl.stats.panel.Factor;
import org.sdl.stats.panel.Reghdfe;

/**
 * areg depvar [indepvars] [if] [in], absorb(var) [vce() level()] and
 * reghdfe depvar [indepvars] [if] [in], absorb(a [b ...]) [vce() keepsingletons level()]:
 * linear regression absorbing fixed effects (numeric or string variables, i.var, a#b).
 */
public final class AbsorbCommand extends Command {
    private final boolean hdfe;

    public AbsorbCommand(boolean hdfe) {
        super(hdfe ? "reghdfe" : "areg", hdfe ? 7 : 4, "varlist(numeric fv ts min=1) [if] [in] [, Absorb(string) "
            + "vce(string) Robust CLuster(string) Level(cilevel) noHEader noTABle"
            + (hdfe ? " KEEPSINgletons" : "") + "]");
        this.hdfe = hdfe;
    }

    @Override
    public ByMode byMode() {
        return ByMode.RECALL;
    }

    @Override
    public void run(Invocation inv) {
        BoundArgs a = inv.args();
        String absorb = a.string("absorb");
        if (absorb == null || absorb.isBlank()) {
            throw new SdlError(198, "option absorb() required");
        }
        List<String> specs = new ArrayList<>();
        for (String t : Words.split(absorb.strip())) {
            specs.add(PanelSample.groupSpec(inv.session().data(), t));
        }
        if (!hdfe && specs.size() != 1) {
            throw new SdlError(198, "areg absorbs one variable: absorb(varname); use reghdfe for several");
        }
        VceSpec vce = PanelVce.parse(a, inv.session(), name());
        List<String> vars = a.varlist();
        try (TimeSeriesVariables operated = TimeSeriesVariables.materialize(inv.session(), vars, inv.line())) {
            fit(inv, a, vars, specs, vce);
        }
    }

    private void fit(Invocation inv, BoundArgs a, List<String> vars, List<String> specs, VceSpec vce) {
        List<String> groups = new ArrayList<>(specs);
        if (vce.clusterVar() != null) {
            groups.add(vce.clusterVar());
        }
        PanelSample s = PanelSample.build(inv, vars, groups, true);
        Factor[] factors = new Factor[specs.size()];
        for (int f = 0; f < factors.length; f++) {
            factors[f] = s.factor(specs.get(f));
        }
        int[] cluster = null;
        int g = 0;
        if (vce.kind() == VceSpec.Kind.CLUSTER) {
            Factor c = s.factor(vce.clusterVar());
            cluster = c.code();
            g = c.levels();
        }
        List<String> notes = new ArrayList<>(s.notes);
        EstimationResult r;
        if (hdfe) {
            if (a.flag("keepsingletons")) {
                r = Reghdfe.fitKeepingSingletons(s.input, factors, cluster, vce, specs, notes);
            } else {
                r = Reghdfe.fit(s.input, factors, cluster, vce, specs, notes);
            }
        } else {
            r = Areg.fit(s.input, factors[0], cluster, g, vce);
        }
        r = r.toBuilder().macro("cmdline", (name() + " " + inv.text()).strip()).build();
        inv.session().setE(r);
        notes.forEach(inv.out()::println);
        double level = a.real("level", inv.session().settings().level());
        if (!a.flag("noheader")) {
            (hdfe ? hdfeHeader(r) : aregHeader(r)).forEach(inv.out()::println);
        }
        if (!a.flag("notable")) {
            CoefficientTable.render(r, level, false, false, "Coefficient").forEach(inv.out()::println);
            if (hdfe) {
                absorbedTable(r).forEach(inv.out()::println);
            } else if (r.scalars().containsKey("F_absorb")) {
                double fa = r.scalar("F_absorb");
                String left = String.format(Locale.ROOT, "F test of absorbed indicators: F(%s, %s) = %s",
                    PanelLayout.count(r.scalar("df_a")), PanelLayout.count(r.scalar("df_r")), PanelLayout.fixed(fa, 3));
                String right = "Prob > F = " + PanelLayout.fixed(PanelLayout.fTail(fa, r.scalar("df_a"),
                    r.scalar("df_r")), 3);
                inv.out().println(left + " ".repeat(Math.max(1, 78 - left.length() - right.length())) + right);
            }
        }
    }

    private static List<String> aregHeader(EstimationResult e) {
        List<String> out = new ArrayList<>();
        out.add("");
        out.add(PanelLayout.line(e.macro("title"), "Number of obs", PanelLayout.count(e.n())));
        out.add(PanelLayout.line("Absorbed variable: " + e.macro("absvar"), "No. of categories",
            PanelLayout.count(e.scalar("k_absorb"))));
        double d1 = e.scalar("df_m");
        double d2 = e.scalar("df_r");
        out.add(PanelLayout.line("", "F(" + PanelLayout.count(d1) + ", " + PanelLayout.count(d2) + ")",
            PanelLayout.fixed(e.scalar("F"), 2)));
        out.add(PanelLayout.line("", "Prob > F", PanelLayout.fixed(PanelLayout.fTail(e.scalar("F"), d1, d2), 4)));
        out.add(PanelLayout.line("", "R-squared", PanelLayout.fixed(e.scalar("r2"), 4)));
        out.add(PanelLayout.line("", "Adj R-squared", PanelLayout.fixed(e.scalar("r2_a"), 4)));
        out.add(PanelLayout.line("", "Root MSE", PanelLayout.g(e.scalar("rmse"))));
        PanelLayout.clusterNote(e, out);
        out.add("");
        return out;
    }

    /** reghdfe 6's header: title and absorbed groups on the left, fit statistics on the right. */
    private static List<String> hdfeHeader(EstimationResult e) {
        List<String> out = new ArrayList<>();
        double d1 = e.scalar("df_m");
        double d2 = e.scalar("df_r");
        String[] left = {
            e.macro("title"),
            "Absorbing " + (int) e.scalar("N_hdfe") + " HDFE group" + (e.scalar("N_hdfe") > 1 ? "s" : ""),
            e.macros().containsKey("vcetype") ? (e.scalars().containsKey("N_clust")
                ? "Statistics robust to heteroskedasticity" : "Statistics robust to heteroskedasticity") : "",
            "", "", "",
            e.scalars().containsKey("N_clust") ? String.format(Locale.ROOT, "%-29s= %10s", "Number of clusters ("
                + e.macro("clustvar") + ")", PanelLayout.count(e.scalar("N_clust"))) : ""};
        String[][] right = {
            {"Number of obs", PanelLayout.count(e.n())},
            {String.format(Locale.ROOT, "F(%4s,%7s)", PanelLayout.count(d1), PanelLayout.count(d2)),
                PanelLayout.fixed(e.scalar("F"), 2)},
            {"Prob > F", PanelLayout.fixed(PanelLayout.fTail(e.scalar("F"), d1, d2), 4)},
            {"R-squared", PanelLayout.fixed(e.scalar("r2"), 4)},
            {"Adj R-squared", PanelLayout.fixed(e.scalar("r2_a"), 4)},
            {"Within R-sq.", PanelLayout.fixed(e.scalar("r2_within"), 4)},
            {"Root MSE", PanelLayout.fixed(e.scalar("rmse"), 4)}};
        out.add("(MWFE estimator converged in " + (int) e.scalar("ic") + " iterations)");
        for (int i = 0; i < right.length; i++) {
            out.add(String.format(Locale.ROOT, "%-50s%-16s= %10s", left[i], right[i][0], right[i][1]));
        }
        PanelLayout.clusterNote(e, out);
        out.add("");
        return out;
    }

    @SuppressWarnings("unchecked")
    private static List<String> absorbedTable(EstimationResult e) {
        List<String> out = new ArrayList<>();
        Object o = e.results().get("absorbed");
        if (!(o instanceof java.util.Map<?, ?> m)) {
            return out;
        }
        out.add("");
        out.add("Absorbed degrees of freedom:");
        out.add("-----------------------------------------------------+");
        out.add(" Absorbed FE | Categories  - Redundant  = Num. Coefs |");
        out.add("-------------+---------------------------------------|");
        boolean anyNested = false;
        for (java.util.Map.Entry<?, ?> en : m.entrySet()) {
            java.util.Map<String, Object> row = (java.util.Map<String, Object>) en.getValue();
            int cats = ((Double) row.get("categories")).intValue();
            int red = ((Double) row.get("redundant")).intValue();
            boolean nested = (Boolean) row.get("nested");
            anyNested |= nested;
            out.add(String.format(Locale.ROOT, "%12s |%10d  %10d  %10d    %s|",
                org.sdl.output.Names.abbreviate(en.getKey().toString(), 12), cats, red, cats - red, nested ? "*" : " "));
        }
        out.add("-----------------------------------------------------+");
        if (anyNested) {
            out.add("* = FE nested within cluster; treated as redundant for DoF computation");
        }
        return out;
    }
}
