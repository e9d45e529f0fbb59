package org.sdl.interp.commands.graphstats;

import java.util.ArrayList;
import java.util.List;
import org.sdl.data.Dataset;
import org.sdl.data.Missing;
import org.sdl.data.NumericColumn;
import org.sdl.interp.SdlError;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;
import org.sdl.interp.syntax.Words;
import org.sdl.output.graph.FillStyle;
import org.sdl.output.graph.Graph;
import org.sdl.output.graph.Layer;
import org.sdl.output.graph.LineStyle;
import org.sdl.output.graph.MarkerStyle;
import org.sdl.output.graph.Plot;
import org.sdl.output.graph.Rgb;
import org.sdl.output.graph.Scheme;
import org.sdl.output.graph.Symbol;
import org.sdl.output.graph.Tick;
import org.sdl.stats.graphstats.BoxStatistics;

/**
 * graph box and graph hbox: yvars [if] [in] [weight] [, over(varname) (up to two) nooutsides
 * twoway_options]. One box per yvar within each over() group ({@link BoxStatistics}: the box from
 * the 25th to the 75th percentile with a line at the median, whiskers to the adjacent values
 * ending in adjacent lines 67% of the box wide, outside values as markers), laid out like graph
 * bar: categories along one axis, the first at the left (box) or top (hbox), several yvars side by
 * side in the scheme's colours with a legend. Registered as _graph_box and _graph_hbox.
 */
public final class GraphBoxCommand extends Command {
    /** Stata's adjacent line (whisker cap) width: 67% of the box ({@code alsize(67)}). */
    static final double ADJACENT_LINE = 0.67;
    /** A box's width within its slot (the rest is the gap between boxes of one group). */
    static final double BOX_WIDTH = 0.8;

    private final String kind;

    public GraphBoxCommand(String kind) {
        super("_graph_" + kind, 8 + kind.length(), "varlist(numeric) [if] [in] [aweight fweight pweight] [, *]");
        this.kind = kind;
    }

    @Override
    public void run(Invocation inv) {
        var a = inv.args();
        Dataset d = inv.session().data();
        List<String> vars = a.varlist();
        List<String> overs = new ArrayList<>();
        boolean outsides = true;
        StringBuilder common = new StringBuilder();
        for (GraphStatOutput.Option o : GraphStatOutput.options(a.rest())) {
            switch (o.name()) {
                case "over" -> {
                    String[] p = org.sdl.interp.commands.graph.Opts.splitComma(o.arg());
                    if (!p[1].isEmpty()) {
                        throw new SdlError(198, "over(): suboption " + p[1] + " not allowed");
                    }
                    List<String> w = Words.split(p[0]);
                    if (w.size() != 1) {
                        throw new SdlError(198, "over() requires one variable");
                    }
                    overs.add(w.get(0));
                }
                case "nooutsides", "noout", "noouts", "nooutside" -> outsides = false;
                default -> {
                    // y options name the value axis, which graph hbox draws across
                    String name = horizontal() && o.name().startsWith("y") ? "x" + o.name().substring(1) : o.name();
                    common.append(' ').append(name).append(o.arg().isEmpty() ? "" : "(" + o.arg() + ")");
                }
            }
        }
        if (overs.size() > 2) {
            throw new SdlError(198, "sdl's graph " + kind + " allows at most two over() options");
        }
        List<Categories> cats = new ArrayList<>();
        for (String o : overs) {
            cats.add(Categories.of(d, o));
        }
        NumericColumn[] cols = new NumericColumn[vars.size()];
        for (int v = 0; v < cols.length; v++) {
            cols[v] = GraphData.numeric(d, vars.get(v));
        }
        boolean[] use = a.touse();
        double[] w = a.weightKind() == null ? null : a.weightValues(inv.session());
        int k1 = cats.isEmpty() ? 1 : cats.get(0).size();
        int k2 = cats.size() < 2 ? 1 : cats.get(1).size();
        int groups = k1 * k2;
        BoxStatistics[][] boxes = new BoxStatistics[vars.size()][groups];
        boolean any = false;
        int n = d.nObs();
        for (int v = 0; v < cols.length; v++) {
            // rows of each group, then one box per group
            int[] count = new int[groups];
            int[] group = new int[n];
            for (int i = 0; i < n; i++) {
                group[i] = -1;
                if (!use[i] || Missing.isMissing(cols[v].get(i))) {
                    continue;
                }
                if (w != null && (Missing.isMissing(w[i]) || !(w[i] > 0))) {
                    continue;
                }
                int g = 0;
                boolean ok = true;
                for (int c = 0; c < cats.size(); c++) {
                    int code = cats.get(c).code[i];
                    if (code < 0) {
                        ok = false;
                    }
                    g = c == 0 ? code * k2 : g + code;
                }
                if (ok) {
                    group[i] = g;
                    count[g]++;
                }
            }
            double[][] xs = new double[groups][];
            double[][] ws = new double[groups][];
            for (int g = 0; g < groups; g++) {
                xs[g] = new double[count[g]];
                ws[g] = w == null ? null : new double[count[g]];
            }
            int[] fill = new int[groups];
            for (int i = 0; i < n; i++) {
                int g = group[i];
                if (g >= 0) {
                    if (w != null) {
                        ws[g][fill[g]] = w[i];
                    }
                    xs[g][fill[g]++] = cols[v].get(i);
                }
            }
            for (int g = 0; g < groups; g++) {
                boxes[v][g] = BoxStatistics.of(xs[g], ws[g]);
                any |= count[g] > 0;
            }
        }
        if (!any) {
            throw new SdlError(2000, "no observations");
        }
        GraphStatOutput.Context ctx = GraphStatOutput.begin(inv, common.toString());
        List<String> keys = new ArrayList<>();
        for (String v : vars) {
            keys.add(GraphData.title(d, v));
        }
        Plot p = draw(boxes, cats, k2, keys, outsides, ctx.scheme());
        if (vars.size() == 1) {
            (horizontal() ? p.x : p.y).title(keys.get(0));
        }
        Graph graph = Graph.of(p);
        if (vars.size() < 2) {
            graph.legend.show = false;
        }
        GraphStatOutput.finish(inv, graph, ctx, "graph " + kind);
    }

    private boolean horizontal() {
        return kind.equals("hbox");
    }

    /** Positions, boxes, whiskers and outside values of every yvar in every group. */
    Plot draw(BoxStatistics[][] boxes, List<Categories> cats, int k2, List<String> keys, boolean outsides,
              Scheme scheme) {
        boolean hz = horizontal();
        int m = boxes.length;
        int groups = boxes[0].length;
        double[] center = new double[groups];
        double pos = 0;
        int lastOuter = -1;
        for (int g = 0; g < groups; g++) {
            int outer = g / k2;
            if (cats.size() == 2 && lastOuter >= 0 && outer != lastOuter) {
                pos += GraphBarCommand.CATEGORY_GAP;
            }
            lastOuter = outer;
            center[g] = pos + m / 2.0;
            pos += m + GraphBarCommand.CATEGORY_GAP;
        }
        double end = pos - GraphBarCommand.CATEGORY_GAP;
        Plot p = new Plot();
        for (int v = 0; v < m; v++) {
            FillStyle fill = scheme.fill(v);
            Rgb color = fill.color();
            LineStyle whisker = new LineStyle(color, scheme.lineWidth, org.sdl.output.graph.LinePattern.SOLID);
            // the median line is drawn in the background colour across the filled box
            LineStyle median = new LineStyle(scheme.plotRegion, scheme.lineWidth * 1.5,
                org.sdl.output.graph.LinePattern.SOLID);
            double[] at = new double[groups];
            double[] lo = new double[groups];
            double[] hi = new double[groups];
            double[] wlo = new double[groups];
            double[] whi = new double[groups];
            double[] ulo = new double[groups];
            double[] uhi = new double[groups];
            double[] segA = new double[groups * 9];
            double[] segV = new double[groups * 9];
            List<Double> ox = new ArrayList<>();
            List<Double> oy = new ArrayList<>();
            for (int g = 0; g < groups; g++) {
                double c = center[g] + (v - (m - 1) / 2.0);
                at[g] = hz ? end - c : c;
                BoxStatistics b = boxes[v][g];
                boolean has = b.n() > 0;
                lo[g] = has ? b.p25() : Missing.DOT;
                hi[g] = has ? b.p75() : Missing.DOT;
                wlo[g] = has ? b.lowerAdjacent() : Missing.DOT;
                whi[g] = has ? b.p25() : Missing.DOT;
                ulo[g] = has ? b.p75() : Missing.DOT;
                uhi[g] = has ? b.upperAdjacent() : Missing.DOT;
                // three segments (median, two adjacent lines) separated by missing values
                double half = BOX_WIDTH / 2;
                double cap = BOX_WIDTH * ADJACENT_LINE / 2;
                double[][] segs = {{half, b.median()}, {cap, b.lowerAdjacent()}, {cap, b.upperAdjacent()}};
                for (int s = 0; s < 3; s++) {
                    int k = g * 9 + s * 3;
                    segA[k] = has ? at[g] - segs[s][0] : Missing.DOT;
                    segA[k + 1] = has ? at[g] + segs[s][0] : Missing.DOT;
                    segA[k + 2] = Missing.DOT;
                    segV[k] = has ? segs[s][1] : Missing.DOT;
                    segV[k + 1] = segV[k];
                    segV[k + 2] = Missing.DOT;
                }
                if (outsides && has) {
                    for (double o : b.outside()) {
                        ox.add(at[g]);
                        oy.add(o);
                    }
                }
            }
            String key = m > 1 ? keys.get(v) : null;
            p.add(new Layer.Spikes(at, wlo, whi, whisker, 0, hz, null));
            p.add(new Layer.Spikes(at, ulo, uhi, whisker, 0, hz, null));
            p.add(new Layer.Bars(at, hi, lo, BOX_WIDTH, fill, hz, key));
            double[] medA = new double[groups * 3];
            double[] medV = new double[groups * 3];
            double[] capA = new double[groups * 6];
            double[] capV = new double[groups * 6];
            for (int g = 0; g < groups; g++) {
                System.arraycopy(segA, g * 9, medA, g * 3, 3);
                System.arraycopy(segV, g * 9, medV, g * 3, 3);
                System.arraycopy(segA, g * 9 + 3, capA, g * 6, 6);
                System.arraycopy(segV, g * 9 + 3, capV, g * 6, 6);
            }
            p.add(hz ? new Layer.Line(capV, capA, whisker, null, null) : new Layer.Line(capA, capV, whisker, null, null));
            p.add(hz ? new Layer.Line(medV, medA, median, null, null) : new Layer.Line(medA, medV, median, null, null));
            if (!ox.isEmpty()) {
                double[] px = ox.stream().mapToDouble(Double::doubleValue).toArray();
                double[] py = oy.stream().mapToDouble(Double::doubleValue).toArray();
                MarkerStyle ms = new MarkerStyle(Symbol.CIRCLE_HOLLOW, color, color, scheme.markerSize * 0.75);
                p.add(hz ? new Layer.Points(py, px, ms, null) : new Layer.Points(px, py, ms, null));
            }
        }
        List<Tick> ticks = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            double c = hz ? end - center[g] : center[g];
            String label = "";
            if (cats.size() == 1) {
                label = cats.get(0).labels.get(g);
            } else if (cats.size() == 2) {
                label = cats.get(1).labels.get(g % k2);
                if (g % k2 == k2 - 1) {
                    label = label + "\n" + cats.get(0).labels.get(g / k2);
                }
            }
            ticks.add(new Tick(c, label));
        }
        var catAxis = hz ? p.y : p.x;
        var valueAxis = hz ? p.x : p.y;
        catAxis.ticks(ticks);
        catAxis.grid = false;
        catAxis.noTicks = true;
        valueAxis.grid = true;
        // the category axis spans the slots with half a gap either side, as graph bar's
        catAxis.rangeMin = -GraphBarCommand.CATEGORY_GAP / 2;
        catAxis.rangeMax = end + GraphBarCommand.CATEGORY_GAP / 2;
        return p;
    }
}
