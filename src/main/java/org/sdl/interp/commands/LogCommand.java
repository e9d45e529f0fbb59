package org.sdl.interp.commands;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.sdl.interp.SdlError;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;
import org.sdl.interp.syntax.Words;

/** log using file [, replace append text] | log close | log off | log on: copies output to a file. */
public final class LogCommand extends Command {
    public LogCommand() {
        super("log", 3, null);
    }

    @Override
    public void run(Invocation inv) {
        String t = inv.text().strip();
        if (t.startsWith("close") || t.startsWith("c")) {
            Writer w = inv.out().closeLog();
            if (w != null) {
                try {
                    w.close();
                } catch (IOException e) {
                    throw new SdlError(603, "log file could not be closed: " + e.getMessage());
                }
            }
            return;
        }
        if (!t.startsWith("using")) {
            throw new SdlError(198, "log: use log using filename [, replace] or log close");
        }
        String rest = t.substring(5).strip();
        String opts = rest.contains(",") ? rest.substring(rest.lastIndexOf(',') + 1) : "";
        String file = Words.unquote((rest.contains(",") ? rest.substring(0, rest.lastIndexOf(',')) : rest).strip());
        if (!file.contains(".")) {
            file = file + ".log";
        }
        Path p = inv.session().resolve(file);
        boolean replace = opts.contains("replace");
        boolean append = opts.contains("append");
        if (Files.exists(p) && !replace && !append) {
            throw new SdlError(602, "file " + file + " already exists (use replace or append)");
        }
        if (inv.out().logOpen()) {
            throw new SdlError(604, "log file already open");
        }
        try {
            inv.out().openLog(Files.newBufferedWriter(p, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING));
        } catch (IOException e) {
            throw new SdlError(603, "file " + file + " could not be opened: " + e.getMessage());
        }
    }
}
