package org.sdl.interp.commands.graph;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sdl.data.Column;
import org.sdl.data.Dataset;
import org.sdl.data.NumericColumn;
import org.sdl.interp.SdlError;
import org.sdl.interp.Session;
import org.sdl.interp.syntax.Binder;
import org.sdl.interp.syntax.BoundArgs;
import org.sdl.interp.syntax.SyntaxSpec;
import org.sdl.lang.ast.CommandCall;
import org.sdl.output.graph.Plot;
import org.sdl.output.graph.Scheme;

/**
 * What a plot type needs while it adds layers to a plot region: the session (data), the scheme,
 * the running plot number (for p1, p2, ... styles), the by-group rows, and the texts that become
 * the axis titles. Plot types registered by other command groups use the same context.
 */
public final class PlotContext {
    final Session session;
    final Scheme scheme;
    final Plot plot;
    /** Rows of the current by() group, or null for all. */
    final boolean[] group;
    private int styleIndex;
    final Set<String> yTitles = new LinkedHashSet<>();
    String xTitle;
    String xVar;
    String yVar;
    /** Observations used by data plots (r(2000) when a data plot has none). */
    int observations;
    /** Plots that read data (function does not). */
    int dataPlots;

    PlotContext(Session session, Scheme scheme, Plot plot, boolean[] group) {
        this.session = session;
        this.scheme = scheme;
        this.plot = plot;
        this.group = group;
    }

    public Session session() { return session; }
    public Scheme scheme() { return scheme; }
    public Plot plot() { return plot; }

    /** The next plot number (0-based) for scheme styles. */
    public int nextStyle() {
        return styleIndex++;
    }

    /** The selected data of one plot: its variables' values on the rows that pass if/in, by() and have no missing value. */
    public record Data(List<String> names, List<double[]> columns, int n) {
        public double[] col(int i) {
            return columns.get(i);
        }
    }

    private static final SyntaxSpec SPEC = SyntaxSpec.parse("varlist(numeric) [if] [in] [, *]");

    /** Binds a plot's varlist (numeric: a string variable is r(109)) with if/in and selects rows. */
    public Data data(CommandCall call, String type, int minVars, int maxVars) {
        BoundArgs b = new Binder(session).bind(call, SPEC, type);
        List<String> names = b.varlist();
        if (names.size() < minVars) {
            throw new SdlError(102, type + ": too few variables specified");
        }
        if (maxVars > 0 && names.size() > maxVars) {
            throw new SdlError(103, type + ": too many variables specified");
        }
        Dataset d = session.data();
        boolean[] touse = b.touse();
        int nObs = d.nObs();
        NumericColumn[] cols = new NumericColumn[names.size()];
        for (int k = 0; k < cols.length; k++) {
            Column c = d.column(names.get(k));
            if (!(c instanceof NumericColumn nc)) {
                throw new SdlError(109, type + ": " + names.get(k) + " is a string variable; a number is needed");
            }
            cols[k] = nc;
        }
        int count = 0;
        int[] rows = new int[nObs];
        for (int i = 0; i < nObs; i++) {
            if (!touse[i] || (group != null && !group[i])) {
                continue;
            }
            boolean ok = true;
            for (NumericColumn c : cols) {
                if (c.isMissing(i)) {
                    ok = false;
                    break;
                }
            }
            if (ok) {
                rows[count++] = i;
            }
        }
        List<double[]> out = new ArrayList<>();
        for (NumericColumn c : cols) {
            double[] v = new double[count];
            c.gatherDoubles(rows, count, v);
            out.add(v);
        }
        observations += count;
        dataPlots++;
        return new Data(names, out, count);
    }

    /** A variable's label, or its name (what Stata titles axes and legend keys with). */
    public String label(String var) {
        Column c = session.data().column(var);
        String l = c == null ? null : c.label();
        return l == null || l.isEmpty() ? var : l;
    }

    /** Records the x variable (its label titles the x axis unless xtitle() says otherwise). */
    public void xVariable(String var) {
        if (xTitle == null) {
            xTitle = label(var);
            xVar = var;
        }
    }

    /** Adds a text to the y-axis title (distinct texts are joined with "/" as Stata does). */
    public void yTitle(String text, String var) {
        yTitles.add(text);
        if (yVar == null && var != null) {
            yVar = var;
        }
    }
}
