package org.sdl.interp.commands;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.sdl.interp.Frame;
import org.sdl.interp.Programs;
import org.sdl.interp.SdlError;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;
import org.sdl.interp.syntax.Words;
import org.sdl.lang.SourceFile;

/**
 * do / run / include file [args]: runs another script. do and run get their own local scope
 * with the arguments in `1' `2' ...; run is quiet; include shares the caller's locals.
 */
public final class DoCommand extends Command {
    private final String mode;

    public DoCommand(String mode) {
        super(mode, mode.equals("include") ? 7 : mode.length(), null);
        this.mode = mode;
    }

    @Override
    public void run(Invocation inv) {
        List<String> words = Words.splitQuotesOnly(inv.text());
        if (words.isEmpty()) {
            throw new SdlError(198, mode + ": file name required");
        }
        Path file = find(inv, Words.unquote(words.get(0)));
        String args = inv.text().strip().substring(words.get(0).length()).strip();
        SourceFile src = inv.interpreter().load(file);
        if (mode.equals("include")) {
            inv.interpreter().run(src, inv.frame(), true);
            return;
        }
        Frame frame = new Frame(file.toString(), null, "");
        Programs.bindArgs(frame, args);
        try {
            if (mode.equals("run")) {
                inv.out().pushQuiet();
                try {
                    inv.interpreter().run(src, frame);
                } finally {
                    inv.out().popQuiet();
                }
            } else {
                inv.interpreter().run(src, frame, true);
                if (inv.out().echoing()) {
                    inv.out().logOnly("\nend of do-file\n");
                }
            }
        } finally {
            Programs.cleanupScript(inv.session(), frame);
        }
    }

    private static Path find(Invocation inv, String name) {
        Path p = inv.session().resolve(name);
        if (Files.isRegularFile(p)) {
            return p;
        }
        for (String ext : new String[] {".sdl", ".do"}) {
            Path q = inv.session().resolve(name + ext);
            if (Files.isRegularFile(q)) {
                return q;
            }
        }
        Path rel = Path.of(inv.line().file()).toAbsolutePath().getParent();
        if (rel != null && Files.isRegularFile(rel.resolve(name))) {
            return rel.resolve(name);
        }
        throw new SdlError(601, "file " + name + " not found");
    }
}
