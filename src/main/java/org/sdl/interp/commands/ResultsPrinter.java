package org.sdl.interp.commands;

import java.util.Map;
import org.sdl.interp.Matrix;
import org.sdl.interp.Output;
import org.sdl.interp.ReturnResults;
import org.sdl.interp.expr.MacroNumber;
import org.sdl.output.Names;
import org.sdl.output.StataFormat;
import org.sdl.stats.EstimationResult;

/** return list / ereturn list / sreturn list in Stata's layout. */
final class ResultsPrinter {
    private ResultsPrinter() {}

    static void print(Output out, char kind, ReturnResults r) {
        if (!r.scalars().isEmpty()) {
            out.println();
            out.println("scalars:");
            for (Map.Entry<String, Double> e : r.scalars().entrySet()) {
                out.println(String.format("%22s =  %s", kind + "(" + e.getKey() + ")", MacroNumber.format(e.getValue())));
            }
        }
        if (!r.macros().isEmpty()) {
            out.println();
            out.println("macros:");
            for (Map.Entry<String, String> e : r.macros().entrySet()) {
                out.println(String.format("%22s : \"%s\"", kind + "(" + e.getKey() + ")", e.getValue()));
            }
        }
        if (!r.matrices().isEmpty()) {
            out.println();
            out.println("matrices:");
            for (Map.Entry<String, Matrix> e : r.matrices().entrySet()) {
                Matrix m = e.getValue();
                out.println(String.format("%22s :  %d x %d", kind + "(" + e.getKey() + ")", m.rows(), m.cols()));
            }
        }
    }

    static void print(Output out, EstimationResult e) {
        if (e == null) {
            return;
        }
        out.println();
        out.println("scalars:");
        out.println(String.format("%22s =  %s", "e(N)", MacroNumber.format(e.n())));
        for (Map.Entry<String, Double> s : e.scalars().entrySet()) {
            out.println(String.format("%22s =  %s", "e(" + s.getKey() + ")", MacroNumber.format(s.getValue())));
        }
        out.println();
        out.println("macros:");
        out.println(String.format("%22s : \"%s\"", "e(cmd)", e.cmd()));
        if (!e.depvar().isEmpty()) {
            out.println(String.format("%22s : \"%s\"", "e(depvar)", e.depvar()));
        }
        for (Map.Entry<String, String> s : e.macros().entrySet()) {
            out.println(String.format("%22s : \"%s\"", "e(" + s.getKey() + ")", s.getValue()));
        }
        if (e.k() > 0) {
            out.println();
            out.println("matrices:");
            out.println(String.format("%22s :  1 x %d", "e(b)", e.k()));
            out.println(String.format("%22s :  %d x %d", "e(V)", e.k(), e.k()));
        }
        if (e.sample() != null) {
            out.println();
            out.println("functions:");
            out.println(String.format("%22s", "e(sample)"));
        }
    }

    static void printMatrix(Output out, String name, Matrix m) {
        StataFormat f = StataFormat.parse("%10.0g");
        out.println();
        out.println(name + "[" + m.rows() + "," + m.cols() + "]");
        StringBuilder head = new StringBuilder(String.format("%12s", ""));
        for (String c : m.colNames()) {
            head.append(String.format("%11s", Names.abbreviate(c, 10)));
        }
        out.println(head.toString());
        for (int i = 0; i < m.rows(); i++) {
            StringBuilder row = new StringBuilder(String.format("%12s", Names.abbreviate(m.rowNames().get(i), 11)));
            for (int j = 0; j < m.cols(); j++) {
                row.append(' ').append(f.format(m.get(i, j)));
            }
            out.println(row.toString());
        }
    }
}
