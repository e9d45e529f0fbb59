package org.sdl.interp.commands;

import java.util.ArrayList;
import java.util.List;
import org.sdl.data.DataException;
import org.sdl.interp.SdlError;
import org.sdl.interp.TimeSeriesVariables;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;
import org.sdl.interp.syntax.BoundArgs;
import org.sdl.output.CoefficientTable;
import org.sdl.output.EstimationHeader;
import org.sdl.stats.EstimationResult;
import org.sdl.stats.VceSpec;
import org.sdl.stats.design.Design;
import org.sdl.stats.design.DesignBuilder;

/**
 * What regress, logit, probit, ologit and oprobit share: binding depvar and factor-variable
 * terms, building the design (listwise deletion includes weights and the cluster variable),
 * choosing the variance estimator, posting e() and printing Stata's header, table and a line
 * naming the variance formula.
 */
abstract class EstimationCommand extends Command {
    static final String OPTIONS = "vce(string) Robust CLuster(string) Level(cilevel) ITERate(integer 300) "
        + "noLOg noCONstant OR BETA TECHnique(string) DIFficult noHEader noTABle BASElevels *";

    EstimationCommand(String name, int minAbbrev, String weights) {
        super(name, minAbbrev, "varlist(numeric fv min=1) [if] [in] [" + weights + "] [, " + OPTIONS + "]");
    }

    @Override
    public ByMode byMode() {
        return ByMode.RECALL;
    }

    /** Fits the model on the design; notes collects messages printed before the results. */
    abstract EstimationResult estimate(Design d, VceSpec vce, BoundArgs a, List<String> notes);

    /** Whether tables show exponentiated coefficients under option or. */
    boolean allowsOr() {
        return false;
    }

    @Override
    public void run(Invocation inv) {
        BoundArgs a = inv.args();
        List<String> vars = a.varlist();
        String depvar = vars.get(0);
        if ((depvar.contains(".") || depvar.contains("#")) && !TimeSeriesVariables.isOperated(depvar)) {
            throw new SdlError(198, "depvar may not be a factor variable: " + depvar);
        }
        // L.x, D.y …: columns under those names for the length of the fit (see TimeSeriesVariables)
        try (TimeSeriesVariables operated = TimeSeriesVariables.materialize(inv.session(), vars, inv.line())) {
            fit(inv, a, vars, depvar);
        }
    }

    private void fit(Invocation inv, BoundArgs a, List<String> vars, String depvar) {
        VceSpec vce = VceOption.parse(a, inv.session(), "oim");
        DesignBuilder db = new DesignBuilder(inv.session().data()).depvar(depvar)
            .terms(vars.subList(1, vars.size())).mask(a.touse()).noConstant(a.flag("noconstant"));
        if (a.weightKind() != null) {
            db.weight(a.weightKind(), a.weightValues(inv.session()));
        }
        if (vce.kind() == VceSpec.Kind.CLUSTER) {
            db.cluster(vce.clusterVar());
        }
        Design d;
        List<String> notes = new ArrayList<>();
        try {
            d = db.build();
        } catch (DataException e) {
            throw new SdlError(e.code(), e.getMessage());
        }
        notes.addAll(d.notes());
        EstimationResult r;
        try {
            r = estimate(d, vce, a, notes);
        } catch (DataException e) {
            notes.forEach(inv.out()::println);
            throw new SdlError(e.code(), e.getMessage());
        }
        String cmdline = name() + " " + inv.text();
        EstimationResult.Builder withLine = r.toBuilder().macro("cmdline", cmdline.strip());
        if (a.weightKind() != null) {
            withLine.macro("wexp", "= " + a.weightText()); // margins averages with the estimation weights
        }
        r = withLine.build();
        inv.session().setE(r);
        notes.forEach(inv.out()::println);
        print(inv, r, a);
    }

    private void print(Invocation inv, EstimationResult r, BoundArgs a) {
        double level = a.real("level", inv.session().settings().level());
        List<String> header = EstimationHeader.render(r);
        if (a.flag("nolog")) {
            header.removeIf(l -> l.startsWith("Iteration "));
        }
        if (!a.flag("noheader")) {
            header.forEach(inv.out()::println);
        }
        boolean or = allowsOr() && a.flag("or");
        if (!a.flag("notable")) {
            CoefficientTable.render(r, level, a.flag("baselevels"), or, or ? "Odds ratio" : "Coefficient")
                .forEach(inv.out()::println);
        }
        if (r.scalars().containsKey("converged") && r.scalar("converged") == 0) {
            inv.out().println("convergence not achieved");
        }
    }
}
