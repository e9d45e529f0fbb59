package org.sdl.interp;

import java.util.List;
import org.sdl.lang.SourceLine;

/**
 * The block structure of a script, found on unexpanded text (braces and program/end are
 * structural in Stata, so the structure can be parsed once while every command is expanded and
 * parsed each time it runs).
 */
public sealed interface Statement {
    SourceLine line();

    /** One command line. */
    record Simple(SourceLine line) implements Statement {}

    /** foreach / forvalues / while, or a prefix block ({@code capture noisily {}}): header + body. */
    record Block(SourceLine line, List<Statement> body) implements Statement {}

    /**
     * if / else if / else chain: branches[i] guarded by conditions[i] (null for else). An arm
     * written on one line ({@code if exp command}, {@code else command}) has inline[i] set to
     * that line's text after {@code else}: the condition and the command are split only after
     * macro expansion, when the arm runs.
     */
    record IfChain(SourceLine line, List<SourceLine> conditions, List<List<Statement>> branches,
                   List<SourceLine> inline) implements Statement {}

    /** input [varlist] ... end: the data lines are kept raw (they are values, not commands). */
    record InputBlock(SourceLine line, List<SourceLine> data) implements Statement {}

    /** mata ... end: Mata code, kept raw; sdl has no Mata, so running it is r(199) at the header. */
    record MataBlock(SourceLine line, List<SourceLine> body) implements Statement {}

    /** program define name ... end, with the body kept as raw lines. */
    record ProgramBlock(SourceLine line, List<SourceLine> body) implements Statement {}
}
