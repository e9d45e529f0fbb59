package org.sdl.interp.commands.help;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import org.sdl.interp.Installation;

/**
 * The help pages: docs/commands/NAME.md, packaged into the jar under org/sdl/help/ by the pom's
 * resources (so help works from any directory); a checkout's docs/commands is the fallback when
 * the code runs from classes without them.
 */
public final class HelpPages {
    private HelpPages() {}

    /** The Markdown of the page for name, or null when there is none. */
    public static String page(String name) {
        if (!name.matches("[A-Za-z0-9_]+")) {
            return null;
        }
        try (InputStream in = HelpPages.class.getResourceAsStream("/org/sdl/help/" + name + ".md")) {
            if (in != null) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            return null;
        }
        Path p = Installation.home().resolve("docs").resolve("commands").resolve(name + ".md");
        try {
            return Files.isRegularFile(p) ? Files.readString(p, StandardCharsets.UTF_8) : null;
        } catch (IOException e) {
            return null;
        }
    }

    public static boolean exists(String name) {
        return page(name) != null;
    }

    /** The names among candidates that have a page, sorted. */
    public static List<String> withPages(Collection<String> candidates) {
        TreeSet<String> out = new TreeSet<>();
        for (String c : candidates) {
            if (exists(c)) {
                out.add(c);
            }
        }
        return new ArrayList<>(out);
    }
}
