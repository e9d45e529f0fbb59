package org.sdl.lang.ast;

import org.sdl.lang.SourceSpan;

/** Expression node: Binary. */
public record Binary(BinaryOp op, Expr left, Expr right, SourceSpan span) implements Expr {
    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitBinary(this);
    }
}
