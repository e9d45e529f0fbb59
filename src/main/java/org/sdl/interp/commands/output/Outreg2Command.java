package org.sdl.interp.commands.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sdl.data.DataException;
import org.sdl.data.io.AtomicFiles;
import org.sdl.interp.SdlError;
import org.sdl.interp.Session;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;
import org.sdl.interp.expr.ExprCompiler;
import org.sdl.interp.expr.Value;
import org.sdl.interp.syntax.Words;
import org.sdl.lang.Parser;
import org.sdl.output.table.ExcelXmlRenderer;
import org.sdl.output.table.Table;
import org.sdl.output.table.TableFormat;
import org.sdl.stats.EstimationResult;

/**
 * outreg2 [varlist] using filename [, options]: adds the active estimates as a column to a
 * regression table kept, as outreg2 keeps it, in a tab-delimited .txt file (replace starts a new
 * table, append adds a column to the one in the file), and writes the table again in each format
 * asked for: word (.doc holding RTF, as outreg2 writes it; .rtf and .docx by extension), excel
 * (.xls holding an Excel 2003 XML spreadsheet), tex (a complete LaTeX document; tex(fragment)
 * for \input), .csv by extension. Layout: outreg2's default (see docs/commands/outreg2.md).
 */
public final class Outreg2Command extends Command {
    private static final List<String> KNOWN = List.of("Replace", "Append", "CTitle", "Label", "Keep", "Drop",
        "ADDText", "ADDStat", "DEC", "BDec", "SDec", "AUTO", "WORD", "EXCEL", "TEX", "NOCONs", "BRacket", "SEE",
        "TItle", "ADDNote", "NONOTes", "NOObs", "NOR2");

    /** One file to write: where and in which format (null format: the tab-delimited table itself). */
    private record Target(Path path, String shown, TableFormat format, boolean excel) {}

    public Outreg2Command() {
        super("outreg2", 7, null);
    }

    @Override
    public void run(Invocation inv) {
        String text = inv.text();
        int comma = Words.optionsComma(text);
        String main = comma < 0 ? text : text.substring(0, comma);
        OptionText o = OptionText.parse(name(), comma < 0 ? "" : text.substring(comma + 1), KNOWN);
        List<String> words = Words.split(main);
        String using = null;
        List<String> varlist = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).equals("using")) {
                if (i + 1 >= words.size()) {
                    throw new SdlError(198, "outreg2: using requires a filename");
                }
                using = Words.unquote(words.get(++i));
            } else {
                varlist.add(words.get(i));
            }
        }
        if (using == null) {
            throw new SdlError(198, "outreg2: using filename required (sdl keeps no default table file)");
        }
        boolean replace = o.has("replace");
        boolean append = o.has("append");
        if (replace && append) {
            throw new SdlError(198, "outreg2: replace and append may not be combined");
        }
        Session s = inv.session();
        EstimationResult e = s.requireE();
        List<Target> targets = targets(s, using, o);
        if (!replace && !append) {
            for (Target t : targets) {
                if (Files.exists(t.path())) {
                    throw new SdlError(602, "file " + t.shown() + " already exists");
                }
            }
        }
        OutregGrid grid = append ? existing(targets.get(0)) : new OutregGrid();
        if (o.has("title")) {
            grid.titleLines.clear();
            grid.titleLines.add(EstoutOptions.unquote(o.arg("title")));
        }
        OutregColumn.add(grid, inv, e, o, varlist);
        grid.notes.clear();
        if (!o.has("nonotes")) {
            String robust = "Robust".equalsIgnoreCase(e.macros().getOrDefault("vcetype", "")) ? "Robust s" : "S";
            grid.notes.add(robust + "tandard errors in " + (o.has("bracket") ? "brackets" : "parentheses"));
            grid.notes.add("*** p<0.01, ** p<0.05, * p<0.1");
        }
        for (String n : textList(o.arg("addnote", ""))) {
            grid.notes.add(n);
        }
        Table table = grid.toTable();
        for (Target t : targets) {
            write(t, grid, table, o);
            inv.out().println("(output written to " + t.shown() + ")");
        }
        if (o.has("see")) {
            inv.out().println("(note: see: sdl has no data browser; the table follows)");
            inv.out().print(TableFormat.TEXT.renderText(table, TableFormat.Options.DEFAULT));
        }
    }

    /** The .txt table first (append reads it), then the other formats. */
    private static List<Target> targets(Session s, String using, OptionText o) {
        int slash = Math.max(using.lastIndexOf('/'), using.lastIndexOf('\\'));
        int dot = using.lastIndexOf('.');
        String ext = dot > slash ? using.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
        String base = dot > slash ? using.substring(0, dot) : using;
        List<Target> out = new ArrayList<>();
        boolean known = List.of("doc", "docx", "rtf", "xls", "xml", "tex", "csv").contains(ext);
        if (ext.equals("xlsx")) {
            throw new SdlError(198, "outreg2: .xlsx not supported: use excel (an .xls file as outreg2 writes it) or putexcel");
        }
        String txt = known || ext.isEmpty() ? base + ".txt" : using;
        out.add(new Target(s.resolve(txt), txt, null, false));
        boolean word = o.has("word");
        boolean excel = o.has("excel");
        boolean tex = o.has("tex");
        switch (ext) {
            case "doc", "rtf" -> { out.add(new Target(s.resolve(using), using, TableFormat.RTF, false)); word = false; }
            case "docx" -> { out.add(new Target(s.resolve(using), using, TableFormat.DOCX, false)); word = false; }
            case "xls", "xml" -> { out.add(new Target(s.resolve(using), using, null, true)); excel = false; }
            case "tex" -> { out.add(new Target(s.resolve(using), using, TableFormat.TEX, false)); tex = false; }
            case "csv" -> out.add(new Target(s.resolve(using), using, TableFormat.CSV, false));
            default -> { }
        }
        if (word) {
            out.add(new Target(s.resolve(base + ".doc"), base + ".doc", TableFormat.RTF, false));
        }
        if (excel) {
            out.add(new Target(s.resolve(base + ".xls"), base + ".xls", null, true));
        }
        if (tex) {
            out.add(new Target(s.resolve(base + ".tex"), base + ".tex", TableFormat.TEX, false));
        }
        return out;
    }

    private static OutregGrid existing(Target txt) {
        if (!Files.exists(txt.path())) {
            return new OutregGrid();
        }
        try {
            return OutregGrid.parse(Files.readString(txt.path(), StandardCharsets.UTF_8), txt.shown());
        } catch (IOException ex) {
            throw new SdlError(603, "file " + txt.shown() + " could not be read: " + ex.getMessage());
        }
    }

    private static void write(Target t, OutregGrid grid, Table table, OptionText o) {
        String content;
        if (t.format() == null) {
            content = t.excel() ? new ExcelXmlRenderer().render(table) : grid.toTxt();
        } else if (t.format() == TableFormat.DOCX) {
            try {
                byte[] bytes = TableFormat.DOCX.bytes(table, TableFormat.Options.DEFAULT, null);
                AtomicFiles.write(t.path(), true, out -> out.write(bytes));
                return;
            } catch (IOException | DataException ex) {
                throw new SdlError(603, "file " + t.shown() + " could not be written: " + ex.getMessage());
            }
        } else {
            String texArg = o.arg("tex", "").strip().toLowerCase(Locale.ROOT);
            boolean fragment = texArg.startsWith("frag");
            if (!texArg.isEmpty() && !fragment) {
                throw new SdlError(198, "outreg2: tex(" + texArg + ") not supported: tex or tex(fragment)");
            }
            TableFormat.Options opts = t.format() == TableFormat.TEX
                ? new TableFormat.Options(fragment, !fragment, false)
                : new TableFormat.Options(false, false, true);
            content = t.format().renderText(table, opts);
        }
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        try {
            AtomicFiles.write(t.path(), true, out -> out.write(bytes));
        } catch (DataException ex) {
            throw new SdlError(ex.code(), ex.getMessage());
        }
    }

    /** outreg2's comma-separated lists: addtext(Province FE, Yes, Year FE, No). */
    static List<String> textList(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int depth = 0;
        boolean quote = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quote = !quote;
            } else if (!quote && c == '(') {
                depth++;
            } else if (!quote && c == ')') {
                depth--;
            }
            if (c == ',' && depth == 0 && !quote) {
                out.add(Words.unquote(cur.toString().strip()));
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        if (!cur.toString().isBlank()) {
            out.add(Words.unquote(cur.toString().strip()));
        }
        return out;
    }

    /** An addstat() value: a number or an expression such as e(r2_a) or r(mean). */
    static double number(Invocation inv, String exp) {
        Value v = ExprCompiler.evaluate(Parser.expression(inv.textLine(exp)), inv.session());
        if (v.isString()) {
            throw new SdlError(109, "outreg2: addstat(): " + exp + " is not a number");
        }
        return v.number();
    }

    static Map<String, String> pairs(String option, List<String> items) {
        if (items.size() % 2 != 0) {
            throw new SdlError(198, "outreg2: " + option + "() needs pairs: label, value");
        }
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i += 2) {
            m.put(items.get(i), items.get(i + 1));
        }
        return m;
    }
}
