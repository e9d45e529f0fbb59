package org.sdl.interp.expr;

import org.sdl.interp.SdlError;

/** What a function definition may ask of the compiler while building its node. */
final class FunctionCompiler {
    private final String name;
    private final int given;

    FunctionCompiler(String name, int given) {
        this.name = name;
        this.given = given;
    }

    void arity(int min, int max) {
        if (given < min || given > max) {
            String want = min == max ? String.valueOf(min) : min + "-" + max;
            throw new SdlError(given < min ? 102 : 103, (given < min ? "too few" : "too many")
                + " arguments to " + name + "() (takes " + want + ", got " + given + ")");
        }
    }

    Node constant(double v) {
        return new Nodes.NumConst(v);
    }

    String name() {
        return name;
    }
}
