package dev.heaplab.core.syntax;

import dev.heaplab.core.diag.Diagnostic;
import dev.heaplab.core.diag.Diagnostics;
import dev.heaplab.core.source.SourceFile;
import dev.heaplab.core.source.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Atoms of expressions: literals, paths and struct literals, parentheses, arrays, blocks,
 * control flow (`if`, `match`, loops, `break`/`continue`/`return`), closures and `let` conditions.
 */
abstract class PrimaryParser extends ExprParser {
    PrimaryParser(SourceFile file, Diagnostics diags, List<Token> toks, int firstNodeId) {
        super(file, diags, toks, firstNodeId);
    }

    abstract Stmt.Block parseBlock();

    abstract Expr parseMacroCall(Path path);

    @Override
    Expr parsePrimary() {
        Token t = tok();
        Span lo = t.span();
        if (startsLiteral(t)) return parseLiteral();
        if (t.is(TokenKind.OPEN_PAREN)) return parseParenOrTuple();
        if (t.is(TokenKind.OPEN_BRACKET)) return parseArray();
        if (t.is(TokenKind.OPEN_BRACE)) return blockExpr(lo, null);
        if (t.is(TokenKind.LIFETIME) && peek(1).is(TokenKind.COLON)) return parseLabelled();
        if (t.is(TokenKind.OR) || t.is(TokenKind.OROR) || t.isWord("move")) return parseClosure();
        if (t.kind() == TokenKind.IDENT && !t.raw()) {
            switch (t.text()) {
                case "if": return parseIf();
                case "match": return parseMatch();
                case "loop": return parseLoop(lo, null);
                case "while": return parseWhile(lo, null);
                case "for": return parseFor(lo, null);
                case "unsafe": {
                    bump();
                    if (!check(TokenKind.OPEN_BRACE)) throw unexpected();
                    Stmt.Block b = parseBlock();
                    Stmt.Block ub = new Stmt.Block(b.id(), b.span(), b.stmts(), b.tail(), true);
                    return new Expr.BlockExpr(id(), from(lo), null, ub);
                }
                case "return": {
                    bump();
                    Expr v = startsExpr() ? parseExpr() : null;
                    return new Expr.Return(id(), from(lo), v);
                }
                case "break": {
                    bump();
                    Ident label = tok().is(TokenKind.LIFETIME) ? lifetime() : null;
                    Expr v = startsExpr() && !(noStruct && tok().is(TokenKind.OPEN_BRACE)) ? parseExpr() : null;
                    return new Expr.Break(id(), from(lo), label, v);
                }
                case "continue": {
                    bump();
                    Ident label = tok().is(TokenKind.LIFETIME) ? lifetime() : null;
                    return new Expr.Continue(id(), from(lo), label);
                }
                case "let": return parseLet();
                case "async": case "await": case "box": case "try": case "yield": case "become": case "const":
                    if (!t.text().equals("const") || peek(1).is(TokenKind.OPEN_BRACE)) {
                        throw fail(Diagnostic.unsupported(t.span(), "`" + t.text() + "` expressions"));
                    }
                    break;
                default: break;
            }
        }
        if (startsPath(t) || t.is(TokenKind.PATHSEP)) return parsePathStart();
        if (t.is(TokenKind.LT)) {
            Path path = parsePath(false);
            if ((tok().is(TokenKind.OPEN_BRACE) && !noStruct) || tok().is(TokenKind.NOT)) {
                throw fail(Diagnostic.unsupported(path.span(), "qualified paths `<T as Trait>::Name` naming a struct or a macro"));
            }
            return new Expr.PathExpr(id(), path.span(), path);
        }
        expecting("expression");
        throw fail(Diagnostic.error(null, "expected expression, found " + t.describe())
                .primary(t.is(TokenKind.EOF) ? prevSpan().shrinkToHi() : t.span(), "expected expression").build());
    }

    Expr blockExpr(Span lo, Ident label) {
        Stmt.Block b = parseBlock();
        return new Expr.BlockExpr(id(), from(lo), label, b);
    }

    private Expr parsePathStart() {
        Span lo = tok().span();
        Path path = parsePath(false);
        if (tok().is(TokenKind.NOT) && !peek(1).is(TokenKind.EQ)
                && (peek(1).is(TokenKind.OPEN_PAREN) || peek(1).is(TokenKind.OPEN_BRACKET) || peek(1).is(TokenKind.OPEN_BRACE))) {
            return parseMacroCall(path);
        }
        if (tok().is(TokenKind.OPEN_BRACE) && !noStruct) return parseStructLit(lo, path);
        return new Expr.PathExpr(id(), from(lo), path);
    }

    private Expr parseStructLit(Span lo, Path path) {
        expect(TokenKind.OPEN_BRACE);
        List<Expr.FieldInit> fields = new ArrayList<>();
        Expr base = null;
        while (!check(TokenKind.CLOSE_BRACE)) {
            if (eat(TokenKind.DOTDOT)) {
                base = parseExpr();
                break;
            }
            Token f = tok();
            Span flo = f.span();
            if (!(f.isPlainIdent() || f.is(TokenKind.INT) || f.isWord("self"))) {
                expecting("identifier");
                throw unexpected();
            }
            bump();
            Ident name = new Ident(f.text(), f.span());
            if (eat(TokenKind.COLON)) {
                Expr v = parseExpr();
                fields.add(new Expr.FieldInit(from(flo), name, v, false));
            } else if (f.isPlainIdent() && (check(TokenKind.COMMA) | check(TokenKind.CLOSE_BRACE))) {
                Path p = new Path(f.span(), List.of(new Path.PathSegment(name, List.of())), false);
                fields.add(new Expr.FieldInit(from(flo), name, new Expr.PathExpr(id(), f.span(), p), true));
            } else {
                Token bad = tok();
                throw fail(Diagnostic.error(null, "expected one of `,`, `:`, or `}`, found " + bad.describe())
                        .primary(bad.span(), "expected one of `,`, `:`, or `}`")
                        .secondary(path.span(), "while parsing this struct")
                        .secondary(f.span(), "while parsing this struct field").build());
            }
            if (!eat(TokenKind.COMMA)) {
                if (!check(TokenKind.CLOSE_BRACE)) throw unexpected();
                break;
            }
        }
        expect(TokenKind.CLOSE_BRACE);
        return new Expr.StructLit(id(), from(lo), path, fields, base);
    }

    private Expr parseParenOrTuple() {
        Span lo = bump().span();
        List<Expr> elems = new ArrayList<>();
        boolean trailingComma = false;
        while (!check(TokenKind.CLOSE_PAREN)) {
            elems.add(parseExpr());
            trailingComma = eat(TokenKind.COMMA);
            if (!trailingComma) {
                if (!check(TokenKind.CLOSE_PAREN)) {
                    expecting("an operator");
                    expecting("`.`");
                    expecting("`?`");
                    throw unexpected();
                }
                break;
            }
        }
        expect(TokenKind.CLOSE_PAREN);
        if (elems.size() == 1 && !trailingComma) return new Expr.Paren(id(), from(lo), elems.get(0));
        return new Expr.Tuple(id(), from(lo), elems);
    }

    private Expr parseArray() {
        Span lo = bump().span();
        if (eat(TokenKind.CLOSE_BRACKET)) return new Expr.Array(id(), from(lo), List.of());
        Expr first = parseExpr();
        if (eat(TokenKind.SEMI)) {
            Expr count = parseExpr();
            expect(TokenKind.CLOSE_BRACKET);
            return new Expr.ArrayRepeat(id(), from(lo), first, count);
        }
        List<Expr> elems = new ArrayList<>();
        elems.add(first);
        if (eat(TokenKind.COMMA)) {
            elems.addAll(parseCommaList(TokenKind.CLOSE_BRACKET));
        } else {
            expect(TokenKind.CLOSE_BRACKET);
        }
        return new Expr.Array(id(), from(lo), elems);
    }

    private Expr parseLabelled() {
        Token lt = bump();
        Ident label = new Ident(lt.text(), lt.span());
        bump();
        Token t = tok();
        if (t.isWord("loop")) return parseLoop(lt.span(), label);
        if (t.isWord("while")) return parseWhile(lt.span(), label);
        if (t.isWord("for")) return parseFor(lt.span(), label);
        if (t.is(TokenKind.OPEN_BRACE)) return blockExpr(lt.span(), label);
        throw fail(Diagnostic.error(null, "expected `while`, `for`, `loop` or `{` after a label")
                .primary(t.span(), "expected `while`, `for`, `loop` or `{` after a label").build());
    }

    private Expr parseIf() {
        Span lo = bump().span();
        Expr cond = parseHeadExpr(true);
        Stmt.Block then = parseBlockAfterHead("if");
        Expr elseBranch = null;
        if (eatWord("else")) {
            Span elo = tok().span();
            if (tok().isWord("if")) elseBranch = parseIf();
            else if (tok().is(TokenKind.OPEN_BRACE)) elseBranch = blockExpr(elo, null);
            else {
                expect(TokenKind.OPEN_BRACE);
            }
        }
        return new Expr.If(id(), from(lo), cond, then, elseBranch);
    }

    /** The block after an `if`/`while`/`for` head, with rustc's message when it is missing. */
    private Stmt.Block parseBlockAfterHead(String what) {
        if (!check(TokenKind.OPEN_BRACE)) {
            Token t = tok();
            throw fail(Diagnostic.error(null, "expected `{`, found " + t.describe())
                    .primary(t.is(TokenKind.EOF) ? prevSpan().shrinkToHi() : t.span(), "expected `{`").build());
        }
        return parseBlock();
    }

    private Expr parseLet() {
        Token kw = tok();
        if (!letAllowed) {
            throw fail(Diagnostic.error(null, "expected expression, found `let` statement")
                    .primary(kw.span(), "")
                    .note("only supported directly in conditions of `if` and `while` expressions").build());
        }
        bump();
        Pattern pat = parsePattern();
        expect(TokenKind.EQ);
        boolean savedLet = letAllowed;
        letAllowed = false;
        try {
            Expr scrutinee = parseBinary(PREC_CMP);
            return new Expr.Let(id(), from(kw.span()), pat, scrutinee);
        } finally {
            letAllowed = savedLet;
        }
    }

    private Expr parseMatch() {
        Span lo = bump().span();
        Expr scrutinee = parseHeadExpr(false);
        expect(TokenKind.OPEN_BRACE);
        List<Expr.MatchArm> arms = new ArrayList<>();
        while (!check(TokenKind.CLOSE_BRACE)) {
            Span alo = tok().span();
            Pattern pat = parsePattern();
            Expr guard = null;
            if (eatWord("if")) guard = parseExpr();
            expect(TokenKind.FATARROW);
            Expr body = parseArmBody();
            arms.add(new Expr.MatchArm(id(), from(alo), pat, guard, body));
            boolean blockBody = isBlockLike(body) && body instanceof Expr.BlockExpr;
            if (eat(TokenKind.COMMA)) continue;
            if (check(TokenKind.CLOSE_BRACE)) break;
            if (blockBody || isBlockLike(body)) continue;
            throw fail(Diagnostic.error(null, "expected `,` following `match` arm")
                    .primary(prevSpan().shrinkToHi(), "").help("missing a comma here to end this `match` arm").build());
        }
        expect(TokenKind.CLOSE_BRACE);
        return new Expr.Match(id(), from(lo), scrutinee, arms);
    }

    private Expr parseArmBody() {
        Token t = tok();
        if (t.is(TokenKind.OPEN_BRACE)) {
            Span lo = t.span();
            Expr block = blockExpr(lo, null);
            // `{ ... }` followed by an operator or method continues as an expression.
            if (tok().is(TokenKind.DOT) || tok().is(TokenKind.QUESTION)) {
                Expr e = parsePostfix(lo, block);
                return continueAssign(lo, continueRange(lo, continueBinary(lo, e, PREC_OR)));
            }
            return block;
        }
        return parseExpr();
    }

    private Expr parseLoop(Span lo, Ident label) {
        bump();
        Stmt.Block body = parseBlockAfterHead("loop");
        return new Expr.Loop(id(), from(lo), label, body);
    }

    private Expr parseWhile(Span lo, Ident label) {
        bump();
        Expr cond = parseHeadExpr(true);
        Stmt.Block body = parseBlockAfterHead("while");
        return new Expr.While(id(), from(lo), label, cond, body);
    }

    private Expr parseFor(Span lo, Ident label) {
        bump();
        Pattern pat = parsePattern();
        if (!checkWord("in")) throw unexpected();
        bump();
        Expr iter = parseHeadExpr(false);
        Stmt.Block body = parseBlockAfterHead("for");
        return new Expr.For(id(), from(lo), label, pat, iter, body);
    }

    private Expr parseClosure() {
        Span lo = tok().span();
        boolean isMove = eatWord("move");
        List<Expr.ClosureParam> params = new ArrayList<>();
        if (!eat(TokenKind.OROR)) {
            expect(TokenKind.OR);
            while (!check(TokenKind.OR)) {
                Span plo = tok().span();
                Pattern p = parsePatternNoAlt();
                TypeExpr ty = eat(TokenKind.COLON) ? parseType() : null;
                params.add(new Expr.ClosureParam(from(plo), p, ty));
                if (!eat(TokenKind.COMMA)) break;
            }
            expect(TokenKind.OR);
        }
        TypeExpr ret = null;
        Expr body;
        Span head = from(lo);
        if (eat(TokenKind.RARROW)) {
            ret = parseType();
            head = from(lo);
            if (!check(TokenKind.OPEN_BRACE)) throw unexpected();
            body = blockExpr(tok().span(), null);
        } else {
            boolean savedNoStruct = noStruct;
            try {
                body = noStruct ? parseHeadExpr(false) : parseExpr();
            } finally {
                noStruct = savedNoStruct;
            }
        }
        return new Expr.Closure(id(), from(lo), isMove, params, ret, body, head);
    }
}
