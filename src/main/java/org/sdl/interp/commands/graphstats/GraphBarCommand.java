package org.sdl.interp.commands.graphstats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sdl.data.Dataset;
import org.sdl.data.Missing;
import org.sdl.data.NumericColumn;
import org.sdl.interp.SdlError;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;
import org.sdl.interp.syntax.Words;
import org.sdl.output.StataFormat;
import org.sdl.output.graph.Graph;
import org.sdl.output.graph.Layer;
import org.sdl.output.graph.LinePattern;
import org.sdl.output.graph.LineStyle;
import org.sdl.output.graph.Plot;
import org.sdl.output.graph.Scheme;
import org.sdl.output.graph.StataColors;
import org.sdl.output.graph.Tick;
import org.sdl.stats.graphstats.GroupStatistic;

/**
 * graph bar, graph hbar and graph dot: yvars (each with the statistic in parentheses before it,
 * mean by default; none means the percent of observations) summarised within over() groups (up to
 * two), with asyvars, stack, percentages and blabel(). Registered as _graph_bar, _graph_hbar and
 * _graph_dot, which the graph command hands "graph bar ..." to.
 */
public final class GraphBarCommand extends Command {
    /** Stata's default gap between over() categories: 67% of a bar's width. */
    static final double CATEGORY_GAP = 0.67;

    private final String kind;

    public GraphBarCommand(String kind) {
        super("_graph_" + kind, 8 + kind.length(), "anything [if] [in] [aweight fweight pweight] [, *]");
        this.kind = kind;
    }

    /** One bar series: a statistic of a variable (variable null: the count of observations). */
    record Series(String stat, String var) {
        String title() {
            if (var == null) {
                return stat;
            }
            return stat + " of " + var;
        }
    }

    @Override
    public void run(Invocation inv) {
        var a = inv.args();
        Dataset d = inv.session().data();
        List<Series> series = parseSeries(a.anything() == null ? "" : a.anything());
        List<GraphStatOutput.Option> rest = new ArrayList<>();
        List<String> overs = new ArrayList<>();
        boolean asyvars = false;
        boolean stack = false;
        boolean percentages = false;
        String blabel = null;
        StringBuilder common = new StringBuilder();
        for (GraphStatOutput.Option o : GraphStatOutput.options(a.rest())) {
            switch (o.name()) {
                case "over" -> {
                    List<String> parts = Words.split(o.arg());
                    int comma = o.arg().indexOf(',');
                    if (comma >= 0 && !o.arg().substring(comma + 1).isBlank()) {
                        throw new SdlError(198, "over(): suboption " + o.arg().substring(comma + 1).strip() + " not allowed");
                    }
                    if (parts.isEmpty()) {
                        throw new SdlError(198, "over() requires a variable");
                    }
                    overs.add(parts.get(0).replace(",", ""));
                }
                case "asyvars" -> asyvars = true;
                case "stack" -> stack = true;
                case "percentages", "percent" -> percentages = true;
                case "blabel" -> blabel = o.arg();
                default -> {
                    rest.add(o);
                    // y options name the value axis, which graph hbar and graph dot draw across
                    String name = horizontalKind() && o.name().startsWith("y") ? "x" + o.name().substring(1) : o.name();
                    common.append(' ').append(name).append(o.arg().isEmpty() ? "" : "(" + o.arg() + ")");
                }
            }
        }
        if (overs.size() > 2) {
            throw new SdlError(198, "sdl's graph " + kind + " allows at most two over() options");
        }
        if (asyvars && overs.isEmpty()) {
            throw new SdlError(198, "asyvars requires over()");
        }
        List<String> vars = new ArrayList<>();
        for (Series s : series) {
            if (s.var != null && !vars.contains(s.var)) {
                vars.add(s.var);
            }
        }
        for (String v : vars) {
            GraphData.numeric(d, v);
        }
        List<Categories> cats = new ArrayList<>();
        for (String o : overs) {
            cats.add(Categories.of(d, o));
        }
        boolean[] use = a.touse();
        double[] w = a.weightKind() == null ? null : a.weightValues(inv.session());
        boolean fweight = "fweight".equals(a.weightKind());
        int n = d.nObs();
        int k1 = cats.isEmpty() ? 1 : cats.get(0).size();
        int k2 = cats.size() < 2 ? 1 : cats.get(1).size();
        // group of a row: first over() varies slowest, as Stata orders the bars
        int groups = k1 * k2;
        double[][] values = new double[series.size()][groups];
        boolean any = false;
        for (int s = 0; s < series.size(); s++) {
            Series sr = series.get(s);
            NumericColumn c = sr.var == null ? null : d.numeric(sr.var);
            int[] rowsIdx = new int[n];
            int m = 0;
            for (int i = 0; i < n; i++) {
                if (!use[i] || (c != null && Missing.isMissing(c.get(i)))) {
                    continue;
                }
                if (w != null && (Missing.isMissing(w[i]) || !(w[i] > 0))) {
                    continue;
                }
                boolean ok = true;
                for (Categories ct : cats) {
                    if (ct.code[i] < 0) {
                        ok = false;
                    }
                }
                if (ok) {
                    rowsIdx[m++] = i;
                }
            }
            if (m == 0) {
                continue;
            }
            any = true;
            double[] y = new double[m];
            double[] ws = w == null ? null : new double[m];
            int[] g = new int[m];
            for (int k = 0; k < m; k++) {
                int i = rowsIdx[k];
                y[k] = c == null ? 1 : c.get(i);
                if (ws != null) {
                    ws[k] = w[i];
                }
                g[k] = (cats.isEmpty() ? 0 : cats.get(0).code[i] * k2) + (cats.size() < 2 ? 0 : cats.get(1).code[i]);
            }
            values[s] = GroupStatistic.compute(sr.stat, y, ws, fweight, g, groups);
        }
        if (!any) {
            throw new SdlError(2000, "no observations");
        }
        Chart chart = asyvars ? Chart.asyvars(series, values, cats, k1, k2) : Chart.plain(series, values, cats, k1, k2);
        if (percentages) {
            chart.toPercentages();
        }
        GraphStatOutput.Context ctx = GraphStatOutput.begin(inv, common.toString());
        Graph graph = Graph.of(draw(chart, stack, blabel, ctx.scheme()));
        if (chart.seriesNames.size() < 2) {
            graph.legend.show = false;
        }
        GraphStatOutput.finish(inv, graph, ctx, "graph " + kind);
    }

    private boolean horizontalKind() {
        return !kind.equals("bar");
    }

    /** "(mean) price weight (p50) mpg" into series; no variables at all is the percent of observations. */
    static List<Series> parseSeries(String text) {
        List<Series> out = new ArrayList<>();
        String stat = "mean";
        String s = text.strip();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(') {
                int close = s.indexOf(')', i);
                if (close < 0) {
                    throw new SdlError(198, "unmatched parenthesis");
                }
                stat = s.substring(i + 1, close).strip().toLowerCase(Locale.ROOT);
                if (stat.equals("asis")) {
                    throw new SdlError(198, "statistic (asis) is not supported by sdl");
                }
                if (!GroupStatistic.known(stat)) {
                    throw new SdlError(198, "statistic (" + stat + ") not allowed");
                }
                i = close + 1;
                int j = i;
                while (j < s.length() && Character.isWhitespace(s.charAt(j))) {
                    j++;
                }
                if (j >= s.length() && (stat.equals("count") || stat.equals("percent"))) {
                    out.add(new Series(stat, null));
                }
            } else {
                int j = i;
                while (j < s.length() && !Character.isWhitespace(s.charAt(j)) && s.charAt(j) != '(') {
                    j++;
                }
                out.add(new Series(stat, s.substring(i, j)));
                i = j;
            }
        }
        if (out.isEmpty()) {
            out.add(new Series("percent", null));
        }
        return out;
    }

    /**
     * The numbers laid out: categories along the axis (cat labels; outer labels for two over()),
     * and one row of heights per coloured series.
     */
    static final class Chart {
        List<String> seriesNames = new ArrayList<>();
        List<String> catLabels = new ArrayList<>();
        List<String> outerLabels = new ArrayList<>();
        int[] outerOf;
        double[][] heights;
        String valueTitle;

        static Chart plain(List<Series> series, double[][] values, List<Categories> cats, int k1, int k2) {
            Chart c = new Chart();
            int groups = k1 * k2;
            c.heights = values;
            c.outerOf = new int[groups];
            for (Series s : series) {
                c.seriesNames.add(s.title());
            }
            for (int g = 0; g < groups; g++) {
                if (cats.isEmpty()) {
                    c.catLabels.add("");
                } else if (cats.size() == 1) {
                    c.catLabels.add(cats.get(0).labels.get(g));
                } else {
                    c.catLabels.add(cats.get(1).labels.get(g % k2));
                    c.outerOf[g] = g / k2;
                }
            }
            if (cats.size() == 2) {
                c.outerLabels.addAll(cats.get(0).labels);
            }
            c.valueTitle = series.size() == 1 ? series.get(0).title() : null;
            return c;
        }

        /** asyvars: the first over() becomes the series, the second (if any) the categories. */
        static Chart asyvars(List<Series> series, double[][] values, List<Categories> cats, int k1, int k2) {
            if (series.size() > 1) {
                throw new SdlError(198, "sdl's asyvars takes one yvar");
            }
            Chart c = new Chart();
            c.seriesNames.addAll(cats.get(0).labels);
            c.heights = new double[k1][k2];
            for (int g1 = 0; g1 < k1; g1++) {
                for (int g2 = 0; g2 < k2; g2++) {
                    c.heights[g1][g2] = values[0][g1 * k2 + g2];
                }
            }
            c.outerOf = new int[k2];
            for (int g2 = 0; g2 < k2; g2++) {
                c.catLabels.add(cats.size() > 1 ? cats.get(1).labels.get(g2) : "");
            }
            c.valueTitle = series.get(0).title();
            return c;
        }

        void toPercentages() {
            int cats = catLabels.size();
            for (int g = 0; g < cats; g++) {
                double total = 0;
                for (double[] h : heights) {
                    total += Double.isNaN(h[g]) ? 0 : h[g];
                }
                for (double[] h : heights) {
                    h[g] = total > 0 ? 100 * h[g] / total : Double.NaN;
                }
            }
            if (valueTitle != null) {
                valueTitle = "percent of " + valueTitle;
            }
        }
    }

    private Plot draw(Chart c, boolean stack, String blabel, Scheme scheme) {
        boolean horizontal = !kind.equals("bar");
        boolean dot = kind.equals("dot");
        int cats = c.catLabels.size();
        int m = c.heights.length;
        double slots = stack || dot ? 1 : m;
        Plot p = new Plot();
        double[] center = new double[cats];
        double pos = 0;
        int lastOuter = -1;
        for (int g = 0; g < cats; g++) {
            if (lastOuter >= 0 && c.outerOf[g] != lastOuter) {
                pos += CATEGORY_GAP;   // an extra gap between outer groups
            }
            lastOuter = c.outerOf[g];
            center[g] = pos + slots / 2;
            pos += slots + CATEGORY_GAP;
        }
        double end = pos - CATEGORY_GAP;
        // hbar and dot list the first category at the top
        double[] at = new double[cats];
        for (int g = 0; g < cats; g++) {
            at[g] = horizontal ? end - center[g] : center[g];
        }
        double[] base = new double[cats];
        StataFormat fmt = StataFormat.parse(blabelFormat(blabel));
        for (int s = 0; s < m; s++) {
            double[] x = new double[cats];
            double[] y = new double[cats];
            double[] b = new double[cats];
            for (int g = 0; g < cats; g++) {
                double offset = stack || dot ? 0 : (s - (m - 1) / 2.0);
                x[g] = at[g] + (horizontal ? -offset : offset);
                double h = c.heights[s][g];
                double v = Double.isNaN(h) ? Missing.DOT : h;
                if (stack && !Double.isNaN(h)) {
                    b[g] = base[g];
                    y[g] = base[g] + h;
                    base[g] = y[g];
                } else {
                    y[g] = v;
                }
            }
            String key = m > 1 ? c.seriesNames.get(s) : null;
            if (dot) {
                p.add(horizontal ? new Layer.Points(y, x, scheme.marker(s), key) : new Layer.Points(x, y, scheme.marker(s), key));
            } else {
                p.add(new Layer.Bars(x, y, stack ? b : null, 1, scheme.fill(s), horizontal, key));
            }
            if (blabel != null && !dot) {
                for (int g = 0; g < cats; g++) {
                    if (y[g] >= Missing.DOT) {
                        continue;
                    }
                    String t = fmt.format(c.heights[s][g]).strip();
                    p.add(horizontal ? new Layer.Text(y[g], x[g], t, Double.NaN, null, 3)
                        : new Layer.Text(x[g], y[g], t, Double.NaN, null, 12));
                }
            }
        }
        if (dot) {
            LineStyle guide = new LineStyle(StataColors.named("gs10"), 0.12, LinePattern.DOT);
            for (int g = 0; g < cats; g++) {
                p.layers.add(0, new Layer.RefLine(!horizontal, at[g], guide));
            }
        }
        List<Tick> ticks = new ArrayList<>();
        for (int g = 0; g < cats; g++) {
            String label = c.catLabels.get(g);
            if (!c.outerLabels.isEmpty() && (g == cats - 1 || c.outerOf[g + 1] != c.outerOf[g])) {
                label = label + "\n" + c.outerLabels.get(c.outerOf[g]);
            }
            ticks.add(new Tick(at[g], label));
        }
        var catAxis = horizontal ? p.y : p.x;
        var valueAxis = horizontal ? p.x : p.y;
        catAxis.ticks(ticks);
        catAxis.grid = false;
        catAxis.noTicks = true;
        valueAxis.grid = true;
        if (c.valueTitle != null) {
            valueAxis.title(c.valueTitle);
        }
        if (!dot) {
            // bars grow from zero: the value axis always shows it
            valueAxis.rangeMin = 0;
            valueAxis.rangeMax = 0;
        }
        return p;
    }

    private static String blabelFormat(String blabel) {
        if (blabel == null) {
            return "%9.0g";
        }
        String s = blabel.strip();
        int comma = s.indexOf(',');
        String what = (comma < 0 ? s : s.substring(0, comma)).strip();
        if (!what.equals("bar") && !what.isEmpty()) {
            throw new SdlError(198, "blabel(" + what + ") not supported by sdl (only blabel(bar))");
        }
        if (comma >= 0) {
            for (GraphStatOutput.Option o : GraphStatOutput.options(s.substring(comma + 1))) {
                if (o.name().equals("format")) {
                    return o.arg().strip();
                }
                throw new SdlError(198, "blabel(): suboption " + o.name() + " not allowed");
            }
        }
        return "%9.0g";
    }
}
