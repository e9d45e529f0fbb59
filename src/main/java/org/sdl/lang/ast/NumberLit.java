package org.sdl.lang.ast;

import org.sdl.lang.SourceSpan;

/** Expression node: NumberLit. */
public record NumberLit(double value, SourceSpan span) implements Expr {
    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitNumber(this);
    }
}
