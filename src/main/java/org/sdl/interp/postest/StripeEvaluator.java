package org.sdl.interp.postest;

import java.util.ArrayList;
import java.util.List;
import org.sdl.data.Dataset;
import org.sdl.data.Missing;
import org.sdl.data.NumericColumn;
import org.sdl.interp.SdlError;

/**
 * Recomputes regressor values from coefficient names alone ("age", "2.province",
 * "c.age#c.educ", "1.male#c.educ", "_cons"), so predictions and margins need nothing of the
 * design but e(b)'s column stripe. Cutpoints ("/cut1") are not regressors.
 */
public final class StripeEvaluator {
    /** One factor of a product: a variable, or an indicator (variable == level). */
    private record Part(NumericColumn col, boolean indicator, double level) {}

    private final List<List<Part>> columns = new ArrayList<>();
    private final boolean[] regressor;

    public StripeEvaluator(Dataset data, List<String> names) {
        regressor = new boolean[names.size()];
        for (int j = 0; j < names.size(); j++) {
            String n = names.get(j);
            List<Part> parts = new ArrayList<>();
            if (n.startsWith("/")) {
                columns.add(parts);
                continue;
            }
            regressor[j] = true;
            if (!n.equals("_cons")) {
                for (String p : n.split("#")) {
                    parts.add(part(data, p));
                }
            }
            columns.add(parts);
        }
    }

    private static Part part(Dataset data, String p) {
        if (data.numeric(p) != null) {
            return new Part(data.numeric(p), false, 0); // a column under the whole name: L.x
        }
        int dot = p.indexOf('.');
        String op = dot < 0 ? "" : p.substring(0, dot);
        String var = dot < 0 ? p : p.substring(dot + 1);
        NumericColumn c = data.numeric(var);
        if (c == null) {
            throw new SdlError(111, "variable " + var + " not found (needed to evaluate " + p + ")");
        }
        String lev = op.replaceAll("[bo]+$", "");
        if (!lev.isEmpty() && lev.chars().allMatch(Character::isDigit)) {
            return new Part(c, true, Double.parseDouble(lev));
        }
        return new Part(c, false, 0);
    }

    public boolean isRegressor(int j) {
        return regressor[j];
    }

    /** Column j's value at a row; missing when any variable involved is missing. */
    public double value(int j, int row) {
        double v = 1;
        for (Part p : columns.get(j)) {
            double x = p.col().get(row);
            if (Missing.isMissing(x)) {
                return Missing.DOT;
            }
            v *= p.indicator() ? (x == p.level() ? 1 : 0) : x;
        }
        return v;
    }
}
