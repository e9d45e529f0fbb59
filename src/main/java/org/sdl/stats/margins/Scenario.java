package org.sdl.stats.margins;

import java.util.Arrays;

/**
 * Where predictions are evaluated: each model variable either as observed, held at one value
 * (at(x=5), a factor variable at one level), or - for a factor variable under atmeans or
 * asbalanced - with each level's indicator replaced by a fraction (the level's mean, or 1/L).
 */
public final class Scenario {
    private final double[] value;
    private final double[][] fractionLevels;
    private final double[][] fractionValues;

    public Scenario(int nVars) {
        value = new double[nVars];
        Arrays.fill(value, Double.NaN);
        fractionLevels = new double[nVars][];
        fractionValues = new double[nVars][];
    }

    public Scenario copy() {
        Scenario s = new Scenario(value.length);
        System.arraycopy(value, 0, s.value, 0, value.length);
        System.arraycopy(fractionLevels, 0, s.fractionLevels, 0, value.length);
        System.arraycopy(fractionValues, 0, s.fractionValues, 0, value.length);
        return s;
    }

    public Scenario fix(int v, double x) {
        value[v] = x;
        fractionLevels[v] = null;
        fractionValues[v] = null;
        return this;
    }

    public Scenario fractions(int v, double[] levels, double[] fractions) {
        value[v] = Double.NaN;
        fractionLevels[v] = levels.clone();
        fractionValues[v] = fractions.clone();
        return this;
    }

    public Scenario observe(int v) {
        value[v] = Double.NaN;
        fractionLevels[v] = null;
        fractionValues[v] = null;
        return this;
    }

    public boolean isObserved(int v) {
        return Double.isNaN(value[v]) && fractionLevels[v] == null;
    }

    public boolean isFixed(int v) {
        return !Double.isNaN(value[v]);
    }

    public double value(int v) {
        return value[v];
    }

    /** Whether no variable is taken from the data (one evaluation point, as under atmeans). */
    public boolean isPoint() {
        for (int v = 0; v < value.length; v++) {
            if (isObserved(v)) {
                return false;
            }
        }
        return true;
    }

    /** The value an indicator of level takes here: 0/1 for a held level, the fraction under atmeans/asbalanced. */
    public double indicator(int v, double level) {
        return partValue(v, true, level);
    }

    /**
     * A part's value when it does not depend on the row: the held value, the indicator of the
     * held level, or the level's fraction; NaN when the part is read from the data.
     */
    double partValue(int v, boolean indicator, double level) {
        if (!Double.isNaN(value[v])) {
            return indicator ? (value[v] == level ? 1 : 0) : value[v];
        }
        if (fractionLevels[v] != null) {
            if (!indicator) {
                double m = 0; // a factor variable's own value under fractions: the level-weighted mean
                for (int i = 0; i < fractionLevels[v].length; i++) {
                    m += fractionLevels[v][i] * fractionValues[v][i];
                }
                return m;
            }
            for (int i = 0; i < fractionLevels[v].length; i++) {
                if (fractionLevels[v][i] == level) {
                    return fractionValues[v][i];
                }
            }
            return 0;
        }
        return Double.NaN;
    }
}
