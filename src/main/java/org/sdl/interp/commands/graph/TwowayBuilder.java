package org.sdl.interp.commands.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.sdl.data.Column;
import org.sdl.data.NumericColumn;
import org.sdl.data.ValueLabelSet;
import org.sdl.interp.SdlError;
import org.sdl.interp.command.Invocation;
import org.sdl.lang.Parser;
import org.sdl.lang.ast.CommandCall;
import org.sdl.lang.ast.CommandCall.OptionNode;
import org.sdl.output.graph.Extent;
import org.sdl.output.graph.Graph;
import org.sdl.output.graph.Plot;
import org.sdl.output.graph.Scheme;
import org.sdl.output.graph.TextBlock;

/**
 * Builds the scene of a twoway command: splits the plots, runs each plot type into one plot
 * region (or one per by() group), then applies the graph-wide options, the axis titles Stata
 * would choose, and value labels on axes.
 */
final class TwowayBuilder {
    private record PlotCall(String type, CommandCall call, List<OptionNode> own) {}

    private TwowayBuilder() {}

    static void run(Invocation inv, String text) {
        TwowaySplit split = TwowaySplit.of(text);
        if (split.plots.isEmpty()) {
            throw new SdlError(198, "twoway: a plot type is required (scatter, line, ...)");
        }
        List<OptionNode> graphOpts = new ArrayList<>();
        List<PlotCall> calls = new ArrayList<>();
        for (String p : split.plots) {
            String[] head = p.split("\\s+", 2);
            String typed = head[0].replaceAll("[,(].*", "");
            String type = TwowayPlots.resolve(typed);
            if (type == null) {
                throw new SdlError(198, typed + " is not a twoway plot type");
            }
            String rest = p.substring(typed.length());
            CommandCall call = Parser.command(inv.line().withText(type + " " + rest));
            List<OptionNode> own = new ArrayList<>();
            for (OptionNode n : call.options()) {
                (GraphOptions.isGraphLevel(n) ? graphOpts : own).add(n);
            }
            calls.add(new PlotCall(type, call, own));
        }
        graphOpts.addAll(Opts.parse(split.globalOptions));
        Opts g = new Opts(graphOpts);
        Scheme scheme = GraphOptions.scheme(g, GraphStore.of(inv.session()).scheme());
        String by = g.get("by");
        Graph graph;
        if (by == null) {
            Plot plot = new Plot();
            PlotContext ctx = plots(inv, calls, scheme, plot, null);
            if (ctx.dataPlots > 0 && ctx.observations == 0) {
                throw new SdlError(2000, "no observations");
            }
            graph = Graph.of(plot);
            finishAxes(inv, g.copy(), plot, ctx, scheme);
            GraphOptions.axes(g, plot, scheme);
            valueLabels(inv, plot, ctx);
        } else {
            graph = ByPanels.build(inv, by, calls.size(), (mask, plot) -> plots(inv, calls, scheme, plot, mask), g, scheme);
        }
        GraphOptions.Target t = GraphOptions.graphLevel(g, graph, scheme);
        g.rejectRest("twoway");
        GraphOutput.finish(inv, graph, t);
    }

    /** Runs every plot into one plot region (restricted to a by() group's rows when mask is not null). */
    static PlotContext plots(Invocation inv, List<PlotCall> calls, Scheme scheme, Plot plot, boolean[] mask) {
        PlotContext ctx = new PlotContext(inv.session(), scheme, plot, mask);
        for (PlotCall pc : calls) {
            Opts own = new Opts(pc.own());
            TwowayPlots.get(pc.type()).build(pc.call(), own, ctx);
            own.rejectRest(pc.type());
        }
        return ctx;
    }

    /** Default axis titles: the x variable's label; the y texts joined with "/" (Stata's rule). */
    static void finishAxes(Invocation inv, Opts given, Plot plot, PlotContext ctx, Scheme s) {
        if (ctx.xTitle != null) {
            plot.x.title = TextBlock.of(ctx.xTitle);
        }
        if (!ctx.yTitles.isEmpty()) {
            plot.y.title = TextBlock.of(String.join("/", ctx.yTitles));
        }
    }

    /** xlabel(, valuelabel): the axis shows the x (or first y) variable's value labels. */
    static void valueLabels(Invocation inv, Plot plot, PlotContext ctx) {
        fill(inv, plot.x.valueLabels, ctx.xVar);
        fill(inv, plot.y.valueLabels, ctx.yVar);
    }

    private static void fill(Invocation inv, TreeMap<Double, String> target, String var) {
        if (target == null || var == null) {
            return;
        }
        Column c = inv.session().data().column(var);
        if (c instanceof NumericColumn nc) {
            ValueLabelSet set = GraphText.labels(inv.session(), nc);
            if (set != null) {
                target.putAll(set.entries());
            }
        }
    }

    static Extent extent(Plot p) {
        return p.extent();
    }
}
