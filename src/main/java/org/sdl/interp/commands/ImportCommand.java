package org.sdl.interp.commands;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sdl.data.Dataset;
import org.sdl.data.io.CsvReader;
import org.sdl.data.io.XlsxReader;
import org.sdl.interp.SdlError;
import org.sdl.interp.Session;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;
import org.sdl.interp.syntax.Numlist;
import org.sdl.interp.syntax.Words;

/**
 * import delimited [using] file [, clear delimiters() varnames(1|nonames) encoding() case()
 * stringcols() numericcols() rowrange() asfloat asdouble] and import excel [using] file [, sheet()
 * cellrange() firstrow case() allstring clear].
 */
public final class ImportCommand extends Command {
    public ImportCommand() {
        super("import", 3, "anything [using] [, clear DELIMiters(string) VARNames(string) ENCoding(string) "
            + "CASE(string) STRINGcols(string) NUMERICcols(string) ROWRange(string) ASDOUBLE ASFLOAT "
            + "SHEET(string) FIRSTrow CELLRAnge(string) ALLstring]");
    }

    @Override
    public void run(Invocation inv) {
        List<String> words = inv.args().words();
        if (words.isEmpty()) {
            throw new SdlError(198, "import: delimited or excel required");
        }
        String kind = words.get(0);
        boolean delimited = kind.length() >= 5 && "delimited".startsWith(kind);
        if (delimited) {
            inv.args().allowOnly("import delimited", "clear", "delimiters", "varnames", "encoding", "case",
                "stringcols", "numericcols", "rowrange", "asdouble", "asfloat");
        } else if (kind.length() >= 3 && "excel".startsWith(kind)) {
            inv.args().allowOnly("import excel", "clear", "sheet", "firstrow", "cellrange", "case", "allstring");
        }
        String file = inv.args().using() != null ? inv.args().using()
            : words.size() > 1 ? Words.unquote(String.join(" ", words.subList(1, words.size()))) : null;
        if (file == null) {
            throw new SdlError(100, "import " + kind + ": file name required");
        }
        Session s = inv.session();
        boolean clear = inv.args().flag("clear");
        if (s.data().nVars() > 0 && s.data().changed() && !clear) {
            throw new SdlError(4, "no; dataset in memory has changed since last saved (use clear)");
        }
        Path p = s.resolve(file);
        Dataset d;
        if (delimited) {
            CsvReader r = new CsvReader();
            d = r.read(p, options(inv));
            r.notes().forEach(inv.out()::println);
        } else if (kind.length() >= 3 && "excel".startsWith(kind)) {
            d = XlsxReader.read(p, excelOptions(inv));
        } else {
            throw new SdlError(198, "import " + kind + " is not available; use import delimited or import excel");
        }
        s.data().clear();
        s.data().become(d);
        s.data().markSaved();
        inv.out().println("(" + d.nVars() + " vars, " + String.format("%,d", d.nObs()) + " obs)");
    }

    private static CsvReader.Options options(Invocation inv) {
        String delim = Words.unquote(inv.args().string("delimiters", ","));
        char d;
        if (delim.equals("tab") || delim.equals("\\t")) {
            d = '\t';
        } else if (delim.equals("whitespace") || delim.equals(" ")) {
            d = ' ';
        } else if (delim.length() == 1) {
            d = delim.charAt(0);
        } else {
            throw new SdlError(198, "delimiters(" + delim + "): a single character, tab or whitespace");
        }
        String vn = inv.args().string("varnames");
        Boolean header = vn == null ? null : !vn.strip().equals("nonames");
        Charset cs;
        String enc = Words.unquote(inv.args().string("encoding", "UTF-8"));
        try {
            cs = Charset.forName(enc.equalsIgnoreCase("latin1") ? "ISO-8859-1" : enc);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new SdlError(198, "encoding(" + enc + ") is not a known encoding");
        }
        int first = 1;
        int last = Integer.MAX_VALUE;
        String rr = inv.args().string("rowrange");
        if (rr != null) {
            String[] p = rr.split(":", -1);
            if (!p[0].isBlank()) {
                first = Integer.parseInt(p[0].strip());
            }
            if (p.length > 1 && !p[1].isBlank()) {
                last = Integer.parseInt(p[1].strip());
            }
        }
        boolean asdouble = inv.args().flag("asdouble");
        if (inv.args().flag("asfloat") && asdouble) {
            throw new SdlError(198, "options asfloat and asdouble may not be combined");
        }
        // asdouble is accepted for Stata do-files: double is already sdl's default (docs/formats.md)
        return new CsvReader.Options(d, header, cs, inv.args().string("case", "lower").strip(),
            columns(inv.args().string("stringcols")), columns(inv.args().string("numericcols")), first, last,
            inv.args().flag("asfloat"));
    }

    private static XlsxReader.Options excelOptions(Invocation inv) {
        String range = inv.args().string("cellrange");
        String sheet = inv.args().string("sheet");
        return new XlsxReader.Options(sheet == null ? null : Words.unquote(sheet),
            range == null ? null : Words.unquote(range).strip(), inv.args().flag("firstrow"),
            Words.unquote(inv.args().string("case", "preserve")).strip(), inv.args().flag("allstring"));
    }

    private static Set<Integer> columns(String spec) {
        Set<Integer> out = new HashSet<>();
        if (spec != null) {
            for (double v : Numlist.expand(spec)) {
                out.add((int) v);
            }
        }
        return out;
    }
}
