package org.sdl.interp.commands.output;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sdl.output.table.TableFormat;

/**
 * Everything esttab/estout options decide about a table, with the command's defaults already
 * applied (see {@link EstoutOptions}). Plain fields: one instance describes one table.
 */
final class EstoutSpec {
    /** A statistic in the footer: e() scalar (or N, or an estadd local), label, format. */
    record Stat(String name, String label, CellFormat fmt) {}

    /** A star symbol and the p-value below which it is given. */
    record StarLevel(String symbol, double level, String levelText) {}

    /** A row of Yes/No saying whether a model has coefficients matching patterns. */
    record Indicator(String label, List<String> patterns) {}

    /** A reference-category row inserted before a coefficient. */
    record RefCat(String before, String label) {}

    List<List<CellsSpec.Element>> cells = new ArrayList<>();
    List<StarLevel> starLevels = new ArrayList<>();
    List<Stat> stats = new ArrayList<>();
    List<String> statLayout = new ArrayList<>();
    List<String> keep = new ArrayList<>();
    List<String> drop = new ArrayList<>();
    List<String> order = new ArrayList<>();
    Map<String, String> rename = new LinkedHashMap<>();
    Map<String, String> coefLabels = new LinkedHashMap<>();
    List<Indicator> indicators = new ArrayList<>();
    List<String> indicateLabels = List.of("Yes", "No");
    List<RefCat> refcats = new ArrayList<>();
    String refcatLabel = "ref.";

    boolean label;
    String interaction = " # ";
    /** depvar, titles (estimates titles or names), names, list, none. */
    String mtitleMode = "depvar";
    List<String> mtitles = new ArrayList<>();
    boolean numbers = true;
    /** Column labels: null = none; empty list = the elements' own labels. */
    List<String> collabels;
    List<String> mgroups = new ArrayList<>();
    int[] mgroupPattern;
    String mgroupPrefix = "";
    String mgroupSuffix = "";

    String title = "";
    List<String> notes = new ArrayList<>();
    List<String> addnotes = new ArrayList<>();
    boolean legend;

    boolean noConstant;
    boolean noBaseLevels;
    boolean noOmitted;
    boolean eform;
    boolean beta;
    boolean absT;
    boolean unstack;
    boolean gaps;
    boolean lines;
    boolean eqLines;
    double level = 95;

    int varwidth = 12;
    int[] modelwidth = {12};
    String alignment = "";

    TableFormat format = TableFormat.TEXT;
    TableFormat.Options formatOptions = TableFormat.Options.DEFAULT;
    boolean replace;
    boolean append;
    boolean type;

    /** estout's matrix mode: the matrix to tabulate (name, or e(name)/r(name)). */
    String matrix;
    CellFormat matrixFmt;
    boolean transpose;

    List<String> collabelsOrEmpty() {
        return collabels == null ? List.of() : collabels;
    }

    boolean anyStars() {
        for (List<CellsSpec.Element> row : cells) {
            for (CellsSpec.Element e : row) {
                if (e.star() || e.stat().equals("_star")) {
                    return !starLevels.isEmpty();
                }
            }
        }
        return false;
    }

    int starWidth() {
        int w = 0;
        for (StarLevel s : starLevels) {
            w = Math.max(w, s.symbol().length());
        }
        return anyStars() ? w : 0;
    }

    /** Cells per model side by side (the widest cells() row). */
    int subColumns() {
        int k = 1;
        for (List<CellsSpec.Element> row : cells) {
            k = Math.max(k, row.size());
        }
        return k;
    }

    /** The star legend line, "* p<0.05, ** p<0.01, *** p<0.001". */
    String starLegend() {
        List<String> parts = new ArrayList<>();
        for (StarLevel s : starLevels) {
            parts.add(s.symbol() + " p<" + s.levelText());
        }
        return String.join(", ", parts);
    }
}
