package dev.heaplab.core.syntax;

import dev.heaplab.core.diag.Diagnostic;
import dev.heaplab.core.diag.Diagnostics;
import dev.heaplab.core.source.SourceFile;
import dev.heaplab.core.source.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Operator expressions by precedence climbing, lowest first: assignment (right-assoc), ranges
 * (non-assoc), `||`, `&&`, comparisons (non-assoc), `|`, `^`, `&`, shifts, `+ -`, `* / %`, `as`,
 * unary `- ! * & &mut`, then postfix `?`, `.field`, `.0`, `.method()`, calls and indexing.
 * {@code noStruct} forbids struct literals in `if`/`while`/`match`/`for` heads.
 */
abstract class ExprParser extends PatternParser {
    static final int PREC_OR = 1, PREC_AND = 2, PREC_CMP = 3, PREC_BITOR = 4, PREC_XOR = 5, PREC_BITAND = 6,
            PREC_SHIFT = 7, PREC_ADD = 8, PREC_MUL = 9, PREC_CAST = 10;

    boolean noStruct;
    boolean letAllowed;

    ExprParser(SourceFile file, Diagnostics diags, List<Token> toks, int firstNodeId) {
        super(file, diags, toks, firstNodeId);
    }

    @Override
    Expr parseExpr() {
        boolean savedNoStruct = noStruct, savedLet = letAllowed;
        noStruct = false;
        letAllowed = false;
        try {
            return parseAssign();
        } finally {
            noStruct = savedNoStruct;
            letAllowed = savedLet;
        }
    }

    /** An expression in a condition or scrutinee: no struct literals; `let` allowed when {@code cond}. */
    Expr parseHeadExpr(boolean cond) {
        boolean savedNoStruct = noStruct, savedLet = letAllowed;
        noStruct = true;
        letAllowed = cond;
        try {
            return parseAssign();
        } finally {
            noStruct = savedNoStruct;
            letAllowed = savedLet;
        }
    }

    Expr parseAssign() {
        enter();
        try {
            Span lo = tok().span();
            Expr lhs = parseRange();
            return continueAssign(lo, lhs);
        } finally {
            exit();
        }
    }

    /** Assignment operators after an already parsed left-hand side. */
    Expr continueAssign(Span lo, Expr lhs) {
        Token t = tok();
        if (t.is(TokenKind.EQ)) {
            bump();
            Expr rhs = parseAssign();
            return new Expr.Assign(id(), from(lo), lhs, rhs);
        }
        Expr.BinOp op = compoundOp(t.kind());
        if (op != null) {
            bump();
            Expr rhs = parseAssign();
            return new Expr.CompoundAssign(id(), from(lo), op, lhs, rhs);
        }
        return lhs;
    }

    private static Expr.BinOp compoundOp(TokenKind k) {
        return switch (k) {
            case PLUSEQ -> Expr.BinOp.ADD;
            case MINUSEQ -> Expr.BinOp.SUB;
            case STAREQ -> Expr.BinOp.MUL;
            case SLASHEQ -> Expr.BinOp.DIV;
            case PERCENTEQ -> Expr.BinOp.REM;
            case CARETEQ -> Expr.BinOp.BIT_XOR;
            case ANDEQ -> Expr.BinOp.BIT_AND;
            case OREQ -> Expr.BinOp.BIT_OR;
            case SHLEQ -> Expr.BinOp.SHL;
            case SHREQ -> Expr.BinOp.SHR;
            default -> null;
        };
    }

    private Expr parseRange() {
        Span lo = tok().span();
        if (tok().is(TokenKind.DOTDOT) || tok().is(TokenKind.DOTDOTEQ)) {
            boolean inclusive = bump().is(TokenKind.DOTDOTEQ);
            Expr end = startsExpr() ? parseBinary(PREC_OR) : null;
            return new Expr.Range(id(), from(lo), null, end, inclusive);
        }
        Expr lhs = parseBinary(PREC_OR);
        return continueRange(lo, lhs);
    }

    Expr continueRange(Span lo, Expr lhs) {
        if (tok().is(TokenKind.DOTDOT) || tok().is(TokenKind.DOTDOTEQ)) {
            boolean inclusive = bump().is(TokenKind.DOTDOTEQ);
            Expr end = startsExpr() ? parseBinary(PREC_OR) : null;
            return new Expr.Range(id(), from(lo), lhs, end, inclusive);
        }
        return lhs;
    }

    /** Whether the current token can begin an expression (used for optional operands). */
    boolean startsExpr() {
        Token t = tok();
        return switch (t.kind()) {
            case IDENT -> !t.isKeyword() || t.isWord("self") || t.isWord("Self") || t.isWord("crate")
                    || t.isWord("super") || t.isWord("true") || t.isWord("false") || t.isWord("if")
                    || t.isWord("match") || t.isWord("loop") || t.isWord("while") || t.isWord("for")
                    || t.isWord("return") || t.isWord("break") || t.isWord("continue") || t.isWord("move")
                    || t.isWord("unsafe") || t.isWord("let");
            case INT, FLOAT, CHAR, STR, BYTE, BYTE_STR, LIFETIME, OPEN_PAREN, OPEN_BRACKET, MINUS, NOT, STAR,
                 AND, ANDAND, OR, OROR, DOTDOT, DOTDOTEQ, PATHSEP, LT -> true;
            case OPEN_BRACE -> !noStruct;
            default -> false;
        };
    }

    Expr parseBinary(int minPrec) {
        Span lo = tok().span();
        Expr lhs = parseUnary();
        return continueBinary(lo, lhs, minPrec);
    }

    /** Binary operators and casts after an already parsed operand. */
    Expr continueBinary(Span lo, Expr lhs, int minPrec) {
        Expr.BinOp lastCmp = null;
        while (true) {
            Token t = tok();
            if (t.isWord("as")) {
                if (PREC_CAST < minPrec) return lhs;
                bump();
                TypeExpr ty = parseCastType();
                lhs = new Expr.Cast(id(), from(lo), lhs, ty);
                continue;
            }
            Expr.BinOp op = binOp(t.kind());
            if (op == null) {
                expecting("an operator");
                return lhs;
            }
            int prec = precedence(op);
            if (prec < minPrec) return lhs;
            if (op.isComparison() && lastCmp != null) {
                throw fail(Diagnostic.error(null, "comparison operators cannot be chained")
                        .primary(prevSpan(), "").primary(t.span(), "").build());
            }
            bump();
            Expr rhs = parseBinary(prec + 1);
            lhs = new Expr.Binary(id(), from(lo), op, lhs, rhs);
            lastCmp = op.isComparison() ? op : null;
        }
    }

    /** The type after `as`: a path without `+` bounds, or any other type form. */
    private TypeExpr parseCastType() { return parseType(); }

    static Expr.BinOp binOp(TokenKind k) {
        return switch (k) {
            case PLUS -> Expr.BinOp.ADD;
            case MINUS -> Expr.BinOp.SUB;
            case STAR -> Expr.BinOp.MUL;
            case SLASH -> Expr.BinOp.DIV;
            case PERCENT -> Expr.BinOp.REM;
            case ANDAND -> Expr.BinOp.AND;
            case OROR -> Expr.BinOp.OR;
            case AND -> Expr.BinOp.BIT_AND;
            case OR -> Expr.BinOp.BIT_OR;
            case CARET -> Expr.BinOp.BIT_XOR;
            case SHL -> Expr.BinOp.SHL;
            case SHR -> Expr.BinOp.SHR;
            case EQEQ -> Expr.BinOp.EQ;
            case NE -> Expr.BinOp.NE;
            case LT -> Expr.BinOp.LT;
            case LE -> Expr.BinOp.LE;
            case GT -> Expr.BinOp.GT;
            case GE -> Expr.BinOp.GE;
            default -> null;
        };
    }

    static int precedence(Expr.BinOp op) {
        return switch (op) {
            case OR -> PREC_OR;
            case AND -> PREC_AND;
            case EQ, NE, LT, LE, GT, GE -> PREC_CMP;
            case BIT_OR -> PREC_BITOR;
            case BIT_XOR -> PREC_XOR;
            case BIT_AND -> PREC_BITAND;
            case SHL, SHR -> PREC_SHIFT;
            case ADD, SUB -> PREC_ADD;
            case MUL, DIV, REM -> PREC_MUL;
        };
    }

    Expr parseUnary() {
        enter();
        try {
            Token t = tok();
            Span lo = t.span();
            Expr.UnOp op = eat(TokenKind.MINUS) ? Expr.UnOp.NEG : eat(TokenKind.NOT) ? Expr.UnOp.NOT
                    : eat(TokenKind.STAR) ? Expr.UnOp.DEREF : null;
            if (op != null) {
                NodeId id = id();
                Expr operand = parseUnary();
                return new Expr.Unary(id, from(lo), op, operand); // the span covers the operand too: `*r`, `-x`
            }
            if (checkSplit(TokenKind.AND)) {
                eatSplit(TokenKind.AND);
                if (tok().isWord("raw") && (peek(1).isWord("const") || peek(1).isWord("mut"))) {
                    throw fail(Diagnostic.unsupported(from(lo), "raw borrows `&raw`"));
                }
                boolean mut = eatWord("mut");
                Expr operand = parseUnary();
                return new Expr.AddrOf(id(), from(lo), mut, operand);
            }
            Expr e = parsePrimary();
            return parsePostfix(lo, e);
        } finally {
            exit();
        }
    }

    /** `?`, field access, tuple index, method calls, calls and indexing. */
    Expr parsePostfix(Span lo, Expr e) {
        while (true) {
            if (eat(TokenKind.QUESTION)) {
                e = new Expr.Try(id(), from(lo), e);
            } else if (eat(TokenKind.DOT)) {
                e = parseDotSuffix(lo, e);
            } else if (tok().is(TokenKind.OPEN_PAREN)) {
                bump();
                List<Expr> args = parseCommaList(TokenKind.CLOSE_PAREN);
                e = new Expr.Call(id(), from(lo), e, args);
            } else if (tok().is(TokenKind.OPEN_BRACKET)) {
                bump();
                Expr index = parseExpr();
                expect(TokenKind.CLOSE_BRACKET);
                e = new Expr.Index(id(), from(lo), e, index);
            } else {
                return e;
            }
        }
    }

    private Expr parseDotSuffix(Span lo, Expr base) {
        Token t = tok();
        if (t.is(TokenKind.INT)) {
            bump();
            if (!((Expr.LitValue.Int) t.value()).suffix().isEmpty()) {
                throw fail(Diagnostic.error(null, "suffixes on a tuple index are invalid")
                        .primary(t.span(), "invalid suffix").build());
            }
            return new Expr.Field(id(), from(lo), base, new Ident(t.text(), t.span()));
        }
        if (t.isWord("await")) throw fail(Diagnostic.unsupported(t.span(), "async/await"));
        Ident name = expectIdent();
        List<Path.GenericArg> generics = List.of();
        if (tok().is(TokenKind.PATHSEP)) {
            bump();
            if (!tok().is(TokenKind.LT) && !tok().is(TokenKind.SHL)) throw unexpected();
            generics = parseGenericArgs();
            if (!check(TokenKind.OPEN_PAREN)) throw unexpected();
        }
        if (eat(TokenKind.OPEN_PAREN)) {
            List<Expr> args = parseCommaList(TokenKind.CLOSE_PAREN);
            return new Expr.MethodCall(id(), from(lo), base, new Path.PathSegment(name, generics), args);
        }
        return new Expr.Field(id(), from(lo), base, name);
    }

    /** Comma-separated expressions up to and including {@code close}; trailing comma allowed. */
    List<Expr> parseCommaList(TokenKind close) {
        List<Expr> out = new ArrayList<>();
        while (!check(close)) {
            out.add(parseExpr());
            if (!eat(TokenKind.COMMA)) {
                if (!check(close)) throw unexpected();
                break;
            }
        }
        expect(close);
        return out;
    }

    static boolean isBlockLike(Expr e) {
        return e instanceof Expr.BlockExpr || e instanceof Expr.If || e instanceof Expr.Match
                || e instanceof Expr.Loop || e instanceof Expr.While || e instanceof Expr.For;
    }

    abstract Expr parsePrimary();

    @Override
    Expr parseConstArg() {
        if (tok().is(TokenKind.OPEN_BRACE)) return parsePrimary();
        return parseSignedLiteral();
    }
}
