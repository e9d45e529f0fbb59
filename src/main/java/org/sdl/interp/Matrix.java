package org.sdl.interp;

import java.util.ArrayList;
import java.util.List;

/** A named matrix with row and column names (matrix define, e(b), e(V), r(table)). */
public record Matrix(double[][] values, List<String> rowNames, List<String> colNames) {

    public static Matrix of(double[][] v) {
        List<String> r = new ArrayList<>();
        List<String> c = new ArrayList<>();
        for (int i = 0; i < v.length; i++) {
            r.add("r" + (i + 1));
        }
        int cols = v.length == 0 ? 0 : v[0].length;
        for (int j = 0; j < cols; j++) {
            c.add("c" + (j + 1));
        }
        return new Matrix(v, r, c);
    }

    public int rows() {
        return values.length;
    }

    public int cols() {
        return values.length == 0 ? 0 : values[0].length;
    }

    public double get(int i, int j) {
        return values[i][j];
    }
}
