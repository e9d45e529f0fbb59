package org.sdl.lang.ast;

import java.util.List;
import org.sdl.lang.SourceLine;

/**
 * One command in Stata's uniform shape:
 * {@code name [arguments] [= exp] [if exp] [in range] [weight] [using file] [, options]}.
 * Arguments stay text: each command's syntax spec decides what they mean (varlist, namelist,
 * numbers, parenthesised groups), so the grammar needs no command keywords.
 */
public record CommandCall(
    String name,
    String arguments,
    Expr assigned,
    String assignedText,
    Expr ifCondition,
    String ifText,
    InRange in,
    Weight weight,
    String using,
    List<OptionNode> options,
    SourceLine source) {

    /** {@code in first/last}; last is null for a single observation. Ends are numbers, f or l. */
    public record InRange(String first, String last) {}

    /** {@code [kind = exp]}; kind as written (fw, pweight, ...). */
    public record Weight(String kind, Expr exp, String expText) {}

    /** {@code name} or {@code name(argument)}; argument is raw text or null. */
    public record OptionNode(String name, String argument) {}

    /** The same call without its using clause (to bind the rest against another spec). */
    public CommandCall withoutUsing() {
        return new CommandCall(name, "", assigned, assignedText, ifCondition, ifText, in, weight, null, options, source);
    }

    public boolean hasOption(String n) {
        return options.stream().anyMatch(o -> o.name().equals(n));
    }
}
