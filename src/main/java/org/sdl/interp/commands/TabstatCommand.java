package org.sdl.interp.commands;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sdl.data.Dataset;
import org.sdl.data.Grouping;
import org.sdl.data.Missing;
import org.sdl.data.NumericColumn;
import org.sdl.interp.Matrix;
import org.sdl.interp.SdlError;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;
import org.sdl.interp.syntax.Words;
import org.sdl.output.StataFormat;
import org.sdl.stats.descriptive.Moments;
import org.sdl.stats.descriptive.Percentiles;

/**
 * tabstat varlist [if] [in] [weight] [, statistics(mean sd min max n ...) by(var) columns(variables|
 * statistics) format(%fmt) nototal]: a table of statistics (Table 1 of a paper); r(StatTotal) and
 * r(Stat#) matrices.
 */
public final class TabstatCommand extends Command {
    public TabstatCommand() {
        super("tabstat", 5, "varlist(numeric) [if] [in] [aweight fweight] [, Statistics(string) STATs(string) by(varname) "
            + "Columns(string) Format(string) noTotal SAVE LOngstub]");
    }

    @Override
    public boolean rclass() {
        return true;
    }

    @Override
    public void run(Invocation inv) {
        Dataset d = inv.session().data();
        List<String> vars = inv.args().varlist();
        String statText = inv.args().string("statistics", inv.args().string("stats", "mean"));
        List<String> stats = new ArrayList<>();
        for (String s : Words.split(statText.replace(",", " "))) {
            if (s.equals("q")) {
                stats.addAll(List.of("p25", "p50", "p75")); // q is the three quartiles
            } else {
                stats.add(canonical(s));
            }
        }
        boolean[] use = inv.args().touse();
        double[] w = inv.args().weightKind() == null ? null
            : inv.args().weightValues(inv.session());
        boolean fw = "fweight".equals(inv.args().weightKind());
        String by = inv.args().string("by");
        String columns = inv.args().string("columns");
        // Stata puts the statistics across whenever by() has a single variable to show
        boolean byStats = columns != null ? columns.startsWith("s") : by != null && vars.size() == 1;
        StataFormat fmt = StataFormat.parse(inv.args().string("format", "%9.0g"));
        if (fmt == null) {
            throw new SdlError(120, "invalid %format in format()");
        }
        List<String> groupLabels = new ArrayList<>();
        // each group's rows, found with one counting pass instead of one scan per group
        List<int[]> groupRows = new ArrayList<>();
        if (by != null) {
            Grouping g = Grouping.of(d, List.of(by), use);
            int[] ids = g.ids();
            int[] count = new int[g.count()];
            for (int id : ids) {
                if (id >= 0) {
                    count[id]++;
                }
            }
            int[][] rows = new int[g.count()][];
            for (int k = 0; k < rows.length; k++) {
                rows[k] = new int[count[k]];
            }
            int[] fill = new int[g.count()];
            for (int i = 0; i < ids.length; i++) {
                if (ids[i] >= 0) {
                    rows[ids[i]][fill[ids[i]]++] = i;
                }
            }
            for (int k = 0; k < rows.length; k++) {
                groupRows.add(rows[k]);
                groupLabels.add(ListCommand.cell(d, d.column(by), g.firstRow(k), true));
            }
        }
        if (by == null || !inv.args().flag("nototal")) {
            groupRows.add(java.util.stream.IntStream.range(0, d.nObs()).filter(i -> use[i]).toArray());
            groupLabels.add(by == null ? "" : "Total");
        }
        List<double[][]> tables = new ArrayList<>();
        for (int gi = 0; gi < groupRows.size(); gi++) {
            double[][] table = new double[stats.size()][vars.size()];
            for (int v = 0; v < vars.size(); v++) {
                double[] col = values(d.numeric(vars.get(v)), groupRows.get(gi), w);
                double[] wts = w == null ? null : weightsOf(d.numeric(vars.get(v)), groupRows.get(gi), w);
                for (int s = 0; s < stats.size(); s++) {
                    table[s][v] = statistic(stats.get(s), col, wts, fw);
                }
            }
            String name = gi == groupRows.size() - 1 && !groupLabels.get(gi).equals("") && by != null
                && !inv.args().flag("nototal") ? "StatTotal" : by == null ? "StatTotal" : "Stat" + (gi + 1);
            inv.session().r().matrix(name, new Matrix(table, stats, vars));
            if (by != null) {
                inv.session().r().macro("name" + (gi + 1), groupLabels.get(gi));
            }
            tables.add(table);
        }
        String byTitle = by == null ? null
            : d.column(by).label().isEmpty() ? by : by + " (" + d.column(by).label() + ")";
        inv.out().println();
        for (String line : TabstatTable.render(by, byTitle, groupLabels, stats, vars, tables, fmt, byStats)) {
            inv.out().println(line);
        }
    }

    /** The non-missing values of c on rows (with a positive weight when weighted). */
    private static double[] values(NumericColumn c, int[] rows, double[] w) {
        double[] out = new double[rows.length];
        int k = 0;
        for (int i : rows) {
            double x = c.get(i);
            if (!Missing.isMissing(x) && (w == null || w[i] > 0)) {
                out[k++] = x;
            }
        }
        return java.util.Arrays.copyOf(out, k);
    }

    /** The weights that go with {@link #values}. */
    private static double[] weightsOf(NumericColumn c, int[] rows, double[] w) {
        double[] out = new double[rows.length];
        int k = 0;
        for (int i : rows) {
            if (!Missing.isMissing(c.get(i)) && w[i] > 0) {
                out[k++] = w[i];
            }
        }
        return java.util.Arrays.copyOf(out, k);
    }

    static String canonical(String s) {
        switch (s) {
            case "n": case "N": case "count": return "N";
            case "me": case "mean": return "mean";
            case "sd": return "sd";
            case "v": case "var": case "variance": return "variance";
            case "sum": return "sum";
            case "mi": case "min": return "min";
            case "ma": case "max": return "max";
            case "r": case "range": return "range";
            case "p50": case "med": case "median": return "p50";
            case "iqr": return "iqr";
            case "se": case "semean": return "se(mean)";
            case "cv": return "cv";
            case "sk": case "skewness": return "skewness";
            case "k": case "kurtosis": return "kurtosis";
            default:
                if (s.matches("p\\d+")) {
                    return s;
                }
                throw new SdlError(198, "tabstat: unknown statistic " + s);
        }
    }

    private static double statistic(String s, double[] x, double[] w, boolean fw) {
        if (x.length == 0) {
            return s.equals("N") ? 0 : Missing.DOT;
        }
        Moments m = Moments.of(x, w, fw);
        switch (s) {
            case "N": return m.n();
            case "mean": return m.mean();
            case "sd": return m.n() > 1 ? m.sd() : Missing.DOT;
            case "variance": return m.n() > 1 ? m.var() : Missing.DOT;
            case "sum": return m.sum();
            case "min": return m.min();
            case "max": return m.max();
            case "range": return m.max() - m.min();
            case "iqr": return pct(x, w, 75) - pct(x, w, 25);
            case "se(mean)": return m.sd() / Math.sqrt(m.n());
            case "cv": return m.sd() / m.mean();
            case "skewness": return m.skewness();
            case "kurtosis": return m.kurtosis();
            default: return pct(x, w, Double.parseDouble(s.substring(1)));
        }
    }

    private static double pct(double[] x, double[] w, double p) {
        return w == null ? Percentiles.of(x, p) : Percentiles.weighted(x, w, p);
    }

}
