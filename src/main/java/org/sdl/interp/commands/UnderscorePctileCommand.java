package org.sdl.interp.commands;

import java.util.List;
import org.sdl.interp.SdlError;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;
import org.sdl.interp.syntax.Numlist;

/**
 * _pctile varname [if] [in] [weight] [, nquantiles(#) percentiles(numlist) altdef]: percentiles
 * into r(r1), r(r2), … (the median by default), nothing displayed.
 */
public final class UnderscorePctileCommand extends Command {
    /** Stata's limit on the number of percentiles one call returns. */
    private static final int MAX = 4096;

    public UnderscorePctileCommand() {
        super("_pctile", 7, "varname [if] [in] [aweight fweight pweight] [, Nquantiles(integer 0) "
            + "Percentiles(string) ALTdef]");
    }

    @Override
    public boolean rclass() {
        return true;
    }

    @Override
    public void run(Invocation inv) {
        String var = inv.args().varlist().get(0);
        if (inv.session().data().column(var).isString()) {
            throw new SdlError(109, "type mismatch: " + var + " is a string variable");
        }
        int nq = inv.args().integer("nquantiles", 0);
        String pl = inv.args().string("percentiles");
        if (nq > 0 && pl != null) {
            throw new SdlError(198, "options nquantiles() and percentiles() may not be combined");
        }
        double[] ps;
        if (pl != null) {
            List<Double> list = Numlist.expand(pl);
            ps = list.stream().mapToDouble(Double::doubleValue).toArray();
        } else {
            ps = new double[0];
            if (nq == 0) {
                nq = 2;
            }
        }
        if (nq == 1 || nq < 0) {
            throw new SdlError(198, "nquantiles() must be greater than or equal to 2");
        }
        WeightedSample s = WeightedSample.of(inv, inv.session().data().numeric(var).toDoubles(), inv.args().touse());
        if (nq > s.size() + 1) {
            throw new SdlError(198, "nquantiles() must be less than or equal to number of observations plus one");
        }
        double[] r = s.percentiles(ps, pl != null ? 0 : nq, inv.args().flag("altdef"));
        if (r.length > MAX) {
            throw new SdlError(198, "too many percentiles requested (at most " + MAX + ")");
        }
        for (int i = 0; i < r.length; i++) {
            inv.session().r().scalar("r" + (i + 1), r[i]);
        }
    }
}
