package org.sdl.interp.commands.output;

import java.util.ArrayList;
import java.util.List;
import org.sdl.interp.SdlError;
import org.sdl.interp.syntax.Words;

/**
 * estout's cells() grammar: rows of elements, elements of one row side by side. A row is one
 * element ({@code b(star fmt(3))}) or a quoted list of them ({@code "mean sd min max"}); an
 * element is a statistic name with optional suboptions star, fmt(list), par / par(l r) /
 * nopar, label(text), vacant(text). Statistics: b, se, t, z, p, ci (ci_l, ci_u), beta, _star,
 * or the name of an e() matrix (estpost's mean, sd, count, ...).
 */
final class CellsSpec {
    /** One statistic in a cell and how it is shown. */
    record Element(String stat, List<CellFormat> fmts, boolean star, String left, String right,
                   String label, String vacant) {
        CellFormat fmt(int row) {
            return fmts.get(Math.min(row, fmts.size() - 1));
        }

        Element withFormat(CellFormat f) {
            return new Element(stat, List.of(f), star, left, right, label, vacant);
        }
    }

    private CellsSpec() {}

    static List<List<Element>> parse(String text, String defaultFmt) {
        List<List<Element>> rows = new ArrayList<>();
        String t = text.strip();
        if (t.equals("none")) {
            return rows;
        }
        for (String w : Words.split(t)) {
            List<Element> row = new ArrayList<>();
            if (w.startsWith("\"") || w.startsWith("`\"")) {
                for (String inner : Words.split(Words.unquote(w))) {
                    row.add(element(inner, defaultFmt));
                }
            } else {
                row.add(element(w, defaultFmt));
            }
            if (!row.isEmpty()) {
                rows.add(row);
            }
        }
        return rows;
    }

    static Element element(String w, String defaultFmt) {
        if (w.equals("&")) {
            throw new SdlError(198, "cells(): & (combining elements in one cell) is not supported");
        }
        int paren = w.indexOf('(');
        String stat = paren < 0 ? w : w.substring(0, paren);
        if (!stat.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new SdlError(198, "cells(): invalid element " + w);
        }
        List<CellFormat> fmts = new ArrayList<>();
        boolean star = false;
        String left = "";
        String right = "";
        String label = null;
        String vacant = "";
        if (paren >= 0) {
            String sub = w.substring(paren + 1, w.length() - 1);
            for (String s : Words.split(sub)) {
                String name = s.contains("(") ? s.substring(0, s.indexOf('(')) : s;
                String arg = s.contains("(") ? s.substring(s.indexOf('(') + 1, s.length() - 1) : null;
                switch (name.toLowerCase()) {
                    case "star": case "s": case "st": case "sta":
                        star = true;
                        break;
                    case "nostar":
                        star = false;
                        break;
                    case "fmt": case "f": case "fm":
                        for (String f : Words.split(arg == null ? "" : arg)) {
                            fmts.add(CellFormat.parse(f));
                        }
                        break;
                    case "par": case "pa":
                        if (arg == null || arg.isBlank()) {
                            left = stat.equals("ci") ? "[" : "(";
                            right = stat.equals("ci") ? "]" : ")";
                        } else {
                            List<String> lr = Words.tokens(arg);
                            if (lr.size() != 2) {
                                throw new SdlError(198, "cells(): par() needs a left and a right delimiter");
                            }
                            left = lr.get(0);
                            right = lr.get(1);
                        }
                        break;
                    case "nopar": case "nopa":
                        left = "";
                        right = "";
                        break;
                    case "label": case "l": case "la": case "lab": case "labe":
                        label = Words.unquote(arg == null ? "" : arg.strip());
                        break;
                    case "vacant": case "v": case "va": case "vac":
                        vacant = Words.unquote(arg == null ? "" : arg.strip());
                        break;
                    default:
                        throw new SdlError(198, "cells(): suboption " + name + " not supported");
                }
            }
        }
        if (fmts.isEmpty()) {
            fmts.add(CellFormat.parse(defaultFmt));
        }
        return new Element(stat, fmts, star, left, right, label, vacant);
    }
}
