package org.sdl.interp.commands.help;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sdl.data.Nearest;
import org.sdl.interp.Installation;
import org.sdl.interp.SdlError;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.CommandRegistry;
import org.sdl.interp.command.Invocation;
import org.sdl.output.HelpText;

/**
 * help [topic]: the page docs/commands/topic.md laid out for the terminal; help alone lists the
 * topics. A command typed abbreviated finds its page (help reg → regress). A Stata command sdl
 * does not have says so and names the nearest one it has; an unknown word is r(111) with the
 * closest topics.
 */
public final class HelpCommand extends Command {
    static final int WIDTH = 80;

    public HelpCommand() {
        super("help", 1, null);
    }

    @Override
    public void run(Invocation inv) {
        String topic = inv.text().strip();
        CommandRegistry registry = inv.interpreter().registry();
        if (topic.isEmpty()) {
            index(inv, registry);
            return;
        }
        if (topic.contains(" ")) {
            topic = topic.substring(0, topic.indexOf(' '));
        }
        String name = topic;
        if (!HelpPages.exists(name)) {
            Command c = registry.lookup(topic);
            if (c != null) {
                name = c.name();
            }
        }
        String md = HelpPages.page(name);
        if (md != null) {
            HelpText.render(md, WIDTH).forEach(inv.out()::println);
            return;
        }
        StataCommands.Row row = StataCommands.row(name, registry);
        if (StataCommands.entries().containsKey(name) && row.status() == StataCommands.Status.NOT_SUPPORTED) {
            String alt = row.entry().alternative();
            inv.out().println(name + " is a Stata command that sdl does not have.");
            if (!alt.isEmpty()) {
                boolean isCommand = registry.exact(alt) != null;
                inv.out().println("The nearest sdl offers: " + alt + (isCommand ? " (help " + alt + ")" : ""));
            }
            inv.out().println("docs/compatibility.md lists what sdl supports.");
            return;
        }
        if (registry.lookup(topic) != null || inv.session().programs().containsKey(topic)) {
            inv.out().println("no help page for " + topic + " yet; it is a command sdl runs (which " + topic + ")");
            return;
        }
        throw new SdlError(111, "help for " + topic + " not found" + suggestions(topic, registry));
    }

    private static String suggestions(String topic, CommandRegistry registry) {
        Set<String> candidates = new LinkedHashSet<>(registry.names());
        candidates.addAll(StataCommands.entries().keySet());
        List<String> near = new ArrayList<>();
        for (String c : candidates) {
            if (c.startsWith(topic) || topic.startsWith(c) && c.length() >= 3) {
                near.add(c);
            }
        }
        String best = Nearest.of(topic, candidates);
        if (best != null && !near.contains(best)) {
            near.add(0, best);
        }
        near.sort(Comparator.comparingInt(String::length));
        if (near.isEmpty()) {
            return "; type help alone for the list of topics";
        }
        return "; did you mean " + String.join(", ", near.subList(0, Math.min(3, near.size()))) + "?";
    }

    /** The topics with a page, in columns, as Stata's help contents lists them. */
    private static void index(Invocation inv, CommandRegistry registry) {
        Set<String> names = new LinkedHashSet<>(registry.names());
        names.addAll(StataCommands.entries().keySet());
        names.addAll(inv.session().programs().keySet());
        java.nio.file.Path stdlib = Installation.stdlib();
        List<String> topics = HelpPages.withPages(names);
        inv.out().println("help -- sdl's commands (type help name for one of them)");
        inv.out().println("-".repeat(WIDTH - 1));
        int colWidth = 2 + topics.stream().mapToInt(String::length).max().orElse(8);
        int perLine = Math.max(1, (WIDTH - 4) / colWidth);
        StringBuilder line = new StringBuilder("    ");
        int k = 0;
        for (String t : topics) {
            line.append(String.format("%-" + colWidth + "s", t));
            if (++k % perLine == 0) {
                inv.out().println(line.toString().stripTrailing());
                line.setLength(0);
                line.append("    ");
            }
        }
        if (k % perLine != 0) {
            inv.out().println(line.toString().stripTrailing());
        }
        inv.out().println();
        inv.out().println("Stata commands and community packages and their status in sdl: docs/compatibility.md");
        if (java.nio.file.Files.isDirectory(stdlib)) {
            inv.out().println("Commands written in sdl (stdlib): which name shows the file.");
        }
    }
}
