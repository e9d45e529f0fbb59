package org.sdl.interp.commands.help;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.CommandRegistry;

/**
 * The Stata commands and community packages users reach for most (resource
 * org/sdl/help/stata-commands.txt) with their status in this sdl. The status is worked out from
 * the command registry, never written down, so help and docs/compatibility.md cannot drift from
 * what the interpreter really runs.
 */
public final class StataCommands {
    public enum Status {
        SUPPORTED("supported"), PARTIAL("partial"), NOT_SUPPORTED("not supported");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One listed command: where it comes from, what sdl lacks of it, what to use instead. */
    public record Entry(String name, String area, String missing, String alternative) {}

    /** An entry with its status under a registry. */
    public record Row(Entry entry, Status status, Command command) {}

    private static Map<String, Entry> entries;

    private StataCommands() {}

    public static synchronized Map<String, Entry> entries() {
        if (entries == null) {
            entries = load();
        }
        return entries;
    }

    private static Map<String, Entry> load() {
        Map<String, Entry> m = new LinkedHashMap<>();
        try (InputStream in = StataCommands.class.getResourceAsStream("/org/sdl/help/stata-commands.txt")) {
            if (in == null) {
                return m;
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = (line + " ").split("\\|", -1);
                m.put(f[0].strip(), new Entry(f[0].strip(), f[1].strip(), f[2].strip(), f.length > 3 ? f[3].strip() : ""));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return m;
    }

    /** The status of a listed command, or of any name the registry knows. */
    public static Row row(String name, CommandRegistry registry) {
        Entry e = entries().get(name);
        Command c = registry.exact(name);
        if (e == null) {
            e = new Entry(name, "sdl", "", "");
        }
        boolean have = c != null || e.area().equals("language");
        Status s = !have ? Status.NOT_SUPPORTED : e.missing().isEmpty() ? Status.SUPPORTED : Status.PARTIAL;
        return new Row(e, s, c);
    }

    /** Every listed command, then registered commands the list does not name (sdl's own). */
    public static List<Row> all(CommandRegistry registry) {
        List<Row> rows = new ArrayList<>();
        for (String n : entries().keySet()) {
            rows.add(row(n, registry));
        }
        for (Command c : registry.all()) {
            if (!entries().containsKey(c.name())) {
                rows.add(row(c.name(), registry));
            }
        }
        return rows;
    }
}
