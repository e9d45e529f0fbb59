package org.sdl.interp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sdl.data.Nearest;
import org.sdl.interp.command.CommandRegistry;
import org.sdl.interp.syntax.Words;
import org.sdl.lang.SourceFile;
import org.sdl.lang.SourceLine;

/**
 * User programs: {@code program define}, calls with their own local scope, and the command
 * search path (stdlib/, the script's folder, adopath, SDL_PATH) where {@code name.sdl} files
 * define programs on first use, like Stata's ado-files.
 */
public final class Programs {
    private Programs() {}

    private static final Pattern HEADER = Pattern.compile(
        "(?:\\S+\\s+)*?pr\\w*\\s+(?:(?:define|def|de|defi|defin)\\s+)?([A-Za-z_][A-Za-z0-9_]*)\\s*(?:,(.*))?");

    static void define(Session session, String header, List<SourceLine> body) {
        Matcher m = HEADER.matcher(header);
        if (!m.matches()) {
            throw new SdlError(198, "program define: name required");
        }
        String name = m.group(1);
        String opts = m.group(2) == null ? "" : m.group(2);
        if (session.programs().containsKey(name)) {
            throw new SdlError(110, "program " + name + " already defined");
        }
        String cls = "";
        for (String c : new String[] {"rclass", "eclass", "sclass"}) {
            if (opts.matches(".*\\b" + c + "\\b.*")) {
                cls = c;
            }
        }
        session.programs().put(name, new ProgramDef(name, List.copyOf(body), cls));
    }

    /** Runs a program with its own locals: `0' holds the arguments, `1', `2', ... the words. */
    public static void call(Interpreter interp, Session session, ProgramDef prog, String args, SourceLine line) {
        Frame frame = new Frame(line.file(), prog.name(), prog.programClass());
        bindArgs(frame, args);
        int preserveDepth = session.preserved().size();
        if (prog.programClass().equals("rclass")) {
            frame.pendingReturn();
        }
        boolean trace = session.settings().trace();
        if (trace) {
            Trace.begin(session.out(), prog.name());
        }
        try {
            interp.execute(interp.statements(prog.body()), frame);
        } catch (Signals.Exit e) {
            if (e.code() != 0) {
                throw new SdlError(e.code(), "exit " + e.code());
            }
        } finally {
            cleanup(session, frame, preserveDepth);
            if (trace) {
                Trace.end(session.out(), prog.name());
            }
        }
        if (prog.programClass().equals("rclass")) {
            session.setR(frame.pendingReturn());
        } else if (prog.programClass().equals("sclass") && frame.hasPendingReturn()) {
            session.setS(frame.pendingReturn());
        }
    }

    public static void bindArgs(Frame frame, String args) {
        frame.setLocal("0", args);
        List<String> toks = Words.tokens(args);
        for (int i = 0; i < toks.size(); i++) {
            frame.setLocal(String.valueOf(i + 1), toks.get(i));
        }
    }

    /** Drops the frame's temporary variables and files, and restores data preserved inside it. */
    /** Cleanup for a do-file's own scope (its temporaries go when it ends, as a program's do). */
    public static void cleanupScript(Session session, Frame frame) {
        cleanup(session, frame, session.preserved().size());
    }

    static void cleanup(Session session, Frame frame, int preserveDepth) {
        for (String v : frame.tempvars()) {
            if (session.data().has(v)) {
                session.data().drop(v);
            }
        }
        for (String n : frame.tempnames()) {
            session.scalars().remove(n);
            session.matrices().remove(n);
        }
        for (Path p : frame.tempfiles()) {
            try {
                Files.deleteIfExists(p);
            } catch (java.io.IOException e) {
                // a leftover temp file is harmless
            }
        }
        while (session.preserved().size() > preserveDepth) {
            session.data().become(session.preserved().pop());
        }
    }

    /** Looks for name.sdl on the search path; runs it so it defines the program. */
    static ProgramDef autoload(Interpreter interp, Session session, String name) {
        if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            return null;
        }
        for (Path dir : searchPath(session)) {
            Path f = dir.resolve(name + ".sdl");
            if (Files.isRegularFile(f)) {
                SourceFile src = interp.load(f);
                interp.run(src, new Frame(f.toString(), null, ""));
                ProgramDef p = session.programs().get(name);
                if (p == null) {
                    throw new SdlError(199, f + " does not define program " + name);
                }
                return p;
            }
        }
        return null;
    }

    /** The file name.sdl on the search path that autoload would run, or null (which). */
    public static Path findFile(Session session, String name) {
        if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            return null;
        }
        for (Path dir : searchPath(session)) {
            Path f = dir.resolve(name + ".sdl");
            if (Files.isRegularFile(f)) {
                return f;
            }
        }
        return null;
    }

    static List<Path> searchPath(Session session) {
        List<Path> dirs = new ArrayList<>(session.searchPath());
        dirs.add(stdlib());
        String env = System.getenv("SDL_PATH");
        if (env != null) {
            for (String p : env.split(java.io.File.pathSeparator)) {
                if (!p.isBlank()) {
                    dirs.add(Path.of(p));
                }
            }
        }
        dirs.add(session.workingDir());
        return dirs;
    }

    /** stdlib/ of this installation ({@link Installation}). */
    public static Path stdlib() {
        return Installation.stdlib();
    }

    static String suggest(CommandRegistry registry, Session session, String name) {
        List<String> names = new ArrayList<>(registry.names());
        names.addAll(session.programs().keySet());
        String n = Nearest.of(name, names);
        return n == null ? "" : "; did you mean " + n + "?";
    }
}
