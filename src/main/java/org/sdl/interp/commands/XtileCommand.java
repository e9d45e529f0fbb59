package org.sdl.interp.commands;

import java.util.ArrayList;
import java.util.List;
import org.sdl.data.ByteColumn;
import org.sdl.data.Dataset;
import org.sdl.data.Missing;
import org.sdl.interp.SdlError;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;
import org.sdl.interp.expr.EvalContext;
import org.sdl.interp.expr.ExprCompiler;
import org.sdl.interp.expr.Node;
import org.sdl.stats.descriptive.Percentiles;

/**
 * xtile newvar = exp [if] [in] [, nquantiles(#)]: quantile categories 1..k with Stata's
 * percentile cutpoints (x &lt;= c1 gives 1, c1 &lt; x &lt;= c2 gives 2, ...).
 */
public final class XtileCommand extends Command {
    public XtileCommand() {
        super("xtile", 5, "anything =exp [if] [in] [, NQuantiles(integer 2) Cutpoints(varname) ALTdef]");
    }

    @Override
    public void run(Invocation inv) {
        Dataset d = inv.session().data();
        String name = inv.args().anything().strip();
        GenerateCommand.checkNewName(d, name);
        Node exp = ExprCompiler.compile(inv.args().exp(), inv.session(), EvalContext.whole(d.nObs()));
        int nq = inv.args().integer("nquantiles", 2);
        boolean[] use = inv.args().touse();
        double[] x = new double[d.nObs()];
        List<Double> vals = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            x[i] = use[i] ? exp.num(i) : Missing.DOT;
            if (!Missing.isMissing(x[i])) {
                vals.add(x[i]);
            }
        }
        if (vals.isEmpty()) {
            throw new SdlError(2000, "no observations");
        }
        double[] sorted = vals.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double[] cuts = new double[nq - 1];
        for (int j = 1; j < nq; j++) {
            cuts[j - 1] = Percentiles.sorted(sorted, 100.0 * j / nq);
        }
        ByteColumn out = new ByteColumn(name, d.nObs());
        for (int i = 0; i < x.length; i++) {
            out.set(i, category(x[i], cuts));
        }
        d.add(nq > 100 ? out.convertTo(org.sdl.data.StorageType.INT) : out);
    }

    static double category(double v, double[] cuts) {
        if (Missing.isMissing(v)) {
            return Missing.DOT;
        }
        int c = 1;
        for (double cut : cuts) {
            if (v > cut) {
                c++;
            }
        }
        return c;
    }
}
