package org.sdl.interp.commands.graph;

import org.sdl.interp.command.CommandRegistry;

/** Registers the graph commands (issue 12): twoway, scatter, line, graph. */
public final class GraphCommands {
    private GraphCommands() {}

    public static void registerAll(CommandRegistry r) {
        r.register(new TwowayCommand("twoway", 2, null));
        r.register(new TwowayCommand("scatter", 2, "scatter"));
        r.register(new TwowayCommand("line", 4, "line"));
        r.register(new GraphCommand());
    }
}
