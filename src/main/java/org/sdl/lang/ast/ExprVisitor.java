package org.sdl.lang.ast;

/** Visitor over expressions (compiler, printer). */
public interface ExprVisitor<R> {
    R visitNumber(NumberLit e);
    R visitMissing(MissingLit e);
    R visitString(StringLit e);
    R visitName(NameRef e);
    R visitCall(Call e);
    R visitSubscript(Subscript e);
    R visitCoefRef(CoefRef e);
    R visitUnary(Unary e);
    R visitBinary(Binary e);
}
