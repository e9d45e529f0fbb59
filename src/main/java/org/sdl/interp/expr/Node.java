package org.sdl.interp.expr;

/**
 * A compiled expression, evaluated one observation at a time without boxing: numeric nodes
 * answer {@link #num}, string nodes {@link #str}. Rows are dataset row indices; the by-group
 * for _n/_N and subscripts comes from the {@link EvalContext} the node was compiled with.
 */
public abstract class Node {
    public abstract boolean isString();

    public double num(int row) {
        throw new IllegalStateException("string node evaluated as number");
    }

    public String str(int row) {
        throw new IllegalStateException("numeric node evaluated as string");
    }

    /** True when the value does not depend on the row (folded at compile time). */
    public boolean isConstant() {
        return false;
    }
}
