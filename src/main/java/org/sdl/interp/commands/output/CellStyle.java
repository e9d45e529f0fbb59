package org.sdl.interp.commands.output;

import java.util.ArrayList;
import java.util.List;
import org.sdl.interp.SdlError;
import org.sdl.interp.syntax.Words;

/**
 * The cells of esttab/estout: estout's cells() as given, or esttab's composition of it from
 * b()/beta/se/t/z/p/ci/not/star/staraux/wide/parentheses/brackets (esttab.ado's rules: the
 * auxiliary statistic defaults to t with 2 decimals, se and ci take b's format, p 3 decimals),
 * the star levels and the legend notes that describe them.
 */
final class CellStyle {
    private CellStyle() {}

    static void cells(String command, EstoutSpec s, OptionText o, boolean esttab, boolean plain, String bfmt) {
        stars(command, s, o, esttab, plain);
        boolean notes = esttab && !plain ? !o.has("nonotes") : o.has("notes");
        if (o.has("cells")) {
            s.cells = CellsSpec.parse(o.arg("cells", ""), esttab ? bfmt : "%9.0g");
            s.gaps = o.has("gaps") || (esttab && !plain && !o.has("nogaps") && s.cells.size() > 1);
            s.legend = o.has("legend");
            s.beta = s.cells.stream().flatMap(List::stream).anyMatch(e -> e.stat().equals("beta"));
            if (o.has("legend")) {
                s.notes.add(s.starLegend());
            }
            return;
        }
        if (!esttab) {
            s.cells = CellsSpec.parse("b", bfmt);
            s.gaps = o.has("gaps");
            if (o.has("legend") && s.anyStars()) {
                s.notes.add(s.starLegend());
            }
            return;
        }
        boolean starOn = !o.has("nostar") && (!plain || o.has("star"));
        boolean staraux = o.has("staraux");
        List<String> aux = new ArrayList<>();
        for (String a : List.of("z", "se", "p", "ci")) {
            if (o.has(a)) {
                aux.add(a);
            }
        }
        if (aux.size() > 1) {
            throw new SdlError(198, command + ": only one allowed of z, se, p, and ci");
        }
        boolean noT = o.has("not") && aux.isEmpty();
        String auxName = aux.isEmpty() ? "t" : aux.get(0);
        s.beta = o.has("beta");
        s.absT = o.has("abs");
        String first;
        String main = s.beta ? "beta" : "b";
        String mainFmt = s.beta ? EstoutOptions.fmtArg(o, "beta", plain ? bfmt : "3") : bfmt;
        first = main + "(fmt(" + mainFmt + ")" + (starOn && !staraux ? " star" : "") + ")";
        List<String> noteParts = new ArrayList<>();
        if (s.eform) {
            noteParts.add("Exponentiated coefficients");
        }
        if (s.beta) {
            noteParts.add("Standardized beta coefficients");
        }
        String cellsText = first;
        if (!noT) {
            String auxFmt = switch (auxName) {
                case "t", "z" -> EstoutOptions.fmtArg(o, auxName, plain ? bfmt : "2");
                case "p" -> EstoutOptions.fmtArg(o, "p", plain ? bfmt : "3");
                default -> EstoutOptions.fmtArg(o, auxName, bfmt);
            };
            boolean parens = plain ? o.has("parentheses") || o.has("brackets") : !o.has("noparentheses");
            boolean brackets = o.has("brackets") || auxName.equals("ci");
            String par = !parens ? "" : brackets ? " par([ ])" : " par";
            String stat = auxName.equals("z") ? "t" : auxName;
            String auxCell = stat + "(fmt(" + auxFmt + ")" + par + (starOn && staraux ? " star" : "") + ")";
            boolean wide = o.has("wide");
            cellsText = wide ? "\"" + first + " " + auxCell + "\"" : first + " " + auxCell;
            String what = switch (auxName) {
                case "t" -> (s.absT ? "Absolute " : "") + "t statistics";
                case "z" -> (s.absT ? "Absolute " : "") + "z statistics";
                case "se" -> "Standard errors";
                case "p" -> "p-values";
                default -> fmtLevel(s.level) + "% confidence intervals";
            };
            what += !parens ? (wide ? " in second column" : " in second row")
                : brackets ? " in brackets" : " in parentheses";
            noteParts.add(what);
        }
        s.cells = CellsSpec.parse(cellsText, bfmt);
        // esttab.ado: gaps unless plain, wide or a single row of cells (not)
        s.gaps = !plain && !o.has("wide") && !noT && !o.has("nogaps") || o.has("gaps");
        // ci in brackets shows "lo,hi"; the element carries its own brackets via par([ ])
        if (notes && !o.has("nolegend")) {
            if (!noteParts.isEmpty()) {
                s.notes.add(String.join("; ", noteParts));
            }
            if (starOn) {
                s.notes.add(s.starLegend());
            }
        }
    }

    private static void stars(String command, EstoutSpec s, OptionText o, boolean esttab, boolean plain) {
        String spec = o.arg("star");
        if (spec == null || spec.isBlank()) {
            spec = "* 0.05 ** 0.01 *** 0.001";
        }
        List<String> w = Words.tokens(spec);
        if (w.size() % 2 != 0) {
            throw new SdlError(198, command + ": star() needs pairs of symbols and levels");
        }
        double prev = 1;
        for (int i = 0; i < w.size(); i += 2) {
            double lv;
            try {
                lv = Double.parseDouble(w.get(i + 1));
            } catch (NumberFormatException e) {
                throw new SdlError(198, command + ": star(): " + w.get(i + 1) + " is not a level");
            }
            if (lv <= 0 || lv > 1 || lv > prev) {
                throw new SdlError(198, command + ": star() levels must lie in (0,1] and be in descending order");
            }
            prev = lv;
            s.starLevels.add(new EstoutSpec.StarLevel(w.get(i), lv, w.get(i + 1)));
        }
    }

    static String fmtLevel(double level) {
        return level == Math.rint(level) ? String.valueOf((long) level) : String.valueOf(level);
    }
}
