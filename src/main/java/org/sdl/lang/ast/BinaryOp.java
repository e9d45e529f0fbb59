package org.sdl.lang.ast;

public enum BinaryOp {
    POW("^"), DIV("/"), MUL("*"), SUB("-"), ADD("+"),
    NE("!="), GT(">"), LT("<"), LE("<="), GE(">="), EQ("=="),
    AND("&"), OR("|");

    private final String symbol;

    BinaryOp(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    public boolean isRelational() {
        return this == NE || this == GT || this == LT || this == LE || this == GE || this == EQ;
    }
}
