package org.sdl.interp.commands.graph;

import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;

/**
 * {@code twoway} (also {@code tw}, {@code graph twoway}) and its shorthands {@code scatter} and
 * {@code line}, which are twoway with that one plot type.
 */
public final class TwowayCommand extends Command {
    private final String prefix;

    /** The twoway command itself (prefix null), or a shorthand for one plot type. */
    public TwowayCommand(String name, int minAbbrev, String prefix) {
        super(name, minAbbrev, null);
        this.prefix = prefix;
    }

    @Override
    public void run(Invocation inv) {
        String text = inv.text();
        TwowayBuilder.run(inv, prefix == null ? text : prefix + " " + text);
    }
}
