package org.sdl.interp.panel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sdl.data.VariableMatcher;
import org.sdl.interp.SdlError;
import org.sdl.interp.TimeSeriesVariables;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;
import org.sdl.interp.syntax.BoundArgs;
import org.sdl.output.CoefficientTable;
import org.sdl.stats.EstimationResult;
import org.sdl.stats.VceSpec;
import org.sdl.stats.panel.Factor;
import org.sdl.stats.panel.PanelInput;
import org.sdl.stats.panel.XtregBe;
import org.sdl.stats.panel.XtregFe;
import org.sdl.stats.panel.XtregRe;

/**
 * xtreg depvar [indepvars] [if] [in] [, fe | re | be  vce(conventional|robust|cluster var) i(var)
 * level() noheader notable]: linear panel models on the xtset panel variable. mle and pa are not
 * implemented (r(198) naming them).
 */
public final class XtregCommand extends Command {
    public XtregCommand() {
        super("xtreg", 5, "varlist(numeric fv ts min=1) [if] [in] [, FE RE BE SA I(varname) vce(string) Robust "
            + "CLuster(string) Level(cilevel) noHEader noTABle]");
    }

    @Override
    public ByMode byMode() {
        return ByMode.RECALL;
    }

    @Override
    public void run(Invocation inv) {
        BoundArgs a = inv.args();
        int models = (a.flag("fe") ? 1 : 0) + (a.flag("re") ? 1 : 0) + (a.flag("be") ? 1 : 0);
        if (models > 1) {
            throw new SdlError(198, "options fe, re and be may not be combined");
        }
        String model = a.flag("fe") ? "fe" : a.flag("be") ? "be" : "re";
        String panelVar = a.string("i");
        if (panelVar == null) {
            Object[] ts = inv.session().timeSeries();
            panelVar = ts == null ? null : (String) ts[0];
            if (panelVar == null) {
                throw new SdlError(459, "panel variable not set; use xtset varname ...");
            }
        } else {
            panelVar = new VariableMatcher(inv.session().data()).one(panelVar);
        }
        VceSpec vce = PanelVce.parse(a, inv.session(), "xtreg");
        if (model.equals("be") && vce.kind() != VceSpec.Kind.MODEL) {
            throw new SdlError(198, "xtreg, be does not allow vce(" + (vce.kind() == VceSpec.Kind.ROBUST ? "robust"
                : "cluster") + ")");
        }
        if (vce.kind() == VceSpec.Kind.ROBUST) {
            vce = VceSpec.cluster(panelVar); // xtreg's robust VCE is clustered by panel
        }
        List<String> vars = a.varlist();
        try (TimeSeriesVariables operated = TimeSeriesVariables.materialize(inv.session(), vars, inv.line())) {
            fit(inv, a, vars, model, panelVar, vce);
        }
    }

    private void fit(Invocation inv, BoundArgs a, List<String> vars, String model, String panelVar, VceSpec vce) {
        List<String> groups = new ArrayList<>(List.of(panelVar));
        if (vce.clusterVar() != null) {
            groups.add(vce.clusterVar());
        }
        PanelSample s = PanelSample.build(inv, vars, groups, true);
        Factor panel = s.factor(panelVar);
        int[] cluster = null;
        int g = 0;
        if (vce.kind() == VceSpec.Kind.CLUSTER) {
            Factor c = s.factor(vce.clusterVar());
            if (!panel.nestedWithin(c.code())) {
                throw new SdlError(498, "panels are not nested within clusters");
            }
            cluster = c.code();
            g = c.levels();
        }
        PanelInput in = s.input;
        EstimationResult r;
        switch (model) {
            case "fe": r = XtregFe.fit(in, panel, cluster, g, vce); break;
            case "be": r = XtregBe.fit(in, panel); break;
            default: r = XtregRe.fit(in, panel, cluster, g, vce, a.flag("sa"));
        }
        r = r.toBuilder().macro("cmdline", ("xtreg " + inv.text()).strip()).build();
        inv.session().setE(r);
        s.notes.forEach(inv.out()::println);
        double level = a.real("level", inv.session().settings().level());
        if (!a.flag("noheader")) {
            header(r, model).forEach(inv.out()::println);
        }
        if (!a.flag("notable")) {
            List<String> table = CoefficientTable.render(r, level, false, false, "Coefficient");
            String rule = table.remove(table.size() - 1);
            table.forEach(inv.out()::println);
            if (!model.equals("be")) {
                inv.out().println("-------------+----------------------------------------------------------------");
                inv.out().println(ancillary("sigma_u", r.scalar("sigma_u"), ""));
                inv.out().println(ancillary("sigma_e", r.scalar("sigma_e"), ""));
                inv.out().println(ancillary("rho", r.scalar("rho"), "   (fraction of variance due to u_i)"));
            }
            inv.out().println(rule);
            if (model.equals("fe") && r.scalars().containsKey("F_f")) {
                double ff = r.scalar("F_f");
                String left = String.format(Locale.ROOT, "F test that all u_i=0: F(%s, %s) = %s",
                    PanelLayout.count(r.scalar("df_a")), PanelLayout.count(r.scalar("df_r")), PanelLayout.fixed(ff, 2));
                String right = "Prob > F = " + PanelLayout.fixed(PanelLayout.fTail(ff, r.scalar("df_a"),
                    r.scalar("df_r")), 4);
                inv.out().println(left + " ".repeat(Math.max(1, 78 - left.length() - right.length())) + right);
            }
        }
    }

    private static String ancillary(String name, double v, String tail) {
        return String.format(Locale.ROOT, "%12s |  %9s%s", name, PanelLayout.g(v), tail);
    }

    private static List<String> header(EstimationResult e, String model) {
        List<String> out = new ArrayList<>();
        out.add("");
        out.addAll(PanelLayout.xtBlock(e));
        if (model.equals("re")) {
            String chi = e.macros().containsKey("vcetype") ? "Wald chi2(" : "Wald chi2(";
            double df = e.scalar("df_m");
            out.add(PanelLayout.line("", chi + PanelLayout.count(df) + ")", PanelLayout.fixed(e.scalar("chi2"), 2)));
            out.add(PanelLayout.line("corr(u_i, X) = 0 (assumed)", "Prob > chi2",
                PanelLayout.fixed(PanelLayout.chi2Tail(e.scalar("chi2"), df), 4)));
        } else {
            double d1 = model.equals("fe") ? e.scalar("df_b") : e.scalar("df_m");
            double d2 = e.scalar("df_r");
            String f = "F(" + PanelLayout.count(d1) + "," + PanelLayout.count(d2) + ")";
            out.add(PanelLayout.line("", f, PanelLayout.fixed(e.scalar("F"), 2)));
            String left = model.equals("fe") ? "corr(u_i, Xb) = " + PanelLayout.fixed(e.scalar("corr"), 4) : "";
            out.add(PanelLayout.line(left, "Prob > F", PanelLayout.fixed(PanelLayout.fTail(e.scalar("F"), d1, d2), 4)));
        }
        PanelLayout.clusterNote(e, out);
        out.add("");
        return out;
    }
}
