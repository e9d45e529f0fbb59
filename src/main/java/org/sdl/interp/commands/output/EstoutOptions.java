package org.sdl.interp.commands.output;

import java.util.ArrayList;
import java.util.List;
import org.sdl.interp.SdlError;
import org.sdl.interp.syntax.Words;
import org.sdl.output.table.TableFormat;

/**
 * Reads esttab's and estout's options into an {@link EstoutSpec}, applying each command's
 * defaults as estout 3 documents them. esttab: b(a3) with stars, t statistics (fmt 2) in
 * parentheses below, model numbers and dependent variables as titles, N in the footer, rules,
 * gaps and the legend notes. estout: b (%9.0g) only, estimation-set names as titles, the
 * element label row, no stars, no statistics, no rules. Options estout has that sdl does not
 * implement are r(198) "not supported" (listed in docs/commands/esttab.md).
 */
final class EstoutOptions {
    static final List<String> KNOWN = List.of(
        "b", "BEta", "t", "z", "se", "p", "ci", "not", "ABS", "STAR", "NOSTAr", "staraux", "CONstant", "NOCONstant",
        "r2", "ar2", "pr2", "aic", "bic", "SCAlars", "sfmt", "noobs", "obslast", "wide", "PArentheses",
        "NOPArentheses", "BRackets", "GAPs", "NOGAPs", "LInes", "NOLInes", "NOEQLInes", "COMpress", "plain",
        "Label", "INTERACTion", "TItle", "MTItles", "NOMTItles", "DEPvars", "NODEPvars", "NUMbers", "NONUMbers",
        "COEFlabels", "VARLabels", "NOTEs", "NONOTEs", "ADDNotes", "LEGend", "NOLEGend", "smcl", "FIXed", "csv",
        "SCsv", "rtf", "HTMl", "tex", "BOOKTabs", "md", "mmd", "docx", "Fragment", "page", "ALIGNment",
        "Replace", "Append", "TYpe", "NOTYpe", "Drop", "NOOMITted", "NOBASElevels", "Keep", "Order", "RENAme",
        "eform", "UNStack", "Cells", "STATs", "MGRoups", "MLabels", "COLLabels", "INDicate", "REFcat",
        "VARWidth", "MODELWidth", "LEVel", "matrix",
        // recognised so that they are refused by name rather than as unknown
        "ONEcell", "main", "aux", "EQuations", "tab", "LONGtable", "width", "fonttbl", "SUBstitute",
        "PREHead", "POSTHead", "PREFoot", "POSTFoot", "float", "NOFLoat", "STANDalone", "margin", "noisily");
    private static final List<String> UNSUPPORTED = List.of("onecell", "main", "aux", "equations", "tab",
        "longtable", "width", "fonttbl", "substitute", "prehead", "posthead", "prefoot", "postfoot", "float",
        "nofloat", "standalone", "margin", "noisily");

    private EstoutOptions() {}

    static EstoutSpec read(String command, OptionText o, boolean esttab, String usingFile) {
        for (String n : o.names()) {
            if (UNSUPPORTED.contains(n)) {
                throw new SdlError(198, command + ": option " + n + " not supported (see docs/commands/esttab.md)");
            }
        }
        EstoutSpec s = new EstoutSpec();
        boolean plain = o.has("plain");
        s.label = o.has("label");
        format(s, o, usingFile);
        s.replace = o.has("replace");
        s.append = o.has("append");
        if (s.replace && s.append) {
            throw new SdlError(198, command + ": replace and append may not be combined");
        }
        s.type = o.has("type");
        s.title = unquote(o.arg("title", ""));
        s.level = o.has("level") ? number(command, "level", o.arg("level")) : s.level;
        if (o.has("interaction")) {
            s.interaction = unquote(o.arg("interaction"));
        }
        s.eform = o.has("eform");
        String bfmt = fmtArg(o, "b", plain || !esttab ? "%9.0g" : "a3");
        CellStyle.cells(command, s, o, esttab, plain, bfmt);
        FooterStyle.stats(command, s, o, esttab, plain, bfmt);
        HeaderStyle.header(command, s, o, esttab, plain);
        s.eform = o.has("eform");
        s.noConstant = o.has("noconstant") || ((s.beta || s.eform) && !o.has("constant"));
        s.noBaseLevels = o.has("nobaselevels");
        s.noOmitted = o.has("noomitted");
        s.unstack = o.has("unstack");
        s.keep = Words.tokens(o.arg("keep", ""));
        s.drop = Words.tokens(o.arg("drop", ""));
        s.order = Words.tokens(o.arg("order", ""));
        List<String> rn = Words.tokens(o.arg("rename", ""));
        if (rn.size() % 2 != 0) {
            throw new SdlError(198, command + ": rename() needs pairs of old and new names");
        }
        for (int i = 0; i < rn.size(); i += 2) {
            s.rename.put(rn.get(i), rn.get(i + 1));
        }
        HeaderStyle.labels(command, s, o);
        boolean lines = esttab && !plain ? !o.has("nolines") : o.has("lines");
        if (s.format == TableFormat.CSV || s.format == TableFormat.SCSV) {
            lines = false;
        }
        s.lines = lines;
        s.eqLines = lines && !o.has("noeqlines");
        boolean compress = o.has("compress");
        s.varwidth = s.label ? 20 : 12;
        int mw = 12;
        if (compress) {
            s.varwidth -= s.label ? 4 : 2;
            mw -= 3;
        }
        s.modelwidth = new int[] {mw};
        if (s.cells.size() > 0 && esttab && !o.has("cells")) {
            boolean ci = s.cells.stream().flatMap(List::stream).anyMatch(e -> e.stat().equals("ci"));
            if (ci) {
                s.modelwidth = o.has("wide") ? new int[] {mw, 2 * mw - 2} : new int[] {2 * mw - 2};
            }
        }
        if (o.has("varwidth")) {
            s.varwidth = (int) number(command, "varwidth", o.arg("varwidth"));
        }
        if (o.has("modelwidth")) {
            List<String> ws = Words.split(o.arg("modelwidth"));
            s.modelwidth = new int[ws.size()];
            for (int i = 0; i < ws.size(); i++) {
                s.modelwidth[i] = (int) number(command, "modelwidth", ws.get(i));
            }
        }
        s.alignment = o.arg("alignment", "").strip();
        if (o.has("matrix")) {
            String m = o.arg("matrix", "");
            int comma = Words.optionsComma(m);
            s.matrix = (comma < 0 ? m : m.substring(0, comma)).strip();
            String sub = comma < 0 ? "" : m.substring(comma + 1);
            OptionText mo = OptionText.parse(command + " matrix()", sub, List.of("Fmt", "TRanspose"));
            s.matrixFmt = CellFormat.parse(mo.has("fmt") ? Words.split(mo.arg("fmt")).get(0) : "%9.0g");
            s.transpose = mo.has("transpose");
        }
        return s;
    }

    private static void format(EstoutSpec s, OptionText o, String usingFile) {
        TableFormat f = usingFile == null ? TableFormat.TEXT : TableFormat.forFile(usingFile);
        List<TableFormat> chosen = new ArrayList<>();
        if (o.has("smcl") || o.has("fixed")) {
            chosen.add(TableFormat.TEXT);
        }
        if (o.has("csv")) {
            chosen.add(TableFormat.CSV);
        }
        if (o.has("scsv")) {
            chosen.add(TableFormat.SCSV);
        }
        if (o.has("rtf")) {
            chosen.add(TableFormat.RTF);
        }
        if (o.has("html")) {
            chosen.add(TableFormat.HTML);
        }
        if (o.has("tex")) {
            chosen.add(TableFormat.TEX);
        }
        if (o.has("booktabs")) {
            chosen.add(TableFormat.BOOKTABS);
        }
        if (o.has("md") || o.has("mmd")) {
            chosen.add(TableFormat.MARKDOWN);
        }
        if (o.has("docx")) {
            chosen.add(TableFormat.DOCX);
        }
        if (chosen.size() > 1) {
            throw new SdlError(198, "only one of smcl, fixed, csv, scsv, rtf, html, tex, booktabs, md, docx allowed");
        }
        if (!chosen.isEmpty()) {
            f = chosen.get(0);
        }
        if (f == TableFormat.DOCX && usingFile == null) {
            throw new SdlError(198, "docx needs using filename");
        }
        s.format = f;
        s.formatOptions = new TableFormat.Options(o.has("fragment"), o.has("page"), o.has("plain"));
    }

    static String fmtArg(OptionText o, String name, String dflt) {
        String a = o.arg(name);
        return a == null || a.isBlank() ? dflt : a.strip();
    }

    static double number(String command, String option, String text) {
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException | NullPointerException e) {
            throw new SdlError(198, command + ": option " + option + "() needs a number");
        }
    }

    static String unquote(String s) {
        return s == null ? "" : Words.unquote(s.strip());
    }
}
