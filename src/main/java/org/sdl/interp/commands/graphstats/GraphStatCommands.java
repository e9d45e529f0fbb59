package org.sdl.interp.commands.graphstats;

import org.sdl.interp.command.CommandRegistry;
import org.sdl.interp.commands.graph.GraphCommand;

/**
 * Statistical graph commands ([R] histogram, kdensity, the regression diagnostic plots, qnorm and
 * pnorm, graph bar/hbar/dot/box/hbox, the community coefplot). graph bar ... reaches
 * _graph_bar through the graph command.
 */
public final class GraphStatCommands {
    private GraphStatCommands() {}

    /** graph kind ... runs _graph_kind ... (the graph command's hook for other groups' subcommands). */
    private static void subcommand(String kind) {
        GraphCommand.register(kind, kind.length(), (inv, text) ->
            inv.interpreter().dispatch(inv.line().withText("_graph_" + kind + " " + text), inv.frame(), null));
    }

    public static void registerAll(CommandRegistry r) {
        r.register(new HistogramCommand());
        r.register(new KdensityCommand());
        r.register(new CoefplotCommand());
        r.register(new MarginsplotCommand());
        for (String kind : new String[] {"bar", "hbar", "dot"}) {
            r.register(new GraphBarCommand(kind));
            subcommand(kind);
        }
        for (String kind : new String[] {"box", "hbox"}) {
            r.register(new GraphBoxCommand(kind));
            subcommand(kind);
        }
        for (String kind : new String[] {"rvfplot", "rvpplot", "lvr2plot", "avplot"}) {
            r.register(new RegressionPlotCommand(kind));
        }
        r.register(new NormalPlotCommand(true));
        r.register(new NormalPlotCommand(false));
        TwowayStatPlots.register();
    }
}
