package org.sdl.interp.command;

import java.util.Map;

/**
 * Stata's documented minimum abbreviations (the underlined part of each command in the manuals'
 * syntax diagrams), for the commands where a command class's own declaration once differed or
 * where real do-files rely on the short form. Checked against the enumerated abbreviation list of
 * Stata's keyword table (every accepted spelling of a command from its minimum up, e.g. "ap app
 * appe appen append", "sa sav save", "so sor sort", "la lab labe label") and the [R]/[D]/[P]
 * syntax diagrams. The registry uses this table over a class's declaration, so a command's
 * abbreviation is decided in one place; {@code StataAbbreviationsTest} keeps it honest.
 *
 * <p>Commands without an abbreviation in Stata carry their full length.
 */
public final class StataAbbreviations {
    private StataAbbreviations() {}

    private static final Map<String, Integer> MINIMUM = Map.ofEntries(
        Map.entry("append", 2), Map.entry("assert", 2), Map.entry("browse", 2),
        Map.entry("codebook", 8), Map.entry("collapse", 8), Map.entry("compress", 8),
        Map.entry("confirm", 4), Map.entry("continue", 8), Map.entry("contract", 8),
        Map.entry("correlate", 3), Map.entry("count", 3), Map.entry("decode", 3),
        Map.entry("describe", 1), Map.entry("display", 2), Map.entry("duplicates", 10),
        Map.entry("egen", 4), Map.entry("encode", 2), Map.entry("ereturn", 4),
        Map.entry("error", 3), Map.entry("estimates", 3), Map.entry("exit", 2),
        Map.entry("format", 4), Map.entry("generate", 1), Map.entry("gettoken", 8),
        Map.entry("global", 2), Map.entry("insheet", 7), Map.entry("label", 2),
        Map.entry("levelsof", 6), Map.entry("list", 1), Map.entry("local", 3),
        Map.entry("logit", 4), Map.entry("macro", 2), Map.entry("matrix", 3),
        Map.entry("memory", 6), Map.entry("merge", 3), Map.entry("notes", 4),
        Map.entry("ologit", 3), Map.entry("oprobit", 3), Map.entry("outsheet", 4),
        Map.entry("predict", 7), Map.entry("probit", 4), Map.entry("program", 2),
        Map.entry("ranksum", 7), Map.entry("recode", 6), Map.entry("regress", 3),
        Map.entry("rename", 3), Map.entry("replace", 7), Map.entry("restore", 7),
        Map.entry("return", 3), Map.entry("run", 2), Map.entry("save", 2),
        Map.entry("scalar", 3), Map.entry("set", 2), Map.entry("sort", 2),
        Map.entry("summarize", 2), Map.entry("tabstat", 7), Map.entry("tabulate", 2),
        Map.entry("test", 2), Map.entry("tokenize", 5), Map.entry("type", 2),
        Map.entry("use", 1), Map.entry("version", 4),
        Map.entry("copy", 4), Map.entry("file", 4), Map.entry("postfile", 8), Map.entry("post", 4),
        Map.entry("postclose", 9), Map.entry("svmat", 5), Map.entry("matlist", 7),
        Map.entry("table", 5), Map.entry("saveold", 7), Map.entry("mata", 4));

    /** The documented minimum for a command name, or {@code declared} when the table has none. */
    public static int minimum(String name, int declared) {
        Integer m = MINIMUM.get(name);
        return m == null ? declared : m;
    }

    /** The table itself (for tests and documentation). */
    public static Map<String, Integer> table() {
        return MINIMUM;
    }
}
