package org.sdl.interp;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sdl.data.Column;
import org.sdl.data.NumericColumn;
import org.sdl.data.ValueLabelSet;
import org.sdl.data.VariableMatcher;
import org.sdl.interp.expr.MacroNumber;
import org.sdl.interp.syntax.Words;
import org.sdl.lang.SourceLine;

/**
 * Extended macro functions ({@code local x : word count `list'}, {@code : list uniq L},
 * {@code : variable label v}, {@code : display %9.2f exp}, ...). Operands arrive already
 * macro-expanded; list operators take macro names, as in Stata.
 */
final class ExtendedFunctions {
    private final Session session;

    ExtendedFunctions(Session session) {
        this.session = session;
    }

    String evaluate(String spec, Frame frame, SourceLine origin) {
        List<String> w = Words.splitQuotesOnly(spec);
        if (w.isEmpty()) {
            throw new SdlError(198, "extended macro function required after ':'");
        }
        String f = w.get(0);
        String rest = spec.substring(spec.indexOf(f) + f.length()).strip();
        switch (f) {
            case "word": return word(w, rest);
            case "list": return new MacroLists(frame).evaluate(rest);
            case "variable": case "var": case "variab": case "variabl":
                return variableLabel(after(rest, "label"));
            case "value": case "val":
                return valueLabelName(after(rest, "label"));
            case "label": case "lab": return label(rest);
            case "type": case "t": return column(rest).typeName();
            case "format": case "f": case "form": return column(rest).format();
            case "display": case "di": case "dis": case "disp":
                return new DisplayFormatter(session).render(origin.withText(rest)).stripTrailing();
            case "subinstr": return subinstr(rest, frame);
            case "piece": return piece(w);
            case "length": return String.valueOf(lookup(w.size() > 2 ? w.get(2) : "", w.get(1), frame).length());
            case "env": case "environment": return System.getenv().getOrDefault(w.get(1), "");
            case "rownames": case "rowfullnames": case "colnames": case "colfullnames":
            case "roweq": case "coleq": return matrixNames(f, w.get(1));
            case "sortedby": return String.join(" ", session.data().sortedBy());
            case "data": return session.data().label();
            case "dir": return dir(w);
            case "char": return "";
            case "copy": return lookup(w.get(1), w.size() > 2 ? w.get(2) : "", frame);
            case "tempfile": case "tempvar": return session.nextTempName();
            default:
                throw new SdlError(198, "unknown extended macro function " + f);
        }
    }

    private static String after(String rest, String keyword) {
        String t = rest.strip();
        if (t.startsWith(keyword)) {
            return t.substring(keyword.length()).strip();
        }
        return t.replaceFirst("^lab(e(l)?)?\\s+", "");
    }

    private String word(List<String> w, String rest) {
        if (w.size() >= 2 && w.get(1).equals("count")) {
            String s = rest.substring(rest.indexOf("count") + 5);
            return String.valueOf(Words.tokens(s).size());
        }
        if (w.size() >= 3 && w.get(2).equals("of")) {
            int n = (int) Double.parseDouble(w.get(1));
            String s = rest.substring(rest.indexOf(" of ") + 4);
            List<String> toks = Words.tokens(s);
            return n >= 1 && n <= toks.size() ? toks.get(n - 1) : "";
        }
        throw new SdlError(198, "invalid word extended function: word " + rest);
    }

    private Column column(String name) {
        String v = new VariableMatcher(session.data()).one(name.strip());
        return session.data().column(v);
    }

    private String variableLabel(String name) {
        return column(name).label();
    }

    private String valueLabelName(String name) {
        Column c = column(name);
        return c instanceof NumericColumn n && n.valueLabel() != null ? n.valueLabel() : "";
    }

    /** : label (var) value  or  : label lblname value */
    private String label(String rest) {
        Matcher m = Pattern.compile("\\(\\s*(\\S+)\\s*\\)\\s+(\\S+).*").matcher(rest);
        String set;
        String value;
        if (m.matches()) {
            set = valueLabelName(m.group(1));
            value = m.group(2);
        } else {
            String[] p = rest.split("\\s+");
            set = p[0];
            value = p.length > 1 ? p[1] : "";
        }
        ValueLabelSet ls = session.data().valueLabels().get(set);
        if (value.equals("maxlength")) {
            int max = 0;
            if (ls != null) {
                for (String s : ls.entries().values()) {
                    max = Math.max(max, s.length());
                }
            }
            return String.valueOf(max);
        }
        double v = Double.parseDouble(value);
        String lab = ls == null ? null : ls.get(v);
        return lab != null ? lab : MacroNumber.format(v);
    }

    /** : subinstr local m "from" "to" [, all word count(name)] -- first occurrence unless all. */
    private String subinstr(String rest, Frame frame) {
        String opts = "";
        int comma = lastTopComma(rest);
        String body = rest;
        if (comma >= 0) {
            opts = rest.substring(comma + 1);
            body = rest.substring(0, comma);
        }
        List<String> w = Words.splitQuotesOnly(body);
        if (w.size() < 4) {
            throw new SdlError(198, "subinstr needs: local|global name \"from\" \"to\"");
        }
        String src = w.get(0).startsWith("glo") ? session.globals().getOrDefault(w.get(1), "")
            : frame.local(w.get(1));
        String from = Words.unquote(w.get(2));
        String to = Words.unquote(w.get(3));
        boolean all = opts.matches(".*\\ball\\b.*");
        boolean word = opts.matches(".*\\bword\\b.*");
        int count = 0;
        String out;
        if (word) {
            List<String> toks = Words.splitQuotesOnly(src);
            for (int i = 0; i < toks.size(); i++) {
                if (toks.get(i).equals(from) && (all || count == 0)) {
                    toks.set(i, to);
                    count++;
                }
            }
            out = String.join(" ", toks);
        } else if (from.isEmpty()) {
            out = src;
        } else {
            StringBuilder b = new StringBuilder();
            int pos = 0;
            while (true) {
                int i = src.indexOf(from, pos);
                if (i < 0 || (!all && count > 0)) {
                    break;
                }
                b.append(src, pos, i).append(to);
                pos = i + from.length();
                count++;
            }
            out = b.append(src.substring(pos)).toString();
        }
        Matcher cm = Pattern.compile("count\\((?:local\\s+)?(\\w+)\\)").matcher(opts);
        if (cm.find()) {
            frame.setLocal(cm.group(1), String.valueOf(count));
        }
        return out;
    }

    private static int lastTopComma(String s) {
        boolean q = false;
        for (int i = s.length() - 1; i >= 0; i--) {
            char c = s.charAt(i);
            if (c == '"') {
                q = !q;
            }
            if (c == ',' && !q) {
                return i;
            }
        }
        return -1;
    }

    /** : piece n len of "string" -- the nth piece of at most len characters, breaking at blanks. */
    private String piece(List<String> w) {
        int n = Integer.parseInt(w.get(1));
        int len = Integer.parseInt(w.get(2));
        String s = Words.unquote(w.get(w.size() - 1));
        List<String> pieces = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String word : s.split(" ")) {
            if (cur.length() > 0 && cur.length() + 1 + word.length() > len) {
                pieces.add(cur.toString());
                cur.setLength(0);
            }
            if (cur.length() > 0) {
                cur.append(' ');
            }
            cur.append(word);
        }
        if (cur.length() > 0) {
            pieces.add(cur.toString());
        }
        return n >= 1 && n <= pieces.size() ? pieces.get(n - 1) : "";
    }

    private String lookup(String kind, String name, Frame frame) {
        if (kind.startsWith("glo")) {
            return session.globals().getOrDefault(name, "");
        }
        return frame.local(name);
    }

    private String matrixNames(String f, String name) {
        Matrix m = session.matrix(name);
        if (m == null) {
            throw new SdlError(111, "matrix " + name + " not found");
        }
        if (f.startsWith("row")) {
            return f.endsWith("eq") ? "" : String.join(" ", m.rowNames());
        }
        return f.endsWith("eq") ? "" : String.join(" ", m.colNames());
    }

    private String dir(List<String> w) {
        if (w.size() < 4) {
            throw new SdlError(198, "usage: : dir \"folder\" files \"pattern\"");
        }
        Path folder = session.resolve(Words.unquote(w.get(1)));
        String kind = w.get(2);
        String pattern = Words.unquote(w.get(3));
        LinkedHashSet<String> names = new LinkedHashSet<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(folder, pattern)) {
            for (Path p : ds) {
                boolean isDir = Files.isDirectory(p);
                if (kind.startsWith("dir") == isDir) {
                    names.add("\"" + p.getFileName() + "\"");
                }
            }
        } catch (IOException e) {
            return "";
        }
        List<String> sorted = new ArrayList<>(names);
        java.util.Collections.sort(sorted);
        return String.join(" ", sorted);
    }
}
