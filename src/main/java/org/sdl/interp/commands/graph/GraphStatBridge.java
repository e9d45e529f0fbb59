package org.sdl.interp.commands.graph;

import org.sdl.interp.command.Invocation;
import org.sdl.output.graph.Graph;
import org.sdl.output.graph.Plot;
import org.sdl.output.graph.Scheme;

/**
 * The public door through which the statistical graph commands (histogram, kdensity, graph
 * bar, rvfplot, ..., in interp.commands.graphstats) use this package's common options and output:
 * the scheme, twoway_options on every plot region (axes, reference lines, text) and on the graph
 * (titles, legend, regions, name(), saving()), then the graph kept and drawn like any other.
 * Written by the graph-statistics work; only calls what the twoway commands call.
 */
public final class GraphStatBridge {
    private GraphStatBridge() {}

    /** The scheme named by scheme() in opts, or the session's default. */
    public static Scheme scheme(Invocation inv, Opts opts) {
        return GraphOptions.scheme(opts, GraphStore.of(inv.session()).scheme());
    }

    /**
     * Applies the remaining common options to g (axis options to every plot region of g and of
     * its panels), rejects whatever is left with r(198) naming it, and hands g to the graph store.
     */
    public static void finish(Invocation inv, Graph g, Opts opts, Scheme scheme, String command) {
        if (g.plot != null) {
            GraphOptions.axes(opts, g.plot, scheme);
        } else {
            Opts shared = opts.copy();
            for (Graph p : g.panels) {
                Opts each = shared.copy();
                if (p.plot != null) {
                    GraphOptions.axes(each, p.plot, scheme);
                }
            }
            // mark the axis options as taken on the original too
            Plot scratch = new Plot();
            GraphOptions.axes(opts, scratch, scheme);
        }
        GraphOptions.Target t = GraphOptions.graphLevel(opts, g, scheme);
        opts.rejectRest(command);
        GraphOutput.finish(inv, g, t);
    }
}
