package org.sdl.lang.ast;

import org.sdl.lang.SourceSpan;

/** Expression node: Call. */
public record Call(String function, java.util.List<Expr> args, SourceSpan span) implements Expr {
    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitCall(this);
    }
}
