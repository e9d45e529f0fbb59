package org.sdl.interp.expr;

import org.sdl.data.Dataset;

/**
 * What an expression may refer to besides literals: variables, scalars, stored results,
 * matrices, c() values and the session's random-number stream. The session implements it.
 */
public interface ExprEnv {
    Dataset data();

    /** A named scalar's value, or null (then the name is not a scalar). */
    Object scalar(String name);

    /** e(name) / r(name) as Double or String; null when not set (missing / ""). */
    Object storedResult(char kind, String name);

    /** _b[name] or _se[name] from the active estimation results. */
    double coefficient(String kind, String name);

    /** Matrix element (1-based), or null when there is no such matrix. */
    Double matrixElement(String matrix, int row, int col);

    /** rowsof()/colsof(); -1 when no such matrix. */
    int matrixDim(String matrix, boolean rows);

    /** c(name) as Double or String. */
    Object cValue(String name);

    /** Uniform(0,1) draw from the session stream (set seed makes it reproducible). */
    double nextUniform();

    /** Standard normal draw from the session stream. */
    double nextGaussian();

    /**
     * The tsset/xtset declaration: {panel variable or null, time variable, delta}, or null when
     * the data are not declared time series (L., F., D. and S. operators then fail with r(111)).
     */
    default Object[] timeSeries() {
        return null;
    }
}
