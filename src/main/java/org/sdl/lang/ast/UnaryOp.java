package org.sdl.lang.ast;

public enum UnaryOp {
    NOT("!"), NEGATE("-"), PLUS("+");

    private final String symbol;

    UnaryOp(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }
}
