package org.sdl.interp.commands;

import org.sdl.interp.Frame;
import org.sdl.interp.Interpreter;
import org.sdl.interp.SdlError;
import org.sdl.interp.Session;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;
import org.sdl.interp.command.PrefixCommand;
import org.sdl.lang.SourceLine;

/**
 * mata: one-liners ({@code mata: x = 1}, {@code mata st_matrix(...)}). sdl has no Mata, so each is
 * r(199) naming the line; the block form {@code mata ... end} is recognised by the block parser,
 * skipped whole, and gives the same error once at its first line.
 */
public final class MataCommand extends Command implements PrefixCommand {
    public MataCommand() {
        super("mata", 4, null);
    }

    @Override
    public void run(Invocation inv) {
        throw unsupported();
    }

    @Override
    public void runPrefixed(Interpreter interp, Session session, Frame frame, SourceLine line, String head,
                            SourceLine command) {
        throw unsupported();
    }

    static SdlError unsupported() {
        return new SdlError(199, "mata is not supported: sdl has no Mata");
    }
}
