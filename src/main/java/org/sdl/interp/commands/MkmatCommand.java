package org.sdl.interp.commands;

import java.util.ArrayList;
import java.util.List;
import org.sdl.data.Column;
import org.sdl.data.Dataset;
import org.sdl.data.Missing;
import org.sdl.data.NumericColumn;
import org.sdl.interp.Matrix;
import org.sdl.interp.SdlError;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;
import org.sdl.interp.syntax.BoundArgs;

/**
 * mkmat varlist [if] [in] [, matrix(name) nomissing rownames(varname)]: variables into a matrix,
 * one column per variable named after it, rows r1 r2 ... (or the values of rownames()); without
 * matrix() each variable becomes a column vector of its own name, as in Stata. Observations with
 * missing values are kept unless nomissing.
 */
public final class MkmatCommand extends Command {
    public MkmatCommand() {
        super("mkmat", 5, "varlist(numeric) [if] [in] [, Matrix(name) NOMissing ROWnames(varname)]");
    }

    @Override
    public void run(Invocation inv) {
        BoundArgs b = inv.args();
        Dataset d = inv.session().data();
        List<String> vars = b.varlist();
        boolean[] use = b.touse().clone();
        NumericColumn[] cols = new NumericColumn[vars.size()];
        for (int j = 0; j < cols.length; j++) {
            cols[j] = d.numeric(vars.get(j));
        }
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < d.nObs(); i++) {
            if (!use[i]) {
                continue;
            }
            boolean complete = true;
            for (NumericColumn c : cols) {
                complete &= c.get(i) < Missing.DOT;
            }
            if (complete || !b.flag("nomissing")) {
                rows.add(i);
            }
        }
        if (rows.isEmpty()) {
            throw new SdlError(2000, "no observations");
        }
        List<String> rowNames = new ArrayList<>();
        String rn = b.string("rownames");
        Column namesCol = rn == null || rn.isEmpty() ? null : d.column(rn);
        for (int k = 0; k < rows.size(); k++) {
            String n = "r" + (k + 1);
            if (namesCol != null) {
                n = (namesCol instanceof org.sdl.data.StringColumn sc ? sc.get(rows.get(k))
                    : org.sdl.output.StataFormat.parse("%10.0g").format(((NumericColumn) namesCol).get(rows.get(k))))
                    .strip().replace(' ', '_');
            }
            rowNames.add(n);
        }
        String target = b.string("matrix");
        if (target != null && !target.isEmpty()) {
            double[][] a = new double[rows.size()][cols.length];
            for (int k = 0; k < rows.size(); k++) {
                for (int j = 0; j < cols.length; j++) {
                    a[k][j] = cols[j].get(rows.get(k));
                }
            }
            inv.session().matrices().put(target, new Matrix(a, rowNames, new ArrayList<>(vars)));
            return;
        }
        for (int j = 0; j < cols.length; j++) {
            double[][] a = new double[rows.size()][1];
            for (int k = 0; k < rows.size(); k++) {
                a[k][0] = cols[j].get(rows.get(k));
            }
            inv.session().matrices().put(vars.get(j), new Matrix(a, rowNames, List.of(vars.get(j))));
        }
    }
}
