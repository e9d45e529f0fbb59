package org.sdl.interp.commands;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.sdl.data.Dataset;
import org.sdl.data.io.DtaReader;
import org.sdl.interp.Installation;
import org.sdl.interp.SdlError;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;
import org.sdl.interp.syntax.Words;

/**
 * sysuse name [, clear] | sysuse dir: the example datasets shipped with sdl (examples/data/),
 * loaded as use loads a file, so tutorials and bug reports can start from data everyone has.
 */
public final class SysuseCommand extends Command {
    public SysuseCommand() {
        super("sysuse", 6, null);
    }

    @Override
    public void run(Invocation inv) {
        String text = inv.text().strip();
        boolean clear = false;
        int comma = text.indexOf(',');
        if (comma >= 0) {
            String opts = text.substring(comma + 1).strip();
            if (!opts.isEmpty()) {
                if (opts.length() < 3 || !"clear".startsWith(opts)) {
                    throw new SdlError(198, "option " + opts + " not allowed");
                }
                clear = true;
            }
            text = text.substring(0, comma).strip();
        }
        Path dir = Installation.exampleData();
        if (text.equals("dir")) {
            list(inv, dir);
            return;
        }
        if (text.isEmpty()) {
            throw new SdlError(100, "sysuse: dataset name required (sysuse dir lists them)");
        }
        String name = Words.unquote(text);
        Path p = dir.resolve(name.endsWith(".dta") ? name : name + ".dta");
        if (!Files.isRegularFile(p)) {
            throw new SdlError(601, "file " + name + ".dta not found among sdl's example datasets"
                + " (sysuse dir lists them)");
        }
        UseCommand.requireClearable(inv.session(), clear);
        Dataset loaded;
        try {
            loaded = DtaReader.read(p);
        } catch (org.sdl.data.DataException e) {
            throw new SdlError(e.code(), e.getMessage());
        }
        UseCommand.install(inv, loaded, p);
    }

    /** The shipped datasets, each with its label. */
    private static void list(Invocation inv, Path dir) {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(f -> f.getFileName().toString().endsWith(".dta")).sorted().toList();
        } catch (IOException e) {
            files = List.of();
        }
        for (Path f : files) {
            String name = f.getFileName().toString();
            String label;
            try {
                label = DtaReader.read(f, List.of()).label();
            } catch (org.sdl.data.DataException e) {
                label = "";
            }
            inv.out().println(String.format("  %-22s %s", name, label).stripTrailing());
        }
    }
}
