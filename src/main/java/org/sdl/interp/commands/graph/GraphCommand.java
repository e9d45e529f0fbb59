package org.sdl.interp.commands.graph;

import java.util.LinkedHashMap;
import java.util.Map;
import org.sdl.interp.SdlError;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;

/**
 * {@code graph} and its subcommands: twoway, export, save, use, display, combine, drop, dir,
 * describe. Other groups add subcommands (bar, hbar, box, dot, ...) with {@link #register}.
 */
public final class GraphCommand extends Command {
    /** A graph subcommand: runs with the text after its name. */
    @FunctionalInterface
    public interface Subcommand {
        void run(Invocation inv, String text);
    }

    private static final Map<String, Subcommand> SUBCOMMANDS = new LinkedHashMap<>();
    private static final Map<String, String> ABBREV = new LinkedHashMap<>();

    /** Adds a subcommand; abbreviations down to minAbbrev letters are accepted. */
    public static synchronized void register(String name, int minAbbrev, Subcommand s) {
        SUBCOMMANDS.put(name, s);
        for (int k = Math.max(1, minAbbrev); k < name.length(); k++) {
            ABBREV.putIfAbsent(name.substring(0, k), name);
        }
    }

    static {
        register("twoway", 2, TwowayBuilder::run);
        register("export", 3, GraphFileCommands::export);
        register("save", 4, GraphFileCommands::save);
        register("use", 3, GraphFileCommands::use);
        register("display", 2, GraphFileCommands::display);
        register("drop", 4, GraphFileCommands::drop);
        register("dir", 3, GraphFileCommands::dir);
        register("describe", 1, GraphFileCommands::describe);
        register("combine", 4, GraphCombine::run);
    }

    public GraphCommand() {
        super("graph", 2, null);
    }

    @Override
    public void run(Invocation inv) {
        String text = inv.text().strip();
        String[] p = text.split("[\\s,]", 2);
        String typed = p[0];
        if (typed.isEmpty()) {
            throw new SdlError(198, "graph: subcommand required (twoway, export, save, use, combine, ...)");
        }
        Subcommand s;
        synchronized (GraphCommand.class) {
            String name = SUBCOMMANDS.containsKey(typed) ? typed : ABBREV.get(typed);
            s = name == null ? null : SUBCOMMANDS.get(name);
        }
        if (s == null) {
            // graph scatter ... is graph twoway scatter ...
            if (TwowayPlots.resolve(typed) != null) {
                TwowayBuilder.run(inv, text);
                return;
            }
            throw new SdlError(198, "graph " + typed + " is not a graph command");
        }
        s.run(inv, text.substring(typed.length()).strip());
    }
}
