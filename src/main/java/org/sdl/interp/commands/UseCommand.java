package org.sdl.interp.commands;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sdl.data.DataException;
import org.sdl.data.Dataset;
import org.sdl.data.VariableMatcher;
import org.sdl.data.io.DtaReader;
import org.sdl.interp.SdlError;
import org.sdl.interp.Session;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;
import org.sdl.interp.syntax.Binder;
import org.sdl.interp.syntax.Words;
import org.sdl.lang.ast.CommandCall;

/** use filename [, clear] | use [varlist] [if] [in] using filename [, clear]: loads a .dta file. */
public final class UseCommand extends Command {
    public UseCommand() {
        super("use", 1, null);
    }

    @Override
    public void run(Invocation inv) {
        Session s = inv.session();
        CommandCall call = inv.interpreter().parse(inv.line());
        boolean clear = call.hasOption("clear") || call.hasOption("clea") || call.hasOption("cle");
        List<String> words = Words.split(call.arguments());
        String file;
        List<String> vars = new ArrayList<>();
        if (call.using() != null) {
            file = call.using();
            vars.addAll(words);
        } else {
            if (words.isEmpty()) {
                throw new SdlError(100, "use: file name required");
            }
            file = Words.unquote(String.join(" ", words));
        }
        requireClearable(s, clear);
        Path p = resolve(s, file);
        // a varlist without if: only those columns are decoded (an if may name others)
        Dataset loaded = !vars.isEmpty() && call.ifCondition() == null
            ? DtaReader.read(p, expandAgainstFile(p, vars)) : DtaReader.read(p);
        if (!vars.isEmpty() || call.ifCondition() != null || call.in() != null) {
            subset(inv, loaded, vars, call);
        }
        install(inv, loaded, p);
    }

    /** Changed data in memory may only be replaced with clear: r(4), as Stata. */
    static void requireClearable(Session s, boolean clear) {
        if (s.data().nVars() > 0 && s.data().changed() && !clear) {
            throw new SdlError(4, "no; dataset in memory has changed since last saved (use clear)");
        }
    }

    /** Makes a loaded file the data in memory, announcing its label as Stata does. */
    static void install(Invocation inv, Dataset loaded, Path p) {
        Session s = inv.session();
        s.data().become(loaded);
        s.data().markSaved();
        s.setFilename(p.toString());
        if (!loaded.label().isEmpty()) {
            inv.out().println("(" + loaded.label() + ")");
        }
    }

    static Path resolve(Session s, String file) {
        Path p = s.resolve(file);
        if (!Files.exists(p) && !file.contains(".")) {
            p = s.resolve(file + ".dta");
        }
        if (!Files.exists(p)) {
            throw new SdlError(601, "file " + file + " not found");
        }
        return p;
    }

    /** The varlist expanded (abbreviations, wildcards, ranges) against the file's own names. */
    private static List<String> expandAgainstFile(Path p, List<String> vars) {
        Dataset names = new Dataset();
        try {
            for (String n : DtaReader.names(p)) {
                names.add(new org.sdl.data.ByteColumn(n, 0));
            }
            VariableMatcher vm = new VariableMatcher(names);
            List<String> wanted = new ArrayList<>();
            for (String v : vars) {
                for (String n : vm.expand(v)) {
                    if (!wanted.contains(n)) {
                        wanted.add(n);
                    }
                }
            }
            return wanted;
        } catch (DataException e) {
            throw new SdlError(e.code(), e.getMessage());
        }
    }

    private static void subset(Invocation inv, Dataset d, List<String> vars, CommandCall call) {
        Session tmp = new Session(inv.out());
        tmp.data().become(d);
        boolean[] keep = new Binder(tmp).bind(call.withoutUsing(), org.sdl.interp.syntax.SyntaxSpec.parse("[anything] [if] [in] [, clear NOLabel]"), "use").touse();
        int count = 0;
        for (boolean b : keep) {
            if (b) {
                count++;
            }
        }
        int[] rows = new int[count];
        for (int i = 0, c = 0; i < keep.length; i++) {
            if (keep[i]) {
                rows[c++] = i;
            }
        }
        d.applyRows(rows);
        if (!vars.isEmpty()) {
            VariableMatcher vm = new VariableMatcher(d);
            List<String> wanted = new ArrayList<>();
            try {
                for (String v : vars) {
                    wanted.addAll(vm.expand(v));
                }
            } catch (DataException e) {
                throw new SdlError(e.code(), e.getMessage());
            }
            for (String n : d.names()) {
                if (!wanted.contains(n)) {
                    d.drop(n);
                }
            }
        }
    }

}
