package org.sdl.lang;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.Interval;
import org.sdl.lang.antlr.SdlParser;
import org.sdl.lang.antlr.SdlParserBaseVisitor;
import org.sdl.lang.ast.Binary;
import org.sdl.lang.ast.BinaryOp;
import org.sdl.lang.ast.Call;
import org.sdl.lang.ast.CoefRef;
import org.sdl.lang.ast.CommandCall;
import org.sdl.lang.ast.Expr;
import org.sdl.lang.ast.MissingLit;
import org.sdl.lang.ast.NameRef;
import org.sdl.lang.ast.NumberLit;
import org.sdl.lang.ast.StringLit;
import org.sdl.lang.ast.Subscript;
import org.sdl.lang.ast.Unary;
import org.sdl.lang.ast.UnaryOp;

/**
 * Builds immutable AST nodes from parse trees. Every node gets the original-file position of its
 * first token through the command's {@link SourceLine} (the offset AST builder of Trino).
 */
public final class AstBuilder extends SdlParserBaseVisitor<Expr> {
    private final SourceLine line;

    AstBuilder(SourceLine line) {
        this.line = line;
    }

    /** A display item: an expression with an optional %format, or a bare comma. */
    public record DisplayItem(String format, Expr expr, String text) {}

    private SourceSpan span(ParserRuleContext ctx) {
        return line.spanAt(ctx.getStart().getStartIndex());
    }

    private String text(ParserRuleContext ctx) {
        if (ctx == null) {
            return null;
        }
        int a = ctx.getStart().getStartIndex();
        int b = ctx.getStop() == null ? a - 1 : ctx.getStop().getStopIndex();
        return b < a ? "" : ctx.getStart().getInputStream().getText(new Interval(a, b));
    }

    CommandCall expressionCommand(SdlParser.ExpressionCommandContext ctx) {
        return build(ctx.NAME().getText(), "", ctx.assigned, ctx.qualifier(), ctx.optionList());
    }

    CommandCall command(SdlParser.CommandContext ctx) {
        return build(ctx.NAME().getText(), text(ctx.arguments()), ctx.assigned, ctx.qualifier(),
            ctx.optionList());
    }

    private CommandCall build(String name, String args, SdlParser.ExprContext assignedCtx,
                              List<SdlParser.QualifierContext> qualifiers,
                              SdlParser.OptionListContext optionList) {
        Expr assigned = assignedCtx == null ? null : visit(assignedCtx);
        Expr ifExpr = null;
        String ifText = null;
        CommandCall.InRange in = null;
        CommandCall.Weight weight = null;
        String using = null;
        for (SdlParser.QualifierContext q : qualifiers) {
            if (q instanceof SdlParser.IfQualifierContext c) {
                duplicate(ifExpr != null, "if", q);
                ifExpr = visit(c.condition);
                ifText = text(c.condition);
            } else if (q instanceof SdlParser.InQualifierContext c) {
                duplicate(in != null, "in", q);
                in = new CommandCall.InRange(text(c.first), c.last == null ? null : text(c.last));
            } else if (q instanceof SdlParser.WeightQualifierContext c) {
                duplicate(weight != null, "weight", q);
                weight = new CommandCall.Weight(c.kind.getText(),
                    c.weightExpr == null ? null : visit(c.weightExpr), text(c.weightExpr));
            } else if (q instanceof SdlParser.UsingQualifierContext c) {
                duplicate(using != null, "using", q);
                using = unquote(text(c.fileName()).strip());
            }
        }
        List<CommandCall.OptionNode> options = new ArrayList<>();
        if (optionList != null) {
            for (SdlParser.OptionContext o : optionList.option()) {
                String arg = null;
                if (o.LPAREN() != null) {
                    int a = o.LPAREN().getSymbol().getStopIndex() + 1;
                    int b = o.RPAREN().getSymbol().getStartIndex() - 1;
                    arg = b < a ? "" : o.getStart().getInputStream().getText(new Interval(a, b));
                }
                options.add(new CommandCall.OptionNode(o.NAME().getText(), arg));
            }
        }
        return new CommandCall(name, args == null ? "" : args, assigned,
            text(assignedCtx), ifExpr, ifText, in, weight, using, List.copyOf(options), line);
    }

    private void duplicate(boolean seen, String what, ParserRuleContext q) {
        if (seen) {
            int off = q.getStart().getStartIndex();
            throw new SyntaxError("invalid syntax: " + what + " given twice", line.spanAt(off),
                line.text(), 198, off);
        }
    }

    List<DisplayItem> displayItems(SdlParser.DisplayItemsContext ctx) {
        List<DisplayItem> items = new ArrayList<>();
        for (SdlParser.DisplayItemContext item : ctx.displayItem()) {
            if (item instanceof SdlParser.FormattedItemContext f) {
                items.add(new DisplayItem(f.FORMAT().getText(), visit(f.expr()), text(f.expr())));
            } else if (item instanceof SdlParser.PlainItemContext p) {
                items.add(new DisplayItem(null, visit(p.expr()), text(p.expr())));
            } else {
                items.add(new DisplayItem(null, null, ","));
            }
        }
        return items;
    }

    public static String unquote(String s) {
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            return s.substring(1, s.length() - 1);
        }
        if (s.length() >= 4 && s.startsWith("`\"") && s.endsWith("\"'")) {
            return s.substring(2, s.length() - 2);
        }
        return s;
    }

    @Override
    public Expr visitPrimaryExpr(SdlParser.PrimaryExprContext ctx) {
        return visit(ctx.primary());
    }

    @Override
    public Expr visitNotExpr(SdlParser.NotExprContext ctx) {
        return new Unary(UnaryOp.NOT, visit(ctx.expr()), span(ctx));
    }

    @Override
    public Expr visitNegateExpr(SdlParser.NegateExprContext ctx) {
        return new Unary(UnaryOp.NEGATE, visit(ctx.expr()), span(ctx));
    }

    @Override
    public Expr visitPlusExpr(SdlParser.PlusExprContext ctx) {
        return new Unary(UnaryOp.PLUS, visit(ctx.expr()), span(ctx));
    }

    @Override
    public Expr visitPowerExpr(SdlParser.PowerExprContext ctx) {
        return binary(BinaryOp.POW, ctx.left, ctx.right, ctx);
    }

    @Override
    public Expr visitDivideExpr(SdlParser.DivideExprContext ctx) {
        return binary(BinaryOp.DIV, ctx.left, ctx.right, ctx);
    }

    @Override
    public Expr visitMultiplyExpr(SdlParser.MultiplyExprContext ctx) {
        return binary(BinaryOp.MUL, ctx.left, ctx.right, ctx);
    }

    @Override
    public Expr visitSubtractExpr(SdlParser.SubtractExprContext ctx) {
        return binary(BinaryOp.SUB, ctx.left, ctx.right, ctx);
    }

    @Override
    public Expr visitAddExpr(SdlParser.AddExprContext ctx) {
        return binary(BinaryOp.ADD, ctx.left, ctx.right, ctx);
    }

    @Override
    public Expr visitAndExpr(SdlParser.AndExprContext ctx) {
        return binary(BinaryOp.AND, ctx.left, ctx.right, ctx);
    }

    @Override
    public Expr visitOrExpr(SdlParser.OrExprContext ctx) {
        return binary(BinaryOp.OR, ctx.left, ctx.right, ctx);
    }

    @Override
    public Expr visitCompareExpr(SdlParser.CompareExprContext ctx) {
        return binary(compareOp(ctx.op), ctx.left, ctx.right, ctx);
    }

    private static BinaryOp compareOp(Token op) {
        switch (op.getType()) {
            case org.sdl.lang.antlr.SdlLexer.NE: return BinaryOp.NE;
            case org.sdl.lang.antlr.SdlLexer.GT: return BinaryOp.GT;
            case org.sdl.lang.antlr.SdlLexer.LT: return BinaryOp.LT;
            case org.sdl.lang.antlr.SdlLexer.LE: return BinaryOp.LE;
            case org.sdl.lang.antlr.SdlLexer.GE: return BinaryOp.GE;
            default: return BinaryOp.EQ;
        }
    }

    private Expr binary(BinaryOp op, SdlParser.ExprContext l, SdlParser.ExprContext r,
                        ParserRuleContext ctx) {
        return new Binary(op, visit(l), visit(r), span(ctx));
    }

    @Override
    public Expr visitNumberLiteral(SdlParser.NumberLiteralContext ctx) {
        return new NumberLit(Double.parseDouble(ctx.getText()), span(ctx));
    }

    @Override
    public Expr visitMissingLiteral(SdlParser.MissingLiteralContext ctx) {
        String t = ctx.getText();
        return new MissingLit(t.length() == 1 ? 0 : t.charAt(1), span(ctx));
    }

    @Override
    public Expr visitStringLiteral(SdlParser.StringLiteralContext ctx) {
        String t = ctx.getText();
        return new StringLit(t.substring(1, t.length() - 1), span(ctx));
    }

    @Override
    public Expr visitCompoundStringLiteral(SdlParser.CompoundStringLiteralContext ctx) {
        String t = ctx.getText();
        return new StringLit(t.substring(2, t.length() - 2), span(ctx));
    }

    @Override
    public Expr visitCall(SdlParser.CallContext ctx) {
        List<Expr> args = new ArrayList<>();
        for (SdlParser.ExprContext e : ctx.expr()) {
            args.add(visit(e));
        }
        String name = ctx.NAME().getText();
        if (name.matches("t?y") && args.size() == 1 && args.get(0) instanceof NumberLit) {
            return args.get(0);   // ty(2010): a year literal is the year (a date literal, not a call)
        }
        return new Call(name, List.copyOf(args), span(ctx));
    }

    /** td(8may2016), tm(2004m1), ...: the number the literal stands for. */
    @Override
    public Expr visitDateLiteral(SdlParser.DateLiteralContext ctx) {
        String name = ctx.NAME().getText();
        Double v = DateLiterals.value(name, text(ctx.dateText()));
        if (v == null) {
            int offset = ctx.getStart().getStartIndex();
            throw new SyntaxError(DateLiterals.isDateFunction(name)
                ? "invalid date literal " + text(ctx).strip() : "invalid syntax near '" + name + "('",
                line.spanAt(offset), line.text(), 198, offset);
        }
        return new NumberLit(v, span(ctx));
    }

    @Override
    public Expr visitSubscript(SdlParser.SubscriptContext ctx) {
        String name = ctx.NAME().getText();
        if (name.equals("_b") || name.equals("_se") || name.equals("_coef")) {
            return new CoefRef(name.equals("_se") ? "_se" : "_b", text(ctx.index).strip(), span(ctx));
        }
        return new Subscript(name, visit(ctx.index), ctx.column == null ? null : visit(ctx.column),
            span(ctx));
    }

    @Override
    public Expr visitCoefficientRef(SdlParser.CoefficientRefContext ctx) {
        String name = ctx.NAME().getText();
        return new CoefRef(name.equals("_se") ? "_se" : "_b", text(ctx.coefficient()).strip(),
            span(ctx));
    }

    @Override
    public Expr visitName(SdlParser.NameContext ctx) {
        return new NameRef(ctx.NAME().getText(), span(ctx));
    }

    /** L.x and the like stay one name; the expression compiler resolves the operator. */
    @Override
    public Expr visitTimeSeriesName(SdlParser.TimeSeriesNameContext ctx) {
        return new NameRef(ctx.TSNAME().getText(), span(ctx));
    }

    @Override
    public Expr visitParenthesized(SdlParser.ParenthesizedContext ctx) {
        return visit(ctx.expr());
    }
}
