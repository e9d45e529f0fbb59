package org.sdl.repl;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.sdl.interp.Frame;
import org.sdl.interp.Interpreter;
import org.sdl.interp.Output;
import org.sdl.interp.SdlError;
import org.sdl.interp.Session;
import org.sdl.interp.Signals;
import org.sdl.interp.commands.Builtins;
import org.sdl.lang.SourceFile;
import org.sdl.lang.SourceReader;
import org.sdl.lang.SyntaxError;

/**
 * A session plus interpreter, with the top-level error policy: user errors print
 * {@code file:line: message} and {@code r(code);}; internal errors say so, ask for a report, and
 * show a stack trace only with --debug. Returns Stata return codes.
 */
public final class Engine {
    private final Session session;
    private final Interpreter interp;
    private final Output out;
    private final boolean debug;
    private final Frame topFrame;

    public Engine(PrintStream stdout, PrintStream stderr, boolean debug) {
        this.out = new Output(stdout, stderr);
        this.session = new Session(out);
        this.interp = new Interpreter(session, Builtins.registry());
        this.debug = debug;
        this.topFrame = new Frame("<stdin>", null, "");
    }

    public Session session() {
        return session;
    }

    public Interpreter interpreter() {
        return interp;
    }

    /** Runs a script file with arguments `1' `2' ... ; returns the r() code (0 on success). */
    public int runFile(Path file, List<String> args) {
        Path abs = file.toAbsolutePath();
        Path dir = abs.getParent();
        if (dir != null) {
            session.searchPath().add(dir);
        }
        return guarded(() -> {
            SourceFile src = interp.load(file);
            Frame frame = new Frame(file.toString(), null, "");
            org.sdl.interp.Programs.bindArgs(frame, String.join(" ", args.stream()
                .map(a -> a.contains(" ") ? "\"" + a + "\"" : a).toList()));
            try {
                interp.run(src, frame, true);
            } finally {
                org.sdl.interp.Programs.cleanupScript(session, frame);
            }
        });
    }

    /**
     * sdl -l script.sdl: runs the script as {@code stata -b do script} does, its log (header,
     * ". do script", every command echoed, "end of do-file") written to script.log beside it.
     */
    public int runFileLogged(Path file, List<String> args) {
        Path log = file.toAbsolutePath().resolveSibling(file.getFileName().toString().replaceAll("\\.[^.]*$", "") + ".log");
        java.io.Writer w;
        try {
            w = java.nio.file.Files.newBufferedWriter(log, java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            out.error("file " + log + " could not be opened");
            out.error("r(603);");
            return 603;
        }
        Output.LogInfo info = new Output.LogInfo(log.toString(), "text", org.sdl.interp.commands.LogCommand.now());
        out.openLog(w, info);
        for (String l : org.sdl.interp.commands.LogCommand.header(info, "opened on")) {
            out.logOnly(l + "\n");
        }
        out.logOnly("\n. do " + file + "\n\n");
        int rc = runFile(file, args);
        out.logOnly("\nend of do-file\n");
        if (rc != 0) {
            out.logOnly("r(" + rc + ");\n");
        }
        java.io.Writer still = out.closeLog();
        try {
            if (still != null) {
                still.close();
            }
        } catch (java.io.IOException e) {
            out.error("note: " + log + " could not be closed");
        }
        return rc;
    }

    /** Runs source text typed at the prompt or given with -e, in the top-level scope. */
    public int runText(String name, String text) {
        return guarded(() -> {
            SourceFile src = interp.register(SourceReader.read(name, text));
            interp.executeEchoed(src, org.sdl.interp.BlockParser.parse(src.commands()), topFrame);
        });
    }

    /** Runs r, then writes what putexcel still holds in memory (also after an error, as Stata had). */
    private int guarded(Runnable r) {
        int rc = guardedOnce(r);
        int flushRc = guardedOnce(() -> session.flushPendingWrites(null));
        return rc != 0 ? rc : flushRc;
    }

    private int guardedOnce(Runnable r) {
        try {
            r.run();
            return 0;
        } catch (SdlError e) {
            interp.render(e).forEach(out::error);
            return e.code();
        } catch (SyntaxError e) {
            interp.render(e).forEach(out::error);
            return e.code();
        } catch (Signals.Exit e) {
            return e.code();
        } catch (Signals.Break | Signals.Continue e) {
            out.error("continue/break outside a loop");
            out.error("r(119);");
            return 119;
        } catch (Signals.Interrupt e) {
            out.error("--Break--");
            out.error("r(1);");
            return 1;
        } catch (StackOverflowError e) {
            out.error("internal error: recursion too deep (a program calling itself without end?)");
            out.error("r(1000);");
            return 1000;
        } catch (RuntimeException e) {
            out.error("internal error: " + e + " -- this is a bug in sdl; please report it with the script that caused it"
                + (debug ? "" : " (run with --debug for details)"));
            if (debug) {
                e.printStackTrace();
            }
            out.error("r(9999);");
            return 9999;
        } finally {
            out.flush();
        }
    }
}
