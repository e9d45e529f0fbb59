package org.sdl.interp;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where this sdl is installed: -Dsdl.home (set by the launcher), else the first folder above the
 * jar that holds stdlib/, else the working directory. Its stdlib/ holds commands written in sdl,
 * its examples/data/ the datasets `sysuse` loads.
 */
public final class Installation {
    private Installation() {}

    public static Path home() {
        String home = System.getProperty("sdl.home");
        if (home != null) {
            return Path.of(home);
        }
        try {
            Path code = Path.of(Installation.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path p = code; p != null; p = p.getParent()) {
                if (Files.isDirectory(p.resolve("stdlib"))) {
                    return p;
                }
            }
        } catch (java.net.URISyntaxException | SecurityException | NullPointerException e) {
            // fall through to the working directory
        }
        return Path.of("").toAbsolutePath();
    }

    public static Path stdlib() {
        return home().resolve("stdlib");
    }

    /** The example datasets shipped with sdl (sysuse). */
    public static Path exampleData() {
        return home().resolve("examples").resolve("data");
    }
}
