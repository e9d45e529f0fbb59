package org.sdl.interp.commands;

import java.util.ArrayList;
import java.util.List;
import org.sdl.data.Dataset;
import org.sdl.data.Missing;
import org.sdl.data.NumericColumn;
import org.sdl.interp.Matrix;
import org.sdl.interp.SdlError;
import org.sdl.interp.command.Invocation;
import org.sdl.interp.syntax.Binder;
import org.sdl.interp.syntax.BoundArgs;
import org.sdl.interp.syntax.SyntaxSpec;
import org.sdl.lang.Parser;
import org.sdl.lang.ast.CommandCall;

/**
 * matrix accum A = varlist [if] [in] [, noconstant]: the cross-product matrix X'X of the
 * variables and a constant (named _cons, last), over observations with none of them missing;
 * prints "(obs=N)" and leaves r(N), as Stata does.
 */
final class MatrixAccum {
    private static final SyntaxSpec SPEC = SyntaxSpec.parse("varlist(numeric min=1) [if] [in] [, noCONStant]");

    private MatrixAccum() {}

    static void run(Invocation inv, String text) {
        int eq = text.indexOf('=');
        if (eq < 0) {
            throw new SdlError(198, "matrix accum: use matrix accum name = varlist");
        }
        String name = text.substring(0, eq).strip();
        CommandCall call = Parser.command(inv.line().withText("accum " + text.substring(eq + 1).strip()));
        BoundArgs b = new Binder(inv.session()).bind(call, SPEC, "matrix accum");
        Dataset d = inv.session().data();
        List<String> vars = b.varlist();
        boolean cons = !b.flag("noconstant");
        int k = vars.size() + (cons ? 1 : 0);
        NumericColumn[] cols = new NumericColumn[vars.size()];
        for (int j = 0; j < cols.length; j++) {
            cols[j] = d.numeric(vars.get(j));
        }
        boolean[] use = b.touse();
        double[][] xx = new double[k][k];
        double[] x = new double[k];
        int n = 0;
        for (int i = 0; i < d.nObs(); i++) {
            if (!use[i]) {
                continue;
            }
            boolean ok = true;
            for (int j = 0; j < cols.length && ok; j++) {
                x[j] = cols[j].get(i);
                ok = x[j] < Missing.DOT;
            }
            if (!ok) {
                continue;
            }
            if (cons) {
                x[k - 1] = 1;
            }
            n++;
            for (int p = 0; p < k; p++) {
                for (int q = 0; q <= p; q++) {
                    xx[p][q] += x[p] * x[q];
                }
            }
        }
        if (n == 0) {
            throw new SdlError(2000, "no observations");
        }
        for (int p = 0; p < k; p++) {
            for (int q = p + 1; q < k; q++) {
                xx[p][q] = xx[q][p];
            }
        }
        List<String> names = new ArrayList<>(vars);
        if (cons) {
            names.add("_cons");
        }
        inv.session().matrices().put(name, new Matrix(xx, names, new ArrayList<>(names)));
        inv.out().println("(obs=" + n + ")");
        inv.session().r().scalar("N", n);
    }
}
