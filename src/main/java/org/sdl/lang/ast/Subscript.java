package org.sdl.lang.ast;

import org.sdl.lang.SourceSpan;

/** Expression node: Subscript. */
public record Subscript(String name, Expr index, Expr column, SourceSpan span) implements Expr {
    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitSubscript(this);
    }
}
