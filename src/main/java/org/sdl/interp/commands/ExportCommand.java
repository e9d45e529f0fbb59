package org.sdl.interp.commands;

import java.util.ArrayList;
import java.util.List;
import org.sdl.data.VariableMatcher;
import org.sdl.data.io.CsvWriter;
import org.sdl.data.io.XlsxWriter;
import org.sdl.interp.SdlError;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;
import org.sdl.interp.syntax.Words;

/** export delimited [varlist] using file [if] [in] [, replace delimiter() nolabel] | export excel ... */
public final class ExportCommand extends Command {
    public ExportCommand() {
        super("export", 3, "anything [if] [in] [using] [, replace DELIMiter(string) NOLabel SHEET(string) "
            + "FIRSTrow(string)]");
    }

    @Override
    public void run(Invocation inv) {
        List<String> words = inv.args().words();
        if (words.isEmpty()) {
            throw new SdlError(198, "export: delimited or excel required");
        }
        String kind = words.get(0);
        List<String> rest = words.subList(1, words.size());
        String file = inv.args().using();
        List<String> vars = new ArrayList<>();
        VariableMatcher vm = new VariableMatcher(inv.session().data());
        if (file == null) {
            if (rest.isEmpty()) {
                throw new SdlError(100, "export: file name required");
            }
            file = Words.unquote(String.join(" ", rest));
        } else {
            for (String w : rest) {
                vars.addAll(vm.expand(w));
            }
        }
        if (vars.isEmpty()) {
            vars.addAll(inv.session().data().names());
        }
        boolean replace = inv.args().flag("replace");
        if (kind.length() >= 5 && "delimited".startsWith(kind)) {
            inv.args().allowOnly("export delimited", "replace", "delimiter", "nolabel");
            String d = Words.unquote(inv.args().string("delimiter", ","));
            char delim = d.equals("tab") ? '\t' : d.charAt(0);
            CsvWriter.write(inv.session().data(), vars, inv.args().touse(), inv.session().resolve(file), replace, delim,
                !inv.args().flag("nolabel"));
        } else if (kind.length() >= 3 && "excel".startsWith(kind)) {
            inv.args().allowOnly("export excel", "replace", "sheet", "firstrow", "nolabel");
            XlsxWriter.write(inv.session().data(), vars, inv.args().touse(), inv.session().resolve(file), replace,
                excelOptions(inv));
        } else {
            throw new SdlError(198, "export " + kind + " is not available; use export delimited or export excel");
        }
        inv.out().println("file " + file + " saved");
    }

    /** sheet("name"[, modify|replace]), firstrow(variables|varlabels), nolabel. */
    private static XlsxWriter.Options excelOptions(Invocation inv) {
        String sheet = inv.args().string("sheet");
        boolean modify = false;
        if (sheet != null) {
            int comma = sheet.lastIndexOf(',');
            if (comma >= 0 && !sheet.substring(comma).contains("\"")) {
                String sub = sheet.substring(comma + 1).strip();
                if (!sub.equals("modify") && !sub.equals("replace")) {
                    throw new SdlError(198, "sheet(): suboption " + sub + " not allowed; use modify or replace");
                }
                modify = sub.equals("modify");
                sheet = sheet.substring(0, comma);
            }
            sheet = Words.unquote(sheet.strip());
        }
        String first = inv.args().string("firstrow");
        if (first != null) {
            first = first.strip();
            if ("variables".startsWith(first) && first.length() >= 3) {
                first = "variables";
            } else if ("varlabels".startsWith(first) && first.length() >= 4) {
                first = "varlabels";
            } else {
                throw new SdlError(198, "firstrow(" + first + "): use variables or varlabels");
            }
        }
        return new XlsxWriter.Options(sheet, first, inv.args().flag("nolabel"), modify);
    }
}
