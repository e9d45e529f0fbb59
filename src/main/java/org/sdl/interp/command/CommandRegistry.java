package org.sdl.interp.command;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The built-in command table (gretl's gretl_cmds[]): names with Stata's minimum abbreviations.
 * An exact name wins; otherwise a typed prefix at least as long as a command's minimum names it.
 */
public final class CommandRegistry {
    private final Map<String, Command> commands = new TreeMap<>();
    private final Map<String, String> aliases = new TreeMap<>();

    public void register(Command c) {
        commands.put(c.name(), c);
    }

    /** Another full name for the same command (e.g. "tab1" style synonyms, "gen" spellings). */
    public void alias(String alias, String target) {
        aliases.put(alias, target);
    }

    public Command lookup(String typed) {
        Command c = commands.get(typed);
        if (c != null) {
            return c;
        }
        String a = aliases.get(typed);
        if (a != null) {
            return commands.get(a);
        }
        for (Command cand : commands.values()) {
            if (cand.name().startsWith(typed)
                && typed.length() >= StataAbbreviations.minimum(cand.name(), cand.minAbbrev())) {
                return cand;
            }
        }
        return null;
    }

    /** The command registered under exactly this name or alias (no abbreviation), or null. */
    public Command exact(String name) {
        Command c = commands.get(name);
        if (c == null && aliases.containsKey(name)) {
            c = commands.get(aliases.get(name));
        }
        return c;
    }

    public Collection<Command> all() {
        return commands.values();
    }

    public List<String> names() {
        List<String> n = new ArrayList<>(commands.keySet());
        n.addAll(aliases.keySet());
        return n;
    }
}
