package org.sdl.interp.commands.graphstats;

import java.util.List;
import org.sdl.data.Column;
import org.sdl.data.Dataset;
import org.sdl.data.Missing;
import org.sdl.data.NumericColumn;
import org.sdl.data.ValueLabelSet;
import org.sdl.interp.SdlError;
import org.sdl.interp.command.Invocation;

/**
 * The observations a statistical graph uses, read once into primitive arrays: the rows selected by
 * if/in where every named variable and the weight are present (weights positive), as Stata's
 * marksample does. A string variable where a number is needed is r(109); no rows is r(2000).
 */
public final class GraphData {
    /** The dataset rows used, in order. */
    public final int[] rows;
    /** One array per variable, aligned with rows. */
    public final double[][] values;
    /** Weights aligned with rows, or null without weights. */
    public final double[] weights;
    public final boolean fweight;

    private GraphData(int[] rows, double[][] values, double[] weights, boolean fweight) {
        this.rows = rows;
        this.values = values;
        this.weights = weights;
        this.fweight = fweight;
    }

    public int n() {
        return rows.length;
    }

    /** The numeric column of var, r(109) when it is a string and r(111) when it does not exist. */
    public static NumericColumn numeric(Dataset d, String var) {
        Column c = d.column(var);
        if (c == null) {
            throw new SdlError(111, "variable " + var + " not found");
        }
        if (c.isString()) {
            throw new SdlError(109, "type mismatch: " + var + " is a string variable");
        }
        return (NumericColumn) c;
    }

    /** Reads vars on the rows the invocation selects (if/in, weights), dropping rows with a missing value. */
    public static GraphData read(Invocation inv, List<String> vars) {
        Dataset d = inv.session().data();
        NumericColumn[] cols = new NumericColumn[vars.size()];
        for (int v = 0; v < cols.length; v++) {
            cols[v] = numeric(d, vars.get(v));
        }
        boolean[] use = inv.args().touse();
        double[] w = inv.args().weightKind() == null ? null : inv.args().weightValues(inv.session());
        boolean fweight = "fweight".equals(inv.args().weightKind());
        int n = d.nObs();
        int count = 0;
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) {
            if (!use[i]) {
                continue;
            }
            boolean ok = true;
            for (NumericColumn c : cols) {
                if (Missing.isMissing(c.get(i))) {
                    ok = false;
                    break;
                }
            }
            if (ok && w != null && (Missing.isMissing(w[i]) || !(w[i] > 0))) {
                ok = false;
            }
            if (ok) {
                rows[count++] = i;
            }
        }
        if (count == 0) {
            throw new SdlError(2000, "no observations");
        }
        rows = java.util.Arrays.copyOf(rows, count);
        double[][] values = new double[cols.length][count];
        for (int v = 0; v < cols.length; v++) {
            cols[v].gatherDoubles(rows, values[v]);
        }
        double[] ws = null;
        if (w != null) {
            ws = new double[count];
            for (int k = 0; k < count; k++) {
                ws[k] = w[rows[k]];
            }
        }
        return new GraphData(rows, values, ws, fweight);
    }

    /** The variable's label, or its name when it has none (Stata's axis titles). */
    public static String title(Dataset d, String var) {
        Column c = d.column(var);
        String l = c == null ? null : c.label();
        return l == null || l.isEmpty() ? var : l;
    }

    /** The value label set attached to var, or null. */
    public static ValueLabelSet valueLabels(Dataset d, String var) {
        Column c = d.column(var);
        if (!(c instanceof NumericColumn nc) || nc.valueLabel() == null) {
            return null;
        }
        return d.valueLabels().get(nc.valueLabel());
    }
}
