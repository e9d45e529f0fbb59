package org.sdl.interp.commands;

import org.sdl.interp.Matrix;
import org.sdl.interp.Output;
import org.sdl.output.Names;
import org.sdl.output.StataFormat;

/**
 * matrix list as Stata lays it out ([P] matrix utility): a blank line, "name[r,c]" (with
 * "symmetric " before it and only the lower triangle for a symmetric matrix), then the column
 * names over the numbers in %10.0g; each column as wide as its widest entry or name, two spaces
 * apart, after the row names right-aligned ("    c1  c2" over "r1   1   2").
 */
final class MatrixListing {
    private static final StataFormat FORMAT = StataFormat.parse("%10.0g");

    private MatrixListing() {}

    static void print(Output out, String name, Matrix m) {
        int r = m.rows();
        int c = m.cols();
        boolean symmetric = r == c && r > 1 && m.rowNames().equals(m.colNames()) && isSymmetric(m);
        String[][] cells = new String[r][c];
        int[] width = new int[c];
        for (int j = 0; j < c; j++) {
            width[j] = Names.abbreviate(m.colNames().get(j), 12).length();
        }
        int stub = 0;
        for (int i = 0; i < r; i++) {
            stub = Math.max(stub, Names.abbreviate(m.rowNames().get(i), 12).length());
            for (int j = 0; j < c; j++) {
                if (symmetric && j > i) {
                    cells[i][j] = "";
                    continue;
                }
                cells[i][j] = FORMAT.format(m.get(i, j)).strip();
                width[j] = Math.max(width[j], cells[i][j].length());
            }
        }
        out.println();
        out.println((symmetric ? "symmetric " : "") + name + "[" + r + "," + c + "]");
        StringBuilder head = new StringBuilder(" ".repeat(stub));
        for (int j = 0; j < c; j++) {
            head.append("  ").append(pad(Names.abbreviate(m.colNames().get(j), 12), width[j]));
        }
        out.println(head.toString());
        for (int i = 0; i < r; i++) {
            StringBuilder row = new StringBuilder(pad(Names.abbreviate(m.rowNames().get(i), 12), stub));
            for (int j = 0; j < c && !(symmetric && j > i); j++) {
                row.append("  ").append(pad(cells[i][j], width[j]));
            }
            out.println(row.toString());
        }
    }

    private static boolean isSymmetric(Matrix m) {
        for (int i = 0; i < m.rows(); i++) {
            for (int j = 0; j < i; j++) {
                if (Double.compare(m.get(i, j), m.get(j, i)) != 0) {
                    return false;
                }
            }
        }
        return true;
    }

    private static String pad(String s, int w) {
        return s.length() >= w ? s : " ".repeat(w - s.length()) + s;
    }
}
