package org.sdl.interp.commands.help;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sdl.interp.command.CommandRegistry;
import org.sdl.interp.commands.Builtins;

/**
 * The command-status part of docs/compatibility.md, generated from the command registry and the
 * list of Stata commands (StataCommands) so it cannot drift: CompatibilityDocTest fails when the
 * file differs from what this prints. Rewrite it with
 * {@code java -cp target/sdl.jar org.sdl.interp.commands.help.CompatibilityDoc docs/compatibility.md}.
 */
public final class CompatibilityDoc {
    public static final String BEGIN = "<!-- generated: command status -->";
    public static final String END = "<!-- end generated -->";

    private CompatibilityDoc() {}

    /** The generated section, markers included. */
    public static String section(CommandRegistry registry) {
        List<StataCommands.Row> rows = StataCommands.all(registry);
        StringBuilder b = new StringBuilder();
        b.append(BEGIN).append('\n');
        b.append("## Command status\n\n");
        b.append("Generated from the command registry by `CompatibilityDoc` (checked by `CompatibilityDocTest`); "
            + "do not edit by hand. `help name` in sdl says the same for one command.\n\n");
        long supported = rows.stream().filter(r -> r.status() == StataCommands.Status.SUPPORTED).count();
        long partial = rows.stream().filter(r -> r.status() == StataCommands.Status.PARTIAL).count();
        long none = rows.stream().filter(r -> r.status() == StataCommands.Status.NOT_SUPPORTED).count();
        b.append(String.format("%d commands listed: %d supported, %d partial, %d not supported.%n%n",
            rows.size(), supported, partial, none));
        section(b, "Language (the interpreter itself)", rows, "language");
        section(b, "Official Stata commands", rows, "base");
        section(b, "Community packages (SSC, Stata Journal)", rows, "community");
        section(b, "sdl's own commands", rows, "sdl");
        b.append(END).append('\n');
        return b.toString();
    }

    private static void section(StringBuilder b, String title, List<StataCommands.Row> rows, String area) {
        List<StataCommands.Row> mine = new ArrayList<>();
        for (StataCommands.Row r : rows) {
            if (r.entry().area().equals(area)) {
                mine.add(r);
            }
        }
        if (mine.isEmpty()) {
            return;
        }
        mine.sort(Comparator.comparing(r -> r.entry().name()));
        b.append("### ").append(title).append("\n\n");
        b.append("| command | status | notes |\n|---|---|---|\n");
        for (StataCommands.Row r : mine) {
            String name = r.entry().name();
            String shown = HelpPages.exists(name) ? "[`" + name + "`](commands/" + name + ".md)" : "`" + name + "`";
            String note = switch (r.status()) {
                case SUPPORTED -> "";
                case PARTIAL -> "missing: " + r.entry().missing();
                case NOT_SUPPORTED -> r.entry().alternative().isEmpty() ? "" : "use " + alternative(r.entry().alternative());
            };
            b.append("| ").append(shown).append(" | ").append(r.status().label()).append(" | ").append(note).append(" |\n");
        }
        b.append('\n');
    }

    private static String alternative(String alt) {
        return alt.matches("[a-z_0-9]+") ? "`" + alt + "`" : alt;
    }

    /** text with the generated section replaced (or appended when the markers are missing). */
    public static String updated(String text, CommandRegistry registry) {
        String section = section(registry);
        int a = text.indexOf(BEGIN);
        int z = text.indexOf(END);
        if (a < 0 || z < a) {
            return text + (text.isEmpty() || text.endsWith("\n\n") ? "" : text.endsWith("\n") ? "\n" : "\n\n") + section;
        }
        int after = z + END.length();
        if (after < text.length() && text.charAt(after) == '\n') {
            after++;
        }
        return text.substring(0, a) + section + text.substring(after);
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args.length > 0 ? args[0] : "docs/compatibility.md");
        String old = Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "# Compatibility with Stata\n";
        String text = updated(old, Builtins.registry());
        if (!text.equals(old)) {
            org.sdl.output.AtomicText.write(file, text, true);
        }
        System.out.println(file + (text.equals(old) ? " is up to date" : " updated"));
    }
}
