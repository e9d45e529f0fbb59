/*
 * The uniform shape of a Stata command, and expressions.
 *
 *   command [arguments] [= exp] [if exp] [in range] [weight] [using file] [, options]
 *
 * Prefixes (by:, quietly, capture, ...) are peeled off before this parser runs, and commands that
 * take free text (display, local, label, ...) bind their own arguments; see CommandShape.
 */
parser grammar SdlParser;

options { tokenVocab = SdlLexer; }

/* Stata's parser also takes qualifiers after a second comma: reg y x, cluster(id), if s==1. */
command
    : NAME arguments? (EQ assigned=expr)? qualifier* (COMMA optionList (COMMA qualifier+)?)? EOF
    ;

/* Everything up to the first top-level =, if, in, [, using or comma. Parenthesised groups may
 * contain any of them: ivregress y (x = z), recode x (1 2 = 1). The binder splits words. */
arguments
    : argument+
    ;

argument
    : LPAREN balanced* RPAREN
    | ~(EQ | IF | IN | USING | LBRACK | COMMA | LPAREN | RPAREN | EOF)
    ;

balanced
    : LPAREN balanced* RPAREN
    | LBRACK balanced* RBRACK
    | ~(LPAREN | RPAREN | LBRACK | RBRACK)
    ;

qualifier
    : IF condition=expr                                   # ifQualifier
    | IN first=rangeEnd (DIV last=rangeEnd)?              # inQualifier
    | LBRACK kind=NAME (EQ weightExpr=expr)? RBRACK       # weightQualifier
    | USING fileName                                      # usingQualifier
    ;

rangeEnd
    : MINUS? NUMBER
    | NAME
    ;

fileName
    : STRING
    | CSTRING
    | ~(COMMA | IF | IN | LBRACK | EOF)+
    ;

optionList
    : option*
    ;

option
    : NAME (LPAREN balanced* RPAREN)?
    ;

/* Stata's order of evaluation, first to last: ! ^ unary- / * - + relational & | */
expr
    : primary                                             # primaryExpr
    | NOT expr                                            # notExpr
    | left=expr POW right=expr                            # powerExpr
    | MINUS expr                                          # negateExpr
    | PLUS expr                                           # plusExpr
    | left=expr DIV right=expr                            # divideExpr
    | left=expr MUL right=expr                            # multiplyExpr
    | left=expr MINUS right=expr                          # subtractExpr
    | left=expr PLUS right=expr                           # addExpr
    | left=expr op=(NE | GT | LT | LE | GE | EQEQ) right=expr # compareExpr
    | left=expr AND right=expr                            # andExpr
    | left=expr OR right=expr                             # orExpr
    ;

primary
    : NUMBER                                              # numberLiteral
    | MISSING                                             # missingLiteral
    | STRING                                              # stringLiteral
    | CSTRING                                             # compoundStringLiteral
    | NAME LPAREN (expr (COMMA expr)*)? RPAREN            # call
    | NAME LPAREN dateText RPAREN                         # dateLiteral
    | NAME LBRACK index=expr (COMMA column=expr)? RBRACK  # subscript
    | NAME LBRACK coefficient RBRACK                      # coefficientRef
    | NAME                                                # name
    | TSNAME                                              # timeSeriesName
    | LPAREN expr RPAREN                                  # parenthesized
    ;

/* The text of a date literal: td(8 May 2016), d(01jul2014), tm(2004m1), tq(2010q1). */
dateText
    : (NUMBER | NAME | MINUS | DIV | COLON)+
    ;

/* _b[2.province], _se[/cut1], _b[c.age#c.educ]: kept as text. */
coefficient
    : ~RBRACK+
    ;

/* display's argument list: strings, expressions, formats and directives in any order. */
displayItems
    : displayItem* EOF
    ;

displayItem
    : FORMAT expr                                          # formattedItem
    | expr                                                 # plainItem
    | COMMA                                                # commaItem
    ;

/* cmd exp [if] [in] [, options]: assert and other commands whose argument is an expression. */
expressionCommand
    : NAME assigned=expr qualifier* (COMMA optionList)? EOF
    ;

/* A lone expression (if conditions in the if command, while, assert, local x = ...). */
expression
    : expr EOF
    ;
