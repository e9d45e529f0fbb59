package org.sdl.interp.commands;

import java.util.Arrays;
import org.sdl.data.ByteColumn;
import org.sdl.data.Dataset;
import org.sdl.data.GroupedValues;
import org.sdl.data.Missing;
import org.sdl.data.NumericColumn;
import org.sdl.data.StorageType;
import org.sdl.interp.SdlError;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;
import org.sdl.interp.expr.EvalContext;
import org.sdl.interp.expr.ExprCompiler;
import org.sdl.interp.expr.Node;
import org.sdl.stats.descriptive.Percentiles;

/**
 * xtile newvar = exp [if] [in] [, nquantiles(#) cutpoints(varname)]: quantile categories 1..k
 * with Stata's percentile cutpoints (x &lt;= c1 gives 1, c1 &lt; x &lt;= c2 gives 2, ...).
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
        if (exp.isString()) {
            throw new SdlError(109, "type mismatch: xtile needs a numeric expression");
        }
        int nq = inv.args().integer("nquantiles", 2);
        if (nq < 2) {
            throw new SdlError(198, "nquantiles() must be at least 2");
        }
        boolean[] use = inv.args().touse();
        double[] x = new double[d.nObs()];
        int[] g = new int[x.length];
        int valid = 0;
        for (int i = 0; i < x.length; i++) {
            x[i] = use[i] ? exp.num(i) : Missing.DOT;
            g[i] = use[i] ? 0 : -1;
            if (!Missing.isMissing(x[i])) {
                valid++;
            }
        }
        if (valid == 0) {
            throw new SdlError(2000, "no observations");
        }
        double[] out;
        String cutVar = inv.args().string("cutpoints");
        if (cutVar != null) {
            NumericColumn c = d.numeric(cutVar);
            if (c == null) {
                throw new SdlError(109, "cutpoints() must be a numeric variable");
            }
            double[] cuts = Arrays.stream(c.toDoubles()).filter(v -> !Missing.isMissing(v)).sorted().toArray();
            out = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                out[i] = category(x[i], cuts);
            }
        } else if (inv.args().flag("altdef")) {
            // altdef: the cutpoints are the (n+1)p interpolated percentiles ([D] pctile), each
            // value in category k when cut_(k-1) < x <= cut_k, as with cutpoints()
            double[] sorted = Arrays.stream(x).filter(v -> !Missing.isMissing(v)).sorted().toArray();
            double[] cuts = new double[nq - 1];
            for (int j = 1; j < nq; j++) {
                cuts[j - 1] = Percentiles.altdef(sorted, 100.0 * j / nq);
            }
            out = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                out[i] = category(x[i], cuts);
            }
        } else {
            out = categories(x, g, 1, nq);
        }
        NumericColumn col = new ByteColumn(name, d.nObs());
        if (nq > 100 || cutVar != null) {
            col = col.convertTo(StorageType.INT);
        }
        for (int i = 0; i < x.length; i++) {
            col.set(i, out[i]);
        }
        d.add(col);
    }

    /** Quantile category 1..nq of each row within its group (group -1 or missing x: missing). */
    static double[] categories(double[] x, int[] group, int groups, int nq) {
        GroupedValues gv = GroupedValues.of(x, group, groups);
        double[][] cuts = new double[groups][nq - 1];
        for (int k = 0; k < groups; k++) {
            if (gv.count(k) == 0) {
                continue;
            }
            for (int j = 1; j < nq; j++) {
                cuts[k][j - 1] = Percentiles.quantile(gv.values(), gv.start(k), gv.end(k), j, nq);
            }
        }
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = group[i] < 0 ? Missing.DOT : category(x[i], cuts[group[i]]);
        }
        return out;
    }

    /** 1 + the number of (ascending) cutpoints strictly below v; missing for missing v. */
    static double category(double v, double[] cuts) {
        if (Missing.isMissing(v)) {
            return Missing.DOT;
        }
        int lo = 0;
        int hi = cuts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cuts[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo + 1;
    }
}
