package org.sdl.repl;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jline.reader.Candidate;
import org.jline.reader.ParsedLine;
import org.sdl.interp.command.Command;

/**
 * What Tab offers at the prompt: command names (and programs) as the first word, a command's
 * subcommands as the second (estimates st → store), macro names after ` and $, variable names
 * (the dataset's, so an abbreviation expands to the full name) everywhere else.
 */
final class Completions {
    private static final Map<String, List<String>> SUBCOMMANDS = Map.ofEntries(
        Map.entry("estimates", List.of("store", "restore", "replay", "table", "stats", "dir", "drop", "clear", "save", "use", "describe", "export")),
        Map.entry("log", List.of("using", "close", "query", "off", "on")),
        Map.entry("cmdlog", List.of("using", "close", "query")),
        Map.entry("matrix", List.of("list", "define", "drop", "dir", "rownames", "colnames", "accum")),
        Map.entry("label", List.of("variable", "define", "values", "list", "drop", "dir", "data")),
        Map.entry("graph", List.of("twoway", "bar", "hbar", "box", "dot", "combine", "export", "save", "use", "display", "drop", "dir", "describe")),
        Map.entry("import", List.of("delimited", "excel")),
        Map.entry("export", List.of("delimited", "excel")),
        Map.entry("estat", List.of("firststage", "endogenous", "overid", "ic", "summarize", "vce")),
        Map.entry("duplicates", List.of("report", "list", "tag", "drop", "examples")),
        Map.entry("macro", List.of("list", "drop", "dir")),
        Map.entry("program", List.of("define", "drop", "list", "dir")),
        Map.entry("set", List.of("obs", "seed", "level", "threads", "processors", "scheme", "varabbrev", "trace", "more")));

    private Completions() {}

    static void complete(Engine engine, ParsedLine line, List<Candidate> out) {
        String word = line.word();
        List<String> names = new ArrayList<>();
        if (word.startsWith("`") || word.startsWith("$")) {
            String mark = word.substring(0, 1);
            for (String m : engine.session().globals().keySet()) {
                names.add(mark.equals("$") ? "$" + m : "`" + m + "'");
            }
        } else if (line.wordIndex() == 0) {
            for (Command c : engine.interpreter().registry().all()) {
                names.add(c.name());
            }
            names.addAll(engine.session().programs().keySet());
        } else {
            if (line.wordIndex() == 1) {
                Command c = engine.interpreter().registry().lookup(line.words().get(0));
                if (c != null && SUBCOMMANDS.containsKey(c.name())) {
                    names.addAll(SUBCOMMANDS.get(c.name()));
                }
            }
            names.addAll(engine.session().data().names());
        }
        for (String n : names) {
            out.add(new Candidate(n));
        }
    }
}
