package org.sdl.interp.commands.graph;

import java.util.ArrayList;
import java.util.List;
import org.sdl.interp.SdlError;
import org.sdl.interp.command.Invocation;
import org.sdl.interp.syntax.Words;
import org.sdl.output.graph.Extent;
import org.sdl.output.graph.Graph;
import org.sdl.output.graph.GraphJson;
import org.sdl.output.graph.Plot;
import org.sdl.output.graph.Scheme;

/**
 * {@code graph combine name1 name2 ... [, rows() cols() ycommon xcommon title() ... name() saving()]}:
 * graphs in memory (or saved .gph files) side by side in a grid, each drawn as it is with its own
 * titles and legend; ycommon/xcommon put every plot on the y/x range of all of them.
 */
final class GraphCombine {
    private GraphCombine() {}

    static void run(Invocation inv, String text) {
        String[] p = Opts.splitComma(text);
        List<String> names = Words.split(p[0]);
        if (names.isEmpty()) {
            throw new SdlError(198, "graph combine: graph names required");
        }
        GraphStore store = GraphStore.of(inv.session());
        List<Graph> panels = new ArrayList<>();
        for (String n : names) {
            Graph g = store.graphs().get(n);
            if (g == null && (n.endsWith(".gph") || n.contains("/") || n.startsWith("\""))) {
                g = GraphFileCommands.read(inv, n);
            }
            if (g == null) {
                throw new SdlError(111, "graph " + n + " not found");
            }
            // a copy, so that later changes to the combined graph leave the originals alone
            panels.add(GraphJson.read(GraphJson.write(g)));
        }
        Opts o = new Opts(Opts.parse(p[1]));
        int rows = 0;
        int cols = 0;
        String v;
        if ((v = o.get("ROWs")) != null) rows = Opts.integer("rows", v);
        if ((v = o.get("COLs")) != null) cols = Opts.integer("cols", v);
        boolean ycommon = o.flag("YCOMmon");
        boolean xcommon = o.flag("XCOMmon");
        Scheme scheme = GraphOptions.scheme(o, store.scheme());
        Graph g = Graph.grid(panels, rows, cols);
        g.legend.show = false;
        if (ycommon || xcommon) {
            common(panels, xcommon, ycommon);
        }
        GraphOptions.Target t = GraphOptions.graphLevel(o, g, scheme);
        o.rejectRest("graph combine");
        GraphOutput.finish(inv, g, t);
    }

    private static void plots(Graph g, List<Plot> out) {
        if (g.plot != null) {
            out.add(g.plot);
        }
        for (Graph p : g.panels) {
            plots(p, out);
        }
    }

    private static void common(List<Graph> panels, boolean x, boolean y) {
        List<Plot> all = new ArrayList<>();
        for (Graph g : panels) {
            plots(g, all);
        }
        Extent e = new Extent();
        for (Plot p : all) {
            Extent pe = p.extent();
            e.addPoint(pe.xmin, pe.ymin);
            e.addPoint(pe.xmax, pe.ymax);
            e.addPoint(p.x.rangeMin, p.y.rangeMin);
            e.addPoint(p.x.rangeMax, p.y.rangeMax);
        }
        for (Plot p : all) {
            if (x && e.hasX()) {
                p.x.rangeMin = e.xmin;
                p.x.rangeMax = e.xmax;
            }
            if (y && e.hasY()) {
                p.y.rangeMin = e.ymin;
                p.y.rangeMax = e.ymax;
            }
        }
    }
}
