package org.sdl.interp;

import java.util.ArrayList;
import java.util.List;
import org.sdl.data.Column;
import org.sdl.data.Dataset;
import org.sdl.data.Missing;
import org.sdl.data.NumericColumn;
import org.sdl.data.StorageType;
import org.sdl.data.StringColumn;

/**
 * input [[type] var …] followed by data lines and end: one observation per line, values
 * separated by blanks, strings with blanks in double quotes, . and .a-.z missing. New variables
 * are filled from the first observation (float unless a type is given; strings need str#);
 * variables that all exist get the lines as new observations at the end. As Stata does, a
 * number too large for a declared integer type widens the variable, and a string longer than
 * str# is cut to #.
 */
final class InputData {
    private InputData() {}

    static void load(Dataset data, String header, List<String> lines) {
        // header is "input [[type] var ...]", its prefixes already peeled off by the interpreter
        List<String> words = new ArrayList<>(List.of(header.strip().split("\\s+")));
        words.remove(0);
        List<String> names = new ArrayList<>();
        List<StorageType> types = new ArrayList<>();
        List<Integer> widths = new ArrayList<>();
        StorageType pending = null;
        int pendingWidth = 0;
        for (String w : words) {
            StorageType t = StorageType.parse(w);
            if (t != null && pending == null && !data.has(w)) {
                pending = t;
                pendingWidth = w.matches("str[0-9]+") ? Integer.parseInt(w.substring(3)) : 0;
                continue;
            }
            names.add(w);
            types.add(pending);
            widths.add(pendingWidth);
            pending = null;
        }
        if (pending != null) {
            throw new SdlError(198, "input: variable name missing after the type");
        }
        if (names.isEmpty()) {
            names.addAll(data.names());
            for (int i = 0; i < names.size(); i++) {
                types.add(null);
                widths.add(0);
            }
            if (names.isEmpty()) {
                throw new SdlError(100, "input: varlist required (no variables in memory)");
            }
        }
        int existing = 0;
        for (String n : names) {
            if (data.has(n)) {
                existing++;
            }
        }
        if (existing > 0 && existing < names.size()) {
            String known = names.stream().filter(data::has).findFirst().orElse("");
            throw new SdlError(110, known + " already defined");
        }
        boolean append = existing > 0;
        int first = append ? data.nObs() : 0;
        if (!append) {
            for (int j = 0; j < names.size(); j++) {
                String n = names.get(j);
                if (!n.matches("[A-Za-z_][A-Za-z0-9_]{0,31}")) {
                    throw new SdlError(198, n + " invalid name");
                }
                StorageType t = types.get(j) == null ? StorageType.FLOAT : types.get(j);
                Column c = t.isString() ? new StringColumn(n, data.nObs()) : NumericColumn.create(t, n, data.nObs());
                if (c instanceof StringColumn sc) {
                    if (t == StorageType.STRL) {
                        sc.setStrL(true);
                    } else {
                        sc.setWidth(Math.max(1, Math.min(StringColumn.MAX_STR, widths.get(j))));
                    }
                }
                data.add(c);
            }
        }
        int row = first;
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            List<String> values = tokens(line);
            if (values.size() > names.size()) {
                throw new SdlError(198, "input: " + values.size() + " values on a line for " + names.size()
                    + " variables: " + line.strip());
            }
            if (row >= data.nObs()) {
                data.setObs(row + 1);
            }
            for (int j = 0; j < values.size(); j++) {
                store(data, names.get(j), row, values.get(j));
            }
            row++;
        }
    }

    private static void store(Dataset data, String name, int row, String text) {
        Column c = data.column(name);
        if (c instanceof StringColumn s) {
            String v = text;
            if (!s.isStrL() && StringColumn.byteLength(v) > s.width()) {
                v = v.substring(0, Math.min(v.length(), s.width()));
            }
            s.set(row, v);
            return;
        }
        double v = number(text);
        if (Double.isNaN(v)) {
            throw new SdlError(198, "'" + text + "' cannot be read as a number for " + name + "[" + (row + 1) + "]");
        }
        NumericColumn nc = (NumericColumn) c;
        if (!nc.type().holds(v) && !Missing.isMissing(v)) {
            nc = nc.convertTo(nc.type().promoteFor(v));
            data.replace(nc);
        }
        nc.set(row, v);
    }

    /** A number, or . and .a-.z; NaN when the text is not one. */
    private static double number(String t) {
        if (t.equals(".")) {
            return Missing.DOT;
        }
        if (t.length() == 2 && t.charAt(0) == '.' && t.charAt(1) >= 'a' && t.charAt(1) <= 'z') {
            return Missing.extended(t.charAt(1));
        }
        if (!t.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?")) {
            return Double.NaN;
        }
        return Double.parseDouble(t);
    }

    /** Blank-separated values; "…" keeps blanks inside a value. */
    private static List<String> tokens(String line) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = line.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(line.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            if (line.charAt(i) == '"') {
                int close = line.indexOf('"', i + 1);
                if (close < 0) {
                    throw new SdlError(198, "input: unmatched quote in " + line.strip());
                }
                out.add(line.substring(i + 1, close));
                i = close + 1;
            } else {
                int start = i;
                while (i < n && !Character.isWhitespace(line.charAt(i))) {
                    i++;
                }
                out.add(line.substring(start, i));
            }
        }
        return out;
    }
}
