package org.sdl.stats.margins;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.sdl.data.DataException;

/**
 * The regressors of a fitted model read back from e(b)'s column stripe ("age", "2.province",
 * "c.age#c.age", "1.male#c.educ", "0b.male#co.educ", "_cons", "/cut1"): each coefficient is a
 * product of parts, a part being a variable's value or the indicator of one of its levels.
 * Margins re-evaluates the design from this alone, with some variables held at chosen values,
 * and differentiates it with respect to a variable (the product rule over the parts).
 */
public final class CoefficientStripe {
    private final List<String> variables = new ArrayList<>();
    private final List<Boolean> factor = new ArrayList<>();
    private final Map<String, TreeSet<Double>> levels = new LinkedHashMap<>();
    private final Map<String, Double> base = new LinkedHashMap<>();
    private final boolean[] regressor;
    /** Flattened parts: coefficient j owns parts [start[j], start[j+1]). */
    final int[] start;
    final int[] partVar;
    final boolean[] partIndicator;
    final double[] partLevel;

    public CoefficientStripe(List<String> names) {
        int k = names.size();
        regressor = new boolean[k];
        start = new int[k + 1];
        List<int[]> vars = new ArrayList<>();
        List<Double> lev = new ArrayList<>();
        List<Boolean> ind = new ArrayList<>();
        for (int j = 0; j < k; j++) {
            start[j] = vars.size();
            String n = names.get(j);
            if (n.startsWith("/") || n.contains(":")) {
                continue; // cutpoints and other ancillary parameters are not regressors
            }
            regressor[j] = true;
            if (n.equals("_cons") || n.equals("o._cons")) {
                continue;
            }
            for (String p : n.split("#")) {
                int dot = p.indexOf('.');
                String op = dot < 0 ? "" : p.substring(0, dot);
                String var = dot < 0 ? p : p.substring(dot + 1);
                String levelText = op.replaceAll("[bo]+$", "");
                boolean isIndicator = !levelText.isEmpty() && levelText.chars().allMatch(Character::isDigit);
                if (!isIndicator && !op.isEmpty() && !op.matches("c|co|o")) {
                    throw new DataException(198, "margins: term " + n + " (operator " + op + ".) is not supported");
                }
                int v = variable(var);
                if (isIndicator) {
                    double l = Double.parseDouble(levelText);
                    factor.set(v, true);
                    levels.computeIfAbsent(var, x -> new TreeSet<>()).add(l);
                    if (op.endsWith("b") && !n.contains("#")) {
                        base.put(var, l);
                    }
                    lev.add(l);
                } else {
                    lev.add(0.0);
                }
                vars.add(new int[] {v});
                ind.add(isIndicator);
            }
        }
        start[k] = vars.size();
        partVar = new int[vars.size()];
        partIndicator = new boolean[vars.size()];
        partLevel = new double[vars.size()];
        for (int p = 0; p < partVar.length; p++) {
            partVar[p] = vars.get(p)[0];
            partIndicator[p] = ind.get(p);
            partLevel[p] = lev.get(p);
        }
    }

    private int variable(String name) {
        int v = variables.indexOf(name);
        if (v < 0) {
            variables.add(name);
            factor.add(false);
            return variables.size() - 1;
        }
        return v;
    }

    public int k() { return regressor.length; }
    public boolean isRegressor(int j) { return regressor[j]; }
    public List<String> variables() { return variables; }
    public int variableIndex(String name) { return variables.indexOf(name); }

    /** Whether the variable entered with i. (as indicators of its levels). */
    public boolean isFactor(int v) { return factor.get(v); }

    /** Levels of a factor variable seen in the stripe, ascending. */
    public double[] levels(int v) {
        TreeSet<Double> s = levels.get(variables.get(v));
        return s == null ? new double[0] : s.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The base level (marked b in the stripe), else the lowest level. */
    public double baseLevel(int v) {
        Double b = base.get(variables.get(v));
        double[] l = levels(v);
        return b != null ? b : l.length > 0 ? l[0] : Double.NaN;
    }

    /** Whether variable v enters coefficient j. */
    public boolean involves(int j, int v) {
        for (int p = start[j]; p < start[j + 1]; p++) {
            if (partVar[p] == v) {
                return true;
            }
        }
        return false;
    }

    /** Whether v enters the index only as its own plain column (no interaction, no power). */
    public int plainColumn(int v) {
        int col = -1;
        for (int j = 0; j < k(); j++) {
            if (!involves(j, v)) {
                continue;
            }
            if (start[j + 1] - start[j] != 1 || partIndicator[start[j]] || col >= 0) {
                return -1;
            }
            col = j;
        }
        return col;
    }
}
