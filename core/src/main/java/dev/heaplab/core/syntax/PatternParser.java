package dev.heaplab.core.syntax;

import dev.heaplab.core.diag.Diagnostic;
import dev.heaplab.core.diag.Diagnostics;
import dev.heaplab.core.source.SourceFile;
import dev.heaplab.core.source.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Patterns. A lone identifier is a {@link Pattern.Binding} (resolution decides whether it names a
 * unit variant or constant); literals may be negated; range bounds are literals or paths.
 */
abstract class PatternParser extends TypeParser {
    PatternParser(SourceFile file, Diagnostics diags, List<Token> toks, int firstNodeId) {
        super(file, diags, toks, firstNodeId);
    }

    /** A pattern with top-level alternatives `a | b` (a leading `|` is allowed). */
    Pattern parsePattern() {
        Span lo = tok().span();
        eat(TokenKind.OR);
        Pattern first = parsePatternNoAlt();
        if (!tok().is(TokenKind.OR)) return first;
        List<Pattern> alts = new ArrayList<>();
        alts.add(first);
        while (eat(TokenKind.OR)) alts.add(parsePatternNoAlt());
        return new Pattern.Or(id(), from(lo), alts);
    }

    Pattern parsePatternNoAlt() {
        enter();
        try {
            return parsePatternInner();
        } finally {
            exit();
        }
    }

    private Pattern parsePatternInner() {
        Token t = tok();
        Span lo = t.span();
        if (t.isWord("_")) {
            bump();
            return new Pattern.Wildcard(id(), lo);
        }
        if (t.is(TokenKind.DOTDOTEQ) || (t.is(TokenKind.DOTDOT) && startsRangeEnd(peek(1)))) {
            bump();
            Expr hi = parseRangeEnd();
            return new Pattern.Range(id(), from(lo), null, hi, t.is(TokenKind.DOTDOTEQ));
        }
        if (t.is(TokenKind.DOTDOT)) {
            bump();
            return new Pattern.Rest(id(), lo);
        }
        if (checkSplit(TokenKind.AND)) {
            eatSplit(TokenKind.AND);
            boolean mut = eatWord("mut");
            Pattern inner = parsePatternNoAlt();
            return new Pattern.Ref(id(), from(lo), mut, inner);
        }
        if (eat(TokenKind.OPEN_PAREN)) {
            List<Pattern> elems = new ArrayList<>();
            boolean trailingComma = false;
            while (!check(TokenKind.CLOSE_PAREN)) {
                elems.add(parsePattern());
                trailingComma = eat(TokenKind.COMMA);
                if (!trailingComma) break;
            }
            expect(TokenKind.CLOSE_PAREN);
            if (elems.size() == 1 && !trailingComma && !(elems.get(0) instanceof Pattern.Rest)) return elems.get(0);
            checkOneRest(elems, "tuple");
            return new Pattern.Tuple(id(), from(lo), elems);
        }
        if (eat(TokenKind.OPEN_BRACKET)) {
            List<Pattern> elems = new ArrayList<>();
            while (!check(TokenKind.CLOSE_BRACKET)) {
                elems.add(parsePattern());
                if (!eat(TokenKind.COMMA)) break;
            }
            expect(TokenKind.CLOSE_BRACKET);
            checkOneRest(elems, "slice");
            return new Pattern.Slice(id(), from(lo), elems);
        }
        if (startsLiteral(t) || (t.is(TokenKind.MINUS) && (peek(1).is(TokenKind.INT) || peek(1).is(TokenKind.FLOAT)))) {
            Expr lit = parseSignedLiteral();
            return maybeRange(lo, lit, new Pattern.Literal(id(), lit.span(), lit));
        }
        if (t.isWord("ref") || t.isWord("mut")) {
            boolean byRef = eatWord("ref");
            boolean mut = eatWord("mut");
            Ident name = expectIdent();
            Pattern sub = eat(TokenKind.AT) ? parsePatternNoAlt() : null;
            return new Pattern.Binding(id(), from(lo), name, byRef, mut, sub);
        }
        if (t.isWord("box")) throw fail(Diagnostic.unsupported(t.span(), "`box` patterns"));
        if (startsPath(t) || t.is(TokenKind.PATHSEP)) return parsePathPattern(lo);
        if (t.is(TokenKind.LT)) throw fail(Diagnostic.unsupported(t.span(), "qualified paths `<T as Trait>::Name`"));
        expecting("pattern");
        throw fail(labelAtOrAfterPrev("expected pattern, found " + t.describe(), "expected pattern", t).build());
    }

    /** rustc's check (in its AST lowering) that a tuple, tuple struct or slice pattern has at most one `..`. */
    private void checkOneRest(List<Pattern> elems, String kind) {
        Span first = null;
        for (Pattern e : elems) {
            Pattern rest = e instanceof Pattern.Binding b && b.sub() instanceof Pattern.Rest r && kind.equals("slice") ? r : e;
            if (!(rest instanceof Pattern.Rest)) continue;
            if (first == null) {
                first = rest.span();
                continue;
            }
            String label = "can only be used once per " + kind + " pattern";
            diags.add(Diagnostic.error(null, "`..` " + label).primary(rest.span(), label)
                    .secondary(first, "previously used here").build());
        }
    }

    private Pattern parsePathPattern(Span lo) {
        Token t = tok();
        boolean single = t.isPlainIdent() && !peek(1).is(TokenKind.PATHSEP) && !peek(1).is(TokenKind.OPEN_PAREN)
                && !peek(1).is(TokenKind.OPEN_BRACE) && !peek(1).is(TokenKind.NOT)
                && !peek(1).is(TokenKind.DOTDOTEQ) && !peek(1).is(TokenKind.DOTDOT) && !peek(1).is(TokenKind.DOTDOTDOT);
        if (single) {
            bump();
            Ident name = new Ident(t.text(), t.span());
            Pattern sub = eat(TokenKind.AT) ? parsePatternNoAlt() : null;
            return new Pattern.Binding(id(), from(lo), name, false, false, sub);
        }
        Path path = parsePath(false);
        if (tok().is(TokenKind.NOT)) throw fail(Diagnostic.unsupported(from(lo), "macro invocations in patterns"));
        if (eat(TokenKind.OPEN_PAREN)) {
            List<Pattern> elems = new ArrayList<>();
            while (!check(TokenKind.CLOSE_PAREN)) {
                elems.add(parsePattern());
                if (!eat(TokenKind.COMMA)) break;
            }
            expect(TokenKind.CLOSE_PAREN);
            checkOneRest(elems, "tuple struct");
            return new Pattern.TupleStruct(id(), from(lo), path, elems);
        }
        if (eat(TokenKind.OPEN_BRACE)) return parseStructPatternBody(lo, path);
        Expr pathExpr = new Expr.PathExpr(id(), path.span(), path);
        return maybeRange(lo, pathExpr, new Pattern.PathPat(id(), from(lo), path));
    }

    private Pattern parseStructPatternBody(Span lo, Path path) {
        List<Pattern.FieldPat> fields = new ArrayList<>();
        boolean rest = false;
        while (!check(TokenKind.CLOSE_BRACE)) {
            Token t = tok();
            Span flo = t.span();
            if (eat(TokenKind.DOTDOT)) {
                rest = true;
                break;
            }
            if ((t.isPlainIdent() || t.is(TokenKind.INT)) && peek(1).is(TokenKind.COLON)) {
                bump();
                bump();
                Pattern p = parsePattern();
                fields.add(new Pattern.FieldPat(from(flo), new Ident(t.text(), t.span()), p, false));
            } else {
                boolean byRef = eatWord("ref");
                boolean mut = eatWord("mut");
                Ident name = expectIdent();
                Pattern p = new Pattern.Binding(id(), from(flo), name, byRef, mut, null);
                fields.add(new Pattern.FieldPat(from(flo), name, p, true));
            }
            if (!check(TokenKind.COMMA)) {
                if (!check(TokenKind.CLOSE_BRACE)) throw unexpected();
                break;
            }
            bump();
        }
        expect(TokenKind.CLOSE_BRACE);
        return new Pattern.Struct(id(), from(lo), path, fields, rest);
    }

    /** After a literal or path bound: `..=hi`, `...hi`, `..hi`, `..`, or just the pattern itself. */
    private Pattern maybeRange(Span lo, Expr bound, Pattern plain) {
        Token t = tok();
        if (t.is(TokenKind.DOTDOTEQ) || t.is(TokenKind.DOTDOTDOT)) {
            bump();
            Expr hi = parseRangeEnd();
            return new Pattern.Range(id(), from(lo), bound, hi, true);
        }
        if (t.is(TokenKind.DOTDOT)) {
            bump();
            Expr hi = startsRangeEnd(tok()) ? parseRangeEnd() : null;
            return new Pattern.Range(id(), from(lo), bound, hi, false);
        }
        return plain;
    }

    private static boolean startsRangeEnd(Token t) {
        return startsLiteral(t) || t.is(TokenKind.MINUS) || startsPath(t) || t.is(TokenKind.PATHSEP);
    }

    private Expr parseRangeEnd() {
        Token t = tok();
        if (startsPath(t) || t.is(TokenKind.PATHSEP)) {
            Path p = parsePath(false);
            return new Expr.PathExpr(id(), p.span(), p);
        }
        if (startsLiteral(t) || t.is(TokenKind.MINUS)) return parseSignedLiteral();
        expecting("pattern");
        throw unexpected();
    }

    static boolean startsLiteral(Token t) {
        return t.kind().isLiteral() || t.isWord("true") || t.isWord("false");
    }

    /** A literal, or `-` applied to a numeric literal. */
    Expr parseSignedLiteral() {
        Span lo = tok().span();
        if (eat(TokenKind.MINUS)) {
            if (!tok().is(TokenKind.INT) && !tok().is(TokenKind.FLOAT)) throw unexpected();
            Expr lit = parseLiteral();
            return new Expr.Unary(id(), from(lo), Expr.UnOp.NEG, lit);
        }
        return parseLiteral();
    }

    Expr parseLiteral() {
        Token t = bump();
        Expr.LitValue v = t.isWord("true") ? new Expr.LitValue.Bool(true)
                : t.isWord("false") ? new Expr.LitValue.Bool(false) : t.value();
        if (v == null) {
            pos--;
            expecting("literal");
            throw unexpected();
        }
        return new Expr.Lit(id(), t.span(), v);
    }
}
