package org.sdl.interp.commands;

import org.sdl.interp.Matrix;
import org.sdl.interp.Output;

/** Lets other command packages print matrices the way matrix list does. */
public final class ResultsPrinterAccess {
    private ResultsPrinterAccess() {}

    public static void matrix(Output out, String title, Matrix m) {
        ResultsPrinter.printMatrix(out, title, m);
    }
}
