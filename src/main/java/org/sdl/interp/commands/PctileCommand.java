package org.sdl.interp.commands;

import org.sdl.data.Dataset;
import org.sdl.data.Missing;
import org.sdl.data.NumericColumn;
import org.sdl.data.StorageType;
import org.sdl.interp.SdlError;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;
import org.sdl.interp.expr.EvalContext;
import org.sdl.interp.expr.ExprCompiler;
import org.sdl.interp.expr.Node;

/**
 * pctile [type] newvar = exp [if] [in] [weight] [, nquantiles(#) genp(newvar) altdef]: the nq-1
 * quantile cutpoints of exp into the first observations of a new variable (and their
 * percentages into genp()), the rest missing; the same cutpoints xtile uses.
 */
public final class PctileCommand extends Command {
    public PctileCommand() {
        super("pctile", 6, "anything =exp [if] [in] [aweight fweight pweight] [, Nquantiles(integer 2) "
            + "GENp(name) ALTdef]");
    }

    @Override
    public void run(Invocation inv) {
        Dataset d = inv.session().data();
        String[] words = inv.args().anything().strip().split("\\s+");
        String name = words[words.length - 1];
        StorageType type = words.length > 1 ? StorageType.parse(words[0]) : StorageType.FLOAT;
        if (type == null || type.isString()) {
            throw new SdlError(198, words[0] + " invalid storage type for pctile");
        }
        GenerateCommand.checkNewName(d, name);
        String genp = inv.args().string("genp");
        if (genp != null) {
            GenerateCommand.checkNewName(d, genp);
        }
        int nq = inv.args().integer("nquantiles", 2);
        if (nq < 2) {
            throw new SdlError(198, "nquantiles() must be greater than or equal to 2");
        }
        if (nq - 1 > d.nObs()) {
            throw new SdlError(198, "nquantiles() must be less than or equal to number of observations plus one");
        }
        Node exp = ExprCompiler.compile(inv.args().exp(), inv.session(), EvalContext.whole(d.nObs()));
        if (exp.isString()) {
            throw new SdlError(109, "type mismatch: pctile needs a numeric expression");
        }
        double[] values = new double[d.nObs()];
        for (int i = 0; i < values.length; i++) {
            values[i] = exp.num(i);
        }
        double[] cuts = WeightedSample.of(inv, values, inv.args().touse())
            .percentiles(new double[0], nq, inv.args().flag("altdef"));
        NumericColumn col = NumericColumn.create(type, name, d.nObs());
        NumericColumn pc = genp == null ? null : NumericColumn.create(StorageType.FLOAT, genp, d.nObs());
        for (int i = 0; i < d.nObs(); i++) {
            col.set(i, i < cuts.length ? cuts[i] : Missing.DOT);
            if (pc != null) {
                pc.set(i, i < cuts.length ? 100.0 * (i + 1) / nq : Missing.DOT);
            }
        }
        d.add(col);
        if (pc != null) {
            d.add(pc);
        }
    }
}
