package org.sdl.interp.panel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sdl.data.DataException;
import org.sdl.interp.SdlError;
import org.sdl.interp.TimeSeriesVariables;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;
import org.sdl.interp.syntax.BoundArgs;
import org.sdl.output.CoefficientTable;
import org.sdl.output.EstimationHeader;
import org.sdl.output.StataFormat;
import org.sdl.stats.EstimationResult;
import org.sdl.stats.VceSpec;
import org.sdl.stats.design.Design;
import org.sdl.stats.design.DesignBuilder;
import org.sdl.stats.estimators.Mlogit;
import org.sdl.stats.estimators.Tobit;

/**
 * mlogit depvar [indepvars] [if] [in] [, baseoutcome(#) rrr vce() level() iterate() noconstant] and
 * tobit depvar [indepvars] [if] [in], ll(#) ul(#) [vce() level() iterate() noconstant]: maximum
 * likelihood through the shared Newton-Raphson driver, OIM by default.
 */
public final class ChoiceCommand extends Command {
    private static final StataFormat G9 = StataFormat.parse("%9.0g");
    private final boolean tobit;

    public ChoiceCommand(boolean tobit) {
        super(tobit ? "tobit" : "mlogit", tobit ? 3 : 4, "varlist(numeric fv ts min=1) [if] [in] [, vce(string) Robust "
            + "CLuster(string) Level(cilevel) ITERate(integer 300) noLOg noCONstant noHEader noTABle"
            + (tobit ? " LL(real -8.99e307) UL(real 8.99e307)" : " BASEoutcome(real -8.99e307) RRR") + "]");
        this.tobit = tobit;
    }

    @Override
    public ByMode byMode() {
        return ByMode.RECALL;
    }

    @Override
    public void run(Invocation inv) {
        BoundArgs a = inv.args();
        List<String> vars = a.varlist();
        String depvar = vars.get(0);
        if (depvar.contains("#") || depvar.contains(".") && !TimeSeriesVariables.isOperated(depvar)) {
            throw new SdlError(198, "depvar may not be a factor variable: " + depvar);
        }
        VceSpec vce = PanelVce.parse(a, inv.session(), name());
        try (TimeSeriesVariables operated = TimeSeriesVariables.materialize(inv.session(), vars, inv.line())) {
            DesignBuilder db = new DesignBuilder(inv.session().data()).depvar(depvar).terms(vars.subList(1, vars.size()))
                .mask(a.touse()).noConstant(a.flag("noconstant"));
            if (vce.kind() == VceSpec.Kind.CLUSTER) {
                db.cluster(vce.clusterVar());
            }
            List<String> notes = new ArrayList<>();
            EstimationResult r;
            try {
                Design d = db.build();
                notes.addAll(d.notes());
                r = tobit ? fitTobit(a, d, vce, notes) : fitMlogit(a, d, vce, notes);
            } catch (DataException e) {
                throw new SdlError(e.code(), e.getMessage());
            }
            r = r.toBuilder().macro("cmdline", (name() + " " + inv.text()).strip()).build();
            inv.session().setE(r);
            notes.forEach(inv.out()::println);
            print(inv, a, r);
        }
    }

    private static double given(BoundArgs a, String opt) {
        double v = a.real(opt, Double.NaN);
        // the syntax defaults (+-8.99e307) stand for "not given"
        return Double.isNaN(v) || Math.abs(v) >= 8.9e307 ? Double.NaN : v;
    }

    private EstimationResult fitTobit(BoundArgs a, Design d, VceSpec vce, List<String> notes) {
        double lower = given(a, "ll");
        double upper = given(a, "ul");
        if (Double.isNaN(lower) && Double.isNaN(upper)) {
            throw new SdlError(198, "tobit requires ll(#) and/or ul(#)");
        }
        if (!Double.isNaN(lower) && !Double.isNaN(upper) && lower >= upper) {
            throw new SdlError(198, "ll() must be less than ul()");
        }
        return Tobit.fit(d, vce, lower, upper, a.integer("iterate", 300), notes);
    }

    private EstimationResult fitMlogit(BoundArgs a, Design d, VceSpec vce, List<String> notes) {
        return Mlogit.fit(d, vce, given(a, "baseoutcome"), a.integer("iterate", 300), notes);
    }

    private void print(Invocation inv, BoundArgs a, EstimationResult r) {
        double level = a.real("level", inv.session().settings().level());
        if (!a.flag("noheader")) {
            List<String> header = EstimationHeader.render(r);
            if (a.flag("nolog")) {
                header.removeIf(l -> l.startsWith("Iteration "));
            }
            if (tobit) {
                header.addAll(header.size() - 1, censoring(r));
            }
            header.forEach(inv.out()::println);
        }
        if (a.flag("notable")) {
            return;
        }
        if (tobit) {
            tobitTable(r, level).forEach(inv.out()::println);
        } else {
            mlogitTable(r, level, a.flag("rrr")).forEach(inv.out()::println);
        }
    }

    private static List<String> censoring(EstimationResult r) {
        List<String> out = new ArrayList<>();
        out.add("");
        out.add(String.format(Locale.ROOT, "%-48s%-18s= %10s", "Limits: Lower = " + limit(r, "llopt", "-inf"),
            "Uncensored", PanelLayout.count(r.scalar("N_unc"))));
        out.add(String.format(Locale.ROOT, "%-48s%-18s= %10s", "        Upper = " + limit(r, "ulopt", "+inf"),
            "Left-censored", PanelLayout.count(r.scalar("N_lc"))));
        out.add(String.format(Locale.ROOT, "%-48s%-18s= %10s", "", "Right-censored", PanelLayout.count(r.scalar("N_rc"))));
        return out;
    }

    private static String limit(EstimationResult r, String key, String none) {
        return r.scalars().containsKey(key) ? PanelLayout.g(r.scalar(key)) : none;
    }

    private static String header(EstimationResult r, double level, String coef) {
        boolean t = CoefficientTable.usesT(r);
        String stat = t ? "t" : "z";
        String vcetype = r.macros().get("vcetype");
        String lines = (vcetype == null ? "" : "             |               " + vcetype + "\n")
            + String.format(Locale.ROOT, "%12s | %11s  %s  %5s    P>|%s|     [%s%% conf. interval]",
                org.sdl.output.Names.abbreviate(r.depvar(), 12), coef, vcetype == null ? "Std. err." : "std. err.",
                stat, stat, CoefficientTable.levelText(level));
        return lines;
    }

    private static String row(String name, double b, double se, double stat, double p, double lo, double hi) {
        return String.format(Locale.ROOT, "%12s |  %s  %s %8.2f   %5.3f    %s   %s",
            org.sdl.output.Names.abbreviate(name, 12), G9.format(b), G9.format(se), stat, p, G9.format(lo), G9.format(hi));
    }

    private static final String RULE = "-".repeat(78);
    private static final String MID = "-------------+----------------------------------------------------------------";

    /** One block per outcome equation; the base outcome as "(base outcome)". */
    private static List<String> mlogitTable(EstimationResult r, double level, boolean rrr) {
        List<String> out = new ArrayList<>();
        out.add(RULE);
        out.addAll(List.of(header(r, level, rrr ? "RRR" : "Coefficient").split("\n")));
        List<CoefficientTable.Row> rows = CoefficientTable.rows(r, level);
        String eq = null;
        for (CoefficientTable.Row row : rows) {
            String full = row.name();
            int colon = full.indexOf(':');
            String e = full.substring(0, colon);
            String term = full.substring(colon + 1);
            boolean base = ("" + (long) r.scalar("baseout")).equals(e) || Mlogit.label(r.scalar("baseout")).equals(e);
            if (!e.equals(eq)) {
                out.add(MID);
                out.add(String.format(Locale.ROOT, "%-12s |%s", e, base ? "  (base outcome)" : ""));
                eq = e;
            }
            if (base) {
                continue;
            }
            addRow(out, term, row, rrr);
        }
        out.add(RULE);
        if (rrr) {
            out.add("Note: _cons estimates baseline relative risk for each outcome.");
        }
        return out;
    }

    private static void addRow(List<String> out, String term, CoefficientTable.Row row, boolean exp) {
        if (row.omitted()) {
            out.add(String.format(Locale.ROOT, "%12s |          0  (omitted)", org.sdl.output.Names.abbreviate(term, 12)));
            return;
        }
        if (exp) {
            double eb = Math.exp(row.b());
            out.add(row(term, eb, eb * row.se(), row.stat(), row.p(), Math.exp(row.lo()), Math.exp(row.hi())));
        } else {
            out.add(row(term, row.b(), row.se(), row.stat(), row.p(), row.lo(), row.hi()));
        }
    }

    /** Linear equation, then var(e.y) with its interval on the log scale, as Stata 15+ prints it. */
    private static List<String> tobitTable(EstimationResult r, double level) {
        List<String> out = new ArrayList<>();
        out.add(RULE);
        out.addAll(List.of(header(r, level, "Coefficient").split("\n")));
        out.add(MID);
        List<CoefficientTable.Row> rows = CoefficientTable.rows(r, level);
        double z = new org.apache.commons.math3.distribution.NormalDistribution()
            .inverseCumulativeProbability(1 - (1 - level / 100) / 2);
        for (CoefficientTable.Row row : rows) {
            if (row.name().startsWith("/")) {
                out.add(MID);
                double v = row.b();
                double f = Math.exp(z * row.se() / v);
                out.add(String.format(Locale.ROOT, "%12s |  %s  %s                      %s   %s",
                    row.name().substring(1), G9.format(v), G9.format(row.se()), G9.format(v / f), G9.format(v * f)));
                continue;
            }
            addRow(out, row.name(), row, false);
        }
        out.add(RULE);
        return out;
    }
}
