package org.sdl.interp.expr;

import org.sdl.output.StataFormat;

/** The value of an expression evaluated once: a number or a string. */
public record Value(boolean isString, double number, String string) {
    public static Value of(double d) {
        return new Value(false, d, null);
    }

    public static Value of(String s) {
        return new Value(true, 0, s);
    }

    /** As a macro would hold it: numbers in display's default format (%10.0g, trimmed). */
    public String asText() {
        if (isString) {
            return string;
        }
        return StataFormat.displayDefault(number);
    }

    /** Full precision text for local x = exp (Stata keeps 17 digits where needed). */
    public String asMacroText() {
        if (isString) {
            return string;
        }
        return MacroNumber.format(number);
    }
}
