package org.sdl.interp.commands.graph;

import org.sdl.lang.ast.CommandCall;

/**
 * One twoway plot type ({@code scatter}, {@code lfit}, ...): reads its variables through
 * {@link PlotContext#data}, takes its own options from {@code opts} (graph-wide options are
 * already removed) and adds layers to {@link PlotContext#plot()}. Options it leaves are reported
 * as r(198) by the caller. Register more with {@link TwowayPlots#register} (twoway histogram,
 * kdensity, ... live with their statistics).
 */
@FunctionalInterface
public interface PlotType {
    void build(CommandCall call, Opts opts, PlotContext ctx);
}
