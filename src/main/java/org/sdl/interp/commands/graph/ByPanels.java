package org.sdl.interp.commands.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;
import org.sdl.data.Column;
import org.sdl.data.Dataset;
import org.sdl.data.NumericColumn;
import org.sdl.data.StringColumn;
import org.sdl.interp.SdlError;
import org.sdl.interp.command.Invocation;
import org.sdl.interp.syntax.Words;
import org.sdl.output.graph.Extent;
import org.sdl.output.graph.Graph;
import org.sdl.output.graph.Plot;
import org.sdl.output.graph.Scheme;
import org.sdl.output.graph.TextBlock;

/**
 * {@code by(varlist [, cols() rows() note() title() subtitle() legend()])}: one panel per group
 * (groups in sort order of the by variables, missing values left out as Stata does without
 * {@code missing}), titled by the group's value labels on a strip, all panels on common axes,
 * one legend for all, and the note "Graphs by ..." unless note() replaces it.
 */
final class ByPanels {
    private ByPanels() {}

    static Graph build(Invocation inv, String byText, int nPlots, BiFunction<boolean[], Plot, PlotContext> builder,
                       Opts g, Scheme scheme) {
        String[] parts = Opts.splitComma(byText);
        Dataset d = inv.session().data();
        List<String> vars = new ArrayList<>();
        for (String w : Words.split(parts[0])) {
            vars.addAll(new org.sdl.data.VariableMatcher(d).expand(w));
        }
        if (vars.isEmpty()) {
            throw new SdlError(198, "option by() requires a variable");
        }
        Column[] cols = vars.stream().map(d::column).toArray(Column[]::new);
        int n = d.nObs();
        Integer[] rows = new Integer[n];
        int count = 0;
        for (int i = 0; i < n; i++) {
            boolean ok = true;
            for (Column c : cols) {
                ok &= !c.isMissing(i) && !(c instanceof StringColumn sc && sc.get(i).isEmpty());
            }
            if (ok) {
                rows[count++] = i;
            }
        }
        Comparator<Integer> cmp = (a, b) -> {
            for (Column c : cols) {
                int r = c instanceof NumericColumn nc ? Double.compare(nc.get(a), nc.get(b))
                    : ((StringColumn) c).get(a).compareTo(((StringColumn) c).get(b));
                if (r != 0) {
                    return r;
                }
            }
            return 0;
        };
        Integer[] sorted = Arrays.copyOf(rows, count);
        Arrays.sort(sorted, cmp);
        List<boolean[]> masks = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < count; ) {
            int j = i;
            boolean[] mask = new boolean[n];
            while (j < count && cmp.compare(sorted[i], sorted[j]) == 0) {
                mask[sorted[j]] = true;
                j++;
            }
            masks.add(mask);
            List<String> t = new ArrayList<>();
            for (Column c : cols) {
                t.add(c instanceof NumericColumn nc ? GraphText.valueText(inv.session(), nc, nc.get(sorted[i]))
                    : ((StringColumn) c).get(sorted[i]));
            }
            titles.add(String.join(", ", t));
            i = j;
        }
        if (masks.isEmpty()) {
            throw new SdlError(2000, "no observations");
        }
        List<Graph> panels = new ArrayList<>();
        int obs = 0;
        int dataPlots = 0;
        for (int k = 0; k < masks.size(); k++) {
            Plot plot = new Plot();
            PlotContext ctx = builder.apply(masks.get(k), plot);
            obs += ctx.observations;
            dataPlots += ctx.dataPlots;
            TwowayBuilder.finishAxes(inv, g, plot, ctx, scheme);
            GraphOptions.axes(g.copy(), plot, scheme);
            TwowayBuilder.valueLabels(inv, plot, ctx);
            Graph p = Graph.of(plot);
            p.subtitle = TextBlock.of(titles.get(k));
            p.legend.show = false;
            panels.add(p);
        }
        if (dataPlots > 0 && obs == 0) {
            throw new SdlError(2000, "no observations");
        }
        GraphOptions.axes(g, new Plot(), scheme);   // the axis options were applied to each panel
        commonAxes(panels);
        Graph parent = Graph.grid(panels, 0, 0);
        parent.stripTitles = true;
        List<String> labels = new ArrayList<>();
        for (String v : vars) {
            String l = d.column(v).label();
            labels.add(l == null || l.isEmpty() ? v : l);
        }
        parent.note = TextBlock.of("Graphs by " + String.join(" and ", labels));
        Opts sub = new Opts(Opts.parse(parts[1]));
        String v;
        if ((v = sub.get("COLs")) != null) parent.cols = Opts.integer("by(cols())", v);
        if ((v = sub.get("ROWs")) != null) parent.rows = Opts.integer("by(rows())", v);
        if ((v = sub.get("note")) != null) parent.note = GraphOptions.text("by(note())", v);
        if ((v = sub.get("TItle")) != null) parent.title = GraphOptions.text("by(title())", v);
        if ((v = sub.get("SUBtitle")) != null) parent.subtitle = GraphOptions.text("by(subtitle())", v);
        if ((v = sub.get("LEGend")) != null) GraphOptions.legend("by(legend())", v, parent.legend);
        sub.rejectRest("by()");
        return parent;
    }

    /** Every panel spans the extent of all panels (Stata's by() draws common axes). */
    private static void commonAxes(List<Graph> panels) {
        Extent all = new Extent();
        for (Graph p : panels) {
            Extent e = p.plot.extent();
            all.addPoint(e.xmin, e.ymin);
            all.addPoint(e.xmax, e.ymax);
        }
        for (Graph p : panels) {
            if (all.hasX()) {
                p.plot.x.rangeMin = Double.isNaN(p.plot.x.rangeMin) ? all.xmin : Math.min(all.xmin, p.plot.x.rangeMin);
                p.plot.x.rangeMax = Double.isNaN(p.plot.x.rangeMax) ? all.xmax : Math.max(all.xmax, p.plot.x.rangeMax);
            }
            if (all.hasY()) {
                p.plot.y.rangeMin = Double.isNaN(p.plot.y.rangeMin) ? all.ymin : Math.min(all.ymin, p.plot.y.rangeMin);
                p.plot.y.rangeMax = Double.isNaN(p.plot.y.rangeMax) ? all.ymax : Math.max(all.ymax, p.plot.y.rangeMax);
            }
        }
    }
}
