package org.sdl.interp.command;

import org.sdl.interp.syntax.SyntaxSpec;

/**
 * A built-in command: its name, minimum abbreviation, declared syntax (Stata's syntax-statement
 * notation, checked by the shared binder) and behaviour. Commands whose arguments are free text
 * (display, local, label, ...) declare no syntax and read {@link Invocation#text()}.
 */
public abstract class Command {
    /** How a command behaves under {@code by}: not allowed, run once per group, or once with groups. */
    public enum ByMode { NONE, RECALL, ONECALL }

    private final String name;
    private final int minAbbrev;
    private final SyntaxSpec spec;

    protected Command(String name, int minAbbrev, String syntax) {
        this.name = name;
        this.minAbbrev = minAbbrev;
        this.spec = syntax == null ? null : SyntaxSpec.parse(syntax);
    }

    public final String name() {
        return name;
    }

    public final int minAbbrev() {
        return minAbbrev;
    }

    /** The declared syntax, or null for free-text commands. */
    public final SyntaxSpec spec() {
        return spec;
    }

    public ByMode byMode() {
        return ByMode.NONE;
    }

    /** Whether this command opens an r-class result set (clears r() before running). */
    public boolean rclass() {
        return false;
    }

    public abstract void run(Invocation inv);
}
