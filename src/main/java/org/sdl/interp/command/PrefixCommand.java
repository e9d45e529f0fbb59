package org.sdl.interp.command;

import org.sdl.interp.Frame;
import org.sdl.interp.Interpreter;
import org.sdl.interp.Session;
import org.sdl.lang.SourceLine;

/** A command used as a prefix before a colon ({@code eststo m1: regress ...}). */
public interface PrefixCommand {
    /**
     * @param head text between the prefix name and the colon (its own arguments and options)
     * @param command the prefixed command, macro-expanded, to run through the interpreter
     */
    void runPrefixed(Interpreter interp, Session session, Frame frame, SourceLine line, String head,
                     SourceLine command);
}
