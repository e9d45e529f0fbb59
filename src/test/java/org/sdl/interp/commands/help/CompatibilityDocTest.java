package org.sdl.interp.commands.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sdl.interp.command.CommandRegistry;
import org.sdl.interp.commands.Builtins;

/**
 * docs/compatibility.md's generated section is what the registry says today (so the document
 * cannot drift from the interpreter), and the list behind it is long and sound enough.
 */
class CompatibilityDocTest {
    @Test
    void generatedSectionIsUpToDate() throws IOException {
        String text = Files.readString(Path.of("docs/compatibility.md"), StandardCharsets.UTF_8);
        String fresh = CompatibilityDoc.updated(text, Builtins.registry());
        assertEquals(fresh, text, "docs/compatibility.md is out of date: run "
            + "java -cp target/sdl.jar org.sdl.interp.commands.help.CompatibilityDoc docs/compatibility.md");
    }

    @Test
    void listsAtLeast150StataCommandsWithSoundAlternatives() {
        CommandRegistry registry = Builtins.registry();
        Map<String, StataCommands.Entry> entries = StataCommands.entries();
        long stata = entries.values().stream().filter(e -> !e.area().equals("community")).count();
        assertTrue(stata >= 150, "only " + stata + " Stata commands listed");
        for (StataCommands.Entry e : entries.values()) {
            StataCommands.Row row = StataCommands.row(e.name(), registry);
            if (row.status() == StataCommands.Status.NOT_SUPPORTED && e.alternative().matches("[a-z_0-9]+")) {
                // the alternative help names must be a command sdl really has
                // (a command it has, or a construct of the language itself)
                StataCommands.Entry alt = entries.get(e.alternative());
                boolean language = alt != null && alt.area().equals("language");
                assertTrue(language || registry.exact(e.alternative()) != null, e.name() + " -> " + e.alternative());
            }
        }
        // spot checks: a registered command is supported, a missing one is not, set is partial
        assertEquals(StataCommands.Status.SUPPORTED, StataCommands.row("regress", registry).status());
        assertEquals(StataCommands.Status.NOT_SUPPORTED, StataCommands.row("heckman", registry).status());
        assertEquals(StataCommands.Status.PARTIAL, StataCommands.row("set", registry).status());
    }

    @Test
    void updatingReplacesOnlyBetweenTheMarkers() {
        String text = "# T\n\nbefore\n" + CompatibilityDoc.BEGIN + "\nold\n" + CompatibilityDoc.END + "\nafter\n";
        String out = CompatibilityDoc.updated(text, Builtins.registry());
        assertTrue(out.startsWith("# T\n\nbefore\n" + CompatibilityDoc.BEGIN + "\n## Command status"), out);
        assertTrue(out.endsWith(CompatibilityDoc.END + "\nafter\n"), out);
        assertTrue(!out.contains("\nold\n"));
    }
}
