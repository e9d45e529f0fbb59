package org.sdl.interp.commands;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.sdl.interp.SdlError;
import org.sdl.interp.syntax.Words;
import org.sdl.output.excel.CellFormat;
import org.sdl.output.excel.ExcelColor;
import org.sdl.output.excel.ExcelNumberFormat;

/**
 * The options of a putexcel write (Stata 15+): export options (names, rownames, colnames,
 * asdate, asdatetime, asdatenum, asdatetimenum, overwritefmt), cell options (merge, hcenter,
 * vcenter, halign(), valign(), border(), txtwrap, shrinkfit, txtrotate(), txtindent()), format
 * options (nformat(), fpattern()) and font options (font(), bold, italic, underline, strikeout,
 * script()). Any other option is r(198) naming it.
 */
final class PutexcelOptions {
    final CellFormat format = new CellFormat();
    boolean names;
    boolean rowNames;
    boolean colNames;
    /** null, "asdate", "asdatetime", "asdatenum" or "asdatetimenum". */
    String dateMode;
    boolean merge;
    boolean unmerge;

    /** Splits option text ("bold nformat(#.00) font(Arial, 12)") into name -> argument (null if none). */
    static Map<String, String> split(String text, String command) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String w : Words.split(text)) {
            int p = w.indexOf('(');
            String name = (p < 0 ? w : w.substring(0, p)).toLowerCase(Locale.ROOT);
            String arg = null;
            if (p >= 0) {
                if (!w.endsWith(")")) {
                    throw new SdlError(198, command + ": option " + w + " has unbalanced parentheses");
                }
                arg = w.substring(p + 1, w.length() - 1).strip();
            }
            if (!name.matches("[a-z_][a-z0-9_]*")) {
                throw new SdlError(198, command + ": " + w + " invalid option");
            }
            out.put(name, arg);
        }
        return out;
    }

    static PutexcelOptions parse(String text) {
        PutexcelOptions o = new PutexcelOptions();
        for (Map.Entry<String, String> e : split(text, "putexcel").entrySet()) {
            o.one(e.getKey(), e.getValue());
        }
        return o;
    }

    private void one(String name, String arg) {
        CellFormat f = format;
        switch (name) {
            case "names" -> names = flag(name, arg);
            case "rownames" -> rowNames = flag(name, arg);
            case "colnames" -> colNames = flag(name, arg);
            case "asdate", "asdatetime", "asdatenum", "asdatetimenum" -> {
                flag(name, arg);
                dateMode = name;
            }
            case "overwritefmt" -> f.overwrite = flag(name, arg);
            case "merge" -> merge = flag(name, arg);
            case "unmerge" -> unmerge = flag(name, arg);
            case "hcenter" -> f.halign = flag(name, arg) ? HorizontalAlignment.CENTER : null;
            case "vcenter" -> f.valign = flag(name, arg) ? VerticalAlignment.CENTER : null;
            case "halign" -> f.halign = halign(required(name, arg));
            case "valign" -> f.valign = valign(required(name, arg));
            case "border" -> f.borders.add(border(required(name, arg)));
            case "txtwrap", "notxtwrap" -> f.wrap = flag(name, arg) && name.equals("txtwrap");
            case "shrinkfit", "noshrinkfit" -> f.shrink = flag(name, arg) && name.equals("shrinkfit");
            case "txtrotate" -> f.rotation = integer(name, required(name, arg), 0, 180);
            case "txtindent" -> f.indent = integer(name, required(name, arg), 0, 15);
            case "nformat" -> f.numberFormat = ExcelNumberFormat.toExcel(required(name, arg));
            case "fpattern" -> fpattern(required(name, arg));
            case "font" -> font(required(name, arg));
            case "bold", "nobold" -> f.bold = flag(name, arg) && name.equals("bold");
            case "italic", "noitalic" -> f.italic = flag(name, arg) && name.equals("italic");
            case "underline", "nounderline" -> f.underline = flag(name, arg) && name.equals("underline");
            case "strikeout", "nostrikeout" -> f.strikeout = flag(name, arg) && name.equals("strikeout");
            case "script" -> {
                String s = required(name, arg).toLowerCase(Locale.ROOT);
                if (!s.equals("sub") && !s.equals("super") && !s.equals("none")) {
                    throw new SdlError(198, "script(" + arg + "): use sub, super or none");
                }
                f.script = s;
            }
            case "colwise", "dborder", "keepcellfmt", "keepcellformat", "sheet", "locale" ->
                throw new SdlError(198, "putexcel: option " + name + "() not supported by sdl");
            default -> throw new SdlError(198, "putexcel: option " + name + " not allowed");
        }
    }

    private static boolean flag(String name, String arg) {
        if (arg != null) {
            throw new SdlError(198, "putexcel: option " + name + " takes no argument");
        }
        return true;
    }

    private static String required(String name, String arg) {
        if (arg == null || arg.isEmpty()) {
            throw new SdlError(198, "putexcel: option " + name + "() requires an argument");
        }
        return arg;
    }

    private static int integer(String name, String arg, int lo, int hi) {
        try {
            int v = Integer.parseInt(arg.strip());
            if (v >= lo && v <= hi) {
                return v;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new SdlError(198, "putexcel: " + name + "(" + arg + ") must be an integer from " + lo + " to " + hi);
    }

    /** Comma-separated parts of an option argument, quotes kept together and removed. */
    static List<String> parts(String arg) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean q = false;
        for (char c : arg.toCharArray()) {
            if (c == '"') {
                q = !q;
            } else if (c == ',' && !q) {
                out.add(cur.toString().strip());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString().strip());
        return out;
    }

    private static HorizontalAlignment halign(String a) {
        return switch (a.toLowerCase(Locale.ROOT)) {
            case "left" -> HorizontalAlignment.LEFT;
            case "right" -> HorizontalAlignment.RIGHT;
            case "center" -> HorizontalAlignment.CENTER;
            case "fill" -> HorizontalAlignment.FILL;
            case "justify" -> HorizontalAlignment.JUSTIFY;
            case "merge" -> HorizontalAlignment.CENTER_SELECTION;
            case "distributed" -> HorizontalAlignment.DISTRIBUTED;
            default -> throw new SdlError(198, "halign(" + a + "): use left, right, center, fill, justify, merge "
                + "or distributed");
        };
    }

    private static VerticalAlignment valign(String a) {
        return switch (a.toLowerCase(Locale.ROOT)) {
            case "top" -> VerticalAlignment.TOP;
            case "bottom" -> VerticalAlignment.BOTTOM;
            case "center" -> VerticalAlignment.CENTER;
            case "justify" -> VerticalAlignment.JUSTIFY;
            case "distributed" -> VerticalAlignment.DISTRIBUTED;
            default -> throw new SdlError(198, "valign(" + a + "): use top, bottom, center, justify or distributed");
        };
    }

    /** border(all|top|bottom|left|right [, style [, color]]); style defaults to thin. */
    private static CellFormat.Border border(String arg) {
        List<String> p = parts(arg);
        if (p.size() > 3) {
            throw new SdlError(198, "border(" + arg + "): border(side [, style [, color]])");
        }
        String side = p.get(0).toLowerCase(Locale.ROOT);
        boolean all = side.equals("all");
        if (!all && !List.of("top", "bottom", "left", "right").contains(side)) {
            throw new SdlError(198, "border(" + arg + "): side must be all, top, bottom, left or right");
        }
        BorderStyle style = BorderStyle.THIN;
        if (p.size() > 1 && !p.get(1).isEmpty()) {
            try {
                style = BorderStyle.valueOf(p.get(1).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new SdlError(198, "border(" + arg + "): style " + p.get(1) + " not recognized (none, thin, "
                    + "medium, thick, double, dashed, dotted, hair, medium_dashed, dash_dot, ...)");
            }
        }
        byte[] color = p.size() > 2 && !p.get(2).isEmpty() ? ExcelColor.parse(p.get(2)) : null;
        return new CellFormat.Border(all || side.equals("top"), all || side.equals("bottom"),
            all || side.equals("left"), all || side.equals("right"), style, color);
    }

    /** font(name [, size [, color]]). */
    private void font(String arg) {
        List<String> p = parts(arg);
        if (p.size() > 3 || p.get(0).isEmpty() && p.size() == 1) {
            throw new SdlError(198, "font(" + arg + "): font(name [, size [, color]])");
        }
        if (!p.get(0).isEmpty()) {
            format.fontName = p.get(0);
        }
        if (p.size() > 1 && !p.get(1).isEmpty()) {
            try {
                format.fontSize = Double.parseDouble(p.get(1));
            } catch (NumberFormatException e) {
                throw new SdlError(198, "font(" + arg + "): size " + p.get(1) + " is not a number");
            }
            if (format.fontSize < 1 || format.fontSize > 409) {
                throw new SdlError(198, "font(" + arg + "): size must be from 1 to 409");
            }
        }
        if (p.size() > 2 && !p.get(2).isEmpty()) {
            format.fontColor = ExcelColor.parse(p.get(2));
        }
    }

    /** fpattern(pattern [, fgcolor [, bgcolor]]). */
    private void fpattern(String arg) {
        List<String> p = parts(arg);
        if (p.size() > 3) {
            throw new SdlError(198, "fpattern(" + arg + "): fpattern(pattern [, fgcolor [, bgcolor]])");
        }
        format.fillPattern = switch (p.get(0).toLowerCase(Locale.ROOT)) {
            case "none" -> FillPatternType.NO_FILL;
            case "solid" -> FillPatternType.SOLID_FOREGROUND;
            case "gray50" -> FillPatternType.FINE_DOTS;
            case "gray75" -> FillPatternType.ALT_BARS;
            case "gray25" -> FillPatternType.SPARSE_DOTS;
            case "horstripe" -> FillPatternType.THICK_HORZ_BANDS;
            case "verstripe" -> FillPatternType.THICK_VERT_BANDS;
            case "diagstripe" -> FillPatternType.THICK_BACKWARD_DIAG;
            case "revdiagstripe" -> FillPatternType.THICK_FORWARD_DIAG;
            case "diagcrosshatch" -> FillPatternType.BIG_SPOTS;
            case "thinhorstripe" -> FillPatternType.THIN_HORZ_BANDS;
            case "thinverstripe" -> FillPatternType.THIN_VERT_BANDS;
            default -> throw new SdlError(198, "fpattern(" + arg + "): pattern " + p.get(0) + " not recognized (none, "
                + "solid, gray25, gray50, gray75, horstripe, verstripe, diagstripe, revdiagstripe, diagcrosshatch, "
                + "thinhorstripe, thinverstripe)");
        };
        if (p.size() > 1 && !p.get(1).isEmpty()) {
            format.fillForeground = ExcelColor.parse(p.get(1));
        }
        if (p.size() > 2 && !p.get(2).isEmpty()) {
            format.fillBackground = ExcelColor.parse(p.get(2));
        }
    }
}
