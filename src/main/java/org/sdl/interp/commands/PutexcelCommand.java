package org.sdl.interp.commands;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sdl.interp.Session;
import org.sdl.interp.SdlError;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;
import org.sdl.interp.syntax.Words;
import org.sdl.output.excel.ExcelTarget;

/**
 * putexcel (Stata 15+ syntax): {@code putexcel set file [, sheet(name[, replace]) replace modify
 * open]}, {@code putexcel describe}, {@code putexcel clear}, {@code putexcel save} (also
 * {@code close}), and writes {@code putexcel cell = exp|matrix(name)|formula(text)|etable [cell =
 * ...] [, options]} or format-only {@code putexcel range, options}. The association lives in the
 * session ({@link Session#putexcel()}); the writing is {@link PutexcelWrite}.
 */
public final class PutexcelCommand extends Command {
    public PutexcelCommand() {
        super("putexcel", 8, null);
    }

    @Override
    public void run(Invocation inv) {
        String t = inv.text().strip();
        String first = t.split("[\\s,]+", 2)[0].toLowerCase(Locale.ROOT);
        String rest = t.substring(Math.min(t.length(), first.length())).strip();
        switch (first) {
            case "set" -> set(inv, rest);
            case "describe", "describ", "descri", "descr", "desc", "des", "de", "d" -> describe(inv, rest);
            case "clear" -> clear(inv, rest);
            case "save", "close" -> save(inv, rest, first);
            default -> PutexcelWrite.run(inv, t);
        }
    }

    private static void noArguments(String sub, String rest) {
        if (!rest.isEmpty()) {
            throw new SdlError(198, "putexcel " + sub + ": " + rest + " not allowed");
        }
    }

    private static void set(Invocation inv, String rest) {
        int comma = Words.optionsComma(rest);
        String file = Words.unquote((comma < 0 ? rest : rest.substring(0, comma)).strip());
        if (file.isEmpty()) {
            throw new SdlError(198, "putexcel set: file name required");
        }
        String lower = file.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".xlsx") && !lower.endsWith(".xls")) {
            String name = Path.of(file).getFileName().toString();
            if (name.contains(".")) {
                throw new SdlError(198, "putexcel set: " + file + " is not an .xlsx or .xls file");
            }
            file = file + ".xlsx";
        }
        boolean replace = false;
        boolean modify = false;
        boolean open = false;
        String sheet = null;
        boolean sheetReplace = false;
        Map<String, String> opts = PutexcelOptions.split(comma < 0 ? "" : rest.substring(comma + 1), "putexcel set");
        for (Map.Entry<String, String> e : opts.entrySet()) {
            String arg = e.getValue();
            switch (e.getKey()) {
                case "replace" -> replace = noArg("replace", arg);
                case "modify" -> modify = noArg("modify", arg);
                case "open" -> open = noArg("open", arg);
                case "sheet" -> {
                    if (arg == null || arg.isEmpty()) {
                        throw new SdlError(198, "putexcel set: sheet() requires a sheet name");
                    }
                    List<String> p = PutexcelOptions.parts(arg);
                    if (p.size() > 2 || p.size() == 2 && !p.get(1).equals("replace")) {
                        throw new SdlError(198, "putexcel set: sheet(" + arg + "): the only suboption is replace");
                    }
                    sheet = p.get(0);
                    sheetReplace = p.size() == 2;
                    if (sheet.isEmpty() || sheet.length() > 31 || sheet.matches(".*[\\\\/?*\\[\\]:].*")) {
                        throw new SdlError(198, "putexcel set: sheet name \"" + sheet + "\" invalid (1 to 31 "
                            + "characters, none of \\ / ? * [ ] :)");
                    }
                }
                case "locale" -> throw new SdlError(198, "putexcel set: option locale() not supported by sdl");
                default -> throw new SdlError(198, "putexcel set: option " + e.getKey() + " not allowed");
            }
        }
        if (replace && modify) {
            throw new SdlError(198, "putexcel set: options replace and modify may not be combined");
        }
        ExcelTarget.Mode mode = replace ? ExcelTarget.Mode.REPLACE
            : modify ? ExcelTarget.Mode.MODIFY : ExcelTarget.Mode.NONE;
        leave(inv);
        inv.session().setPutexcel(new ExcelTarget(inv.session().resolve(file), file, sheet, sheetReplace, mode, open));
    }

    private static boolean noArg(String name, String arg) {
        if (arg != null) {
            throw new SdlError(198, "putexcel set: option " + name + " takes no argument");
        }
        return true;
    }

    /**
     * Before the association changes: pending writes reach the disk; changes kept in memory under
     * open (which only putexcel save writes, as in Stata) are not dropped without a word.
     */
    private static void leave(Invocation inv) {
        ExcelTarget old = inv.session().putexcel();
        if (old != null) {
            old.flush();
        }
        if (old != null && old.unsaved()) {
            inv.out().println("(note: putexcel changes to " + old.shownName() + " not saved; they were made "
                + "with open and putexcel save was not run)");
        }
    }

    private static void describe(Invocation inv, String rest) {
        noArguments("describe", rest);
        ExcelTarget x = inv.session().putexcel();
        String rule = "-".repeat(79);
        inv.out().println(rule);
        if (x == null) {
            inv.out().println("  File:    (none; use putexcel set)");
        } else {
            inv.out().println("  File:    " + x.shownName());
            String sheet = x.sheetName() == null ? "(first sheet)" : x.sheetName() + (x.sheetReplace() ? ", replace" : "");
            inv.out().println("  Sheet:   " + sheet);
            String mode = switch (x.mode()) {
                case MODIFY -> "modify";
                case REPLACE -> "replace";
                default -> "create (existing file needs modify or replace)";
            };
            inv.out().println("  Mode:    " + mode);
            inv.out().println("  Open:    " + (x.open() ? "yes" + (x.unsaved() ? " (unsaved changes)" : "") : "no"));
        }
        inv.out().println(rule);
    }

    private static void clear(Invocation inv, String rest) {
        noArguments("clear", rest);
        leave(inv);
        inv.session().setPutexcel(null);
    }

    private static void save(Invocation inv, String rest, String word) {
        noArguments(word, rest);
        ExcelTarget x = inv.session().putexcel();
        if (x == null) {
            throw new SdlError(198, "putexcel " + word + ": no file set; use putexcel set first");
        }
        if (x.save()) {
            inv.out().println("file " + x.shownName() + " saved");
        }
    }
}
