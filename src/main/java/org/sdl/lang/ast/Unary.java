package org.sdl.lang.ast;

import org.sdl.lang.SourceSpan;

/** Expression node: Unary. */
public record Unary(UnaryOp op, Expr operand, SourceSpan span) implements Expr {
    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitUnary(this);
    }
}
