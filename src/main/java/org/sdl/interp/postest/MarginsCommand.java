package org.sdl.interp.postest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sdl.data.DataException;
import org.sdl.data.Dataset;
import org.sdl.interp.SdlError;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;
import org.sdl.interp.expr.EvalContext;
import org.sdl.interp.expr.ExprCompiler;
import org.sdl.interp.expr.Node;
import org.sdl.interp.syntax.BoundArgs;
import org.sdl.lang.Parser;
import org.sdl.lang.ast.CommandCall;
import org.sdl.stats.EstimationResult;
import org.sdl.stats.margins.CoefficientStripe;
import org.sdl.stats.margins.MarginsEngine;
import org.sdl.stats.margins.MarginsModel;
import org.sdl.stats.margins.MarginsModels;
import org.sdl.stats.margins.Prediction;

/**
 * margins [marginlist] [if] [in] [weight] [, predict() dydx() eyex() dyex() eydx() at()...
 * atmeans asbalanced over() subpop() vce(delta) nose level() noestimcheck post]: predictive
 * margins and marginal effects with delta-method standard errors from the model's own e(V),
 * with exact (analytic) Jacobians. The plan (which margins, in which order, under which names)
 * is {@link MarginsPlan}; the arithmetic is {@link MarginsEngine}; the table is
 * {@link org.sdl.output.MarginsTable}; results go to r() or, with post, to e().
 */
public final class MarginsCommand extends Command {
    public MarginsCommand() {
        super("margins", 7, "[anything] [if] [in] [fweight aweight pweight iweight] [, PREDict(string) "
            + "EXPression(string) dydx(string) eyex(string) dyex(string) eydx(string) CONTinuous at(string asis) "
            + "ATMeans ASBALanced over(string) SUBPOP(string) vce(string) NOSE Level(cilevel) NOESTIMcheck POST "
            + "MCOMPare(string) noATLegend]");
    }

    @Override
    public boolean rclass() {
        return true;
    }

    @Override
    public void run(Invocation inv) {
        EstimationResult e = inv.session().requireE();
        BoundArgs a = inv.args();
        try {
            run(inv, e, a);
        } catch (DataException ex) {
            throw new SdlError(ex.code(), ex.getMessage());
        }
    }

    private void run(Invocation inv, EstimationResult e, BoundArgs a) {
        if (e.cmd().equals("margins")) {
            throw new SdlError(322, "margins cannot be run on posted margins results; restore the model first");
        }
        MarginsModel model = MarginsModels.of(e);
        String vce = a.string("vce");
        if (vce != null && !vce.strip().equalsIgnoreCase("delta")) {
            if (vce.strip().toLowerCase(Locale.ROOT).startsWith("uncond")) {
                throw new SdlError(198, "vce(unconditional) not supported: margins uses vce(delta) (covariates fixed)");
            }
            throw new SdlError(198, "vce(" + vce.strip() + ") not allowed; vce(delta) is the only choice");
        }
        if (a.string("mcompare") != null && !a.string("mcompare").strip().equalsIgnoreCase("noadjust")) {
            throw new SdlError(198, "mcompare(" + a.string("mcompare").strip() + ") not supported "
                + "(margins reports unadjusted p-values: mcompare(noadjust))");
        }
        if (a.string("expression") != null) {
            throw new SdlError(198, "expression() not supported yet; use predict()");
        }
        CoefficientStripe stripe = new CoefficientStripe(e.names());
        List<Prediction> preds;
        boolean userPredict = a.string("predict") != null;
        preds = userPredict ? List.of(model.named(a.string("predict"))) : model.defaults();
        Dataset data = inv.session().data();
        boolean[] touse = a.touse();
        String subpop = a.string("subpop");
        if (subpop != null) {
            touse = subpopMask(inv, subpop.strip(), touse);
        }
        double[] weights = weights(inv, e, a);
        MarginsSample sample = new MarginsSample(data, stripe, e.sample(), touse, weights);
        if (sample.size() == 0) {
            throw new SdlError(2000, "no observations");
        }
        List<AtSpec> ats = new ArrayList<>();
        for (CommandCall.OptionNode o : a.call().options()) {
            if (o.name().equalsIgnoreCase("at") && o.argument() != null) {
                ats.add(AtSpec.parse(o.argument()));
            }
        }
        MarginsPlan plan = new MarginsPlan(inv.session().data(), stripe, sample, preds, userPredict);
        plan.marginlist(a.anything());
        plan.over(a.string("over"));
        plan.at(ats, a.flag("atmeans"), a.flag("asbalanced"));
        plan.effects(a, a.flag("continuous"));
        MarginsEngine engine = new MarginsEngine(stripe, sample.values, sample.weight, e.b(), sample.size());
        MarginCells cells = plan.compute(engine);
        double[][] v = a.flag("nose") ? new double[cells.size()][cells.size()] : cells.variance(e.v());
        double level = a.real("level", inv.session().settings().level());
        MarginsReport report = new MarginsReport(e, plan, cells, v, sample, level, a.flag("nose"));
        if (!a.flag("noatlegend")) {
            report.print(inv.out()::println, true);
        } else {
            report.print(inv.out()::println, false);
        }
        report.storeR(inv.session());
        if (a.flag("post")) {
            inv.session().setE(report.posted());
        }
    }

    private static boolean[] subpopMask(Invocation inv, String text, boolean[] touse) {
        Dataset data = inv.session().data();
        int n = data.nObs();
        String t = text.startsWith("if ") ? text.substring(3) : text;
        Node node = ExprCompiler.compile(Parser.expression(inv.line().withText(t)), inv.session(), EvalContext.whole(n));
        boolean[] out = touse.clone();
        for (int i = 0; i < n; i++) {
            double x = node.num(i);
            out[i] &= x != 0 && !org.sdl.data.Missing.isMissing(x);
        }
        return out;
    }

    /** margins' own [weight], else the weights the model was fitted with (e(wexp)). */
    private static double[] weights(Invocation inv, EstimationResult e, BoundArgs a) {
        if (a.weightKind() != null) {
            return a.weightValues(inv.session());
        }
        String wexp = e.macro("wexp");
        if (wexp == null) {
            return null;
        }
        String t = wexp.strip().startsWith("=") ? wexp.strip().substring(1) : wexp;
        int n = inv.session().data().nObs();
        Node node = ExprCompiler.compile(Parser.expression(inv.line().withText(t)), inv.session(), EvalContext.whole(n));
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = node.num(i);
        }
        return w;
    }
}
