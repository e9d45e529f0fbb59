package org.sdl.interp.command;

import org.sdl.interp.ByGroups;
import org.sdl.interp.Frame;
import org.sdl.interp.Interpreter;
import org.sdl.interp.Output;
import org.sdl.interp.Session;
import org.sdl.interp.syntax.BoundArgs;
import org.sdl.lang.SourceLine;
import org.sdl.lang.ast.CommandCall;

/**
 * One run of a command: the session, the interpreter (for commands that run other commands),
 * the local scope, the source line, the text after the command name, and - for commands with a
 * syntax spec - the parsed call and bound arguments.
 */
public final class Invocation {
    private final Session session;
    private final Interpreter interpreter;
    private final Frame frame;
    private final SourceLine line;
    private final String typedName;
    private final String text;
    private final CommandCall call;
    private final BoundArgs args;
    private final ByGroups by;

    public Invocation(Session session, Interpreter interpreter, Frame frame, SourceLine line,
                      String typedName, String text, CommandCall call, BoundArgs args, ByGroups by) {
        this.session = session;
        this.interpreter = interpreter;
        this.frame = frame;
        this.line = line;
        this.typedName = typedName;
        this.text = text;
        this.call = call;
        this.args = args;
        this.by = by;
    }

    public Session session() { return session; }
    public Interpreter interpreter() { return interpreter; }
    public Frame frame() { return frame; }
    public SourceLine line() { return line; }

    /** The command name as the user typed it (maybe abbreviated). */
    public String typedName() { return typedName; }

    /** Everything after the command name, macro-expanded. */
    public String text() { return text; }

    public CommandCall call() { return call; }
    public BoundArgs args() { return args; }

    /** The by-groups for ONECALL commands, else null. */
    public ByGroups by() { return by; }

    public Output out() { return session.out(); }

    /** This invocation's text as a source line (for parsing sub-expressions with positions). */
    public SourceLine textLine(String t) {
        String full = line.text();
        int at = full.endsWith(t) ? full.length() - t.length() : full.indexOf(t);
        return at >= 0 ? line.from(at).withText(t) : line.withText(t);
    }
}
