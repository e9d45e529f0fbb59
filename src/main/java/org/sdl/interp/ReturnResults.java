package org.sdl.interp;

import java.util.LinkedHashMap;
import java.util.Map;

/** r()-class (or s()-class) results: scalars, macros and matrices, in posting order. */
public final class ReturnResults {
    private final Map<String, Double> scalars = new LinkedHashMap<>();
    private final Map<String, String> macros = new LinkedHashMap<>();
    private final Map<String, Matrix> matrices = new LinkedHashMap<>();

    public Map<String, Double> scalars() { return scalars; }
    public Map<String, String> macros() { return macros; }
    public Map<String, Matrix> matrices() { return matrices; }

    public ReturnResults scalar(String name, double v) {
        scalars.put(name, v);
        return this;
    }

    public ReturnResults macro(String name, String v) {
        macros.put(name, v);
        return this;
    }

    public ReturnResults matrix(String name, Matrix m) {
        matrices.put(name, m);
        return this;
    }

    public void clear() {
        scalars.clear();
        macros.clear();
        matrices.clear();
    }

    public boolean isEmpty() {
        return scalars.isEmpty() && macros.isEmpty() && matrices.isEmpty();
    }

    public ReturnResults copy() {
        ReturnResults r = new ReturnResults();
        r.scalars.putAll(scalars);
        r.macros.putAll(macros);
        r.matrices.putAll(matrices);
        return r;
    }
}
