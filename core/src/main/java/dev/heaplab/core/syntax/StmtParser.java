package dev.heaplab.core.syntax;

import dev.heaplab.core.diag.Diagnostic;
import dev.heaplab.core.diag.Diagnostics;
import dev.heaplab.core.source.SourceFile;
import dev.heaplab.core.source.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Blocks and statements, with rustc's rules:
 * <ul>
 *   <li>a block-like expression (`if`, `match`, loops, blocks) at statement start ends the statement
 *       unless `.` or `?` follows; it needs no `;` and is the tail when the block ends after it;</li>
 *   <li>other expressions need `;` unless they end the block (then they are its tail);</li>
 *   <li>a missing `;` before a token on a later line is reported once and parsing continues;</li>
 *   <li>any other error abandons the statement: parsing resumes after its `;` or at the block's `}`.</li>
 * </ul>
 */
abstract class StmtParser extends MacroParser {
    StmtParser(SourceFile file, Diagnostics diags, List<Token> toks, int firstNodeId) {
        super(file, diags, toks, firstNodeId);
    }

    /** Whether an item starts here (possibly after attributes or `pub`). */
    abstract boolean startsItem();

    /** Parses one item (attributes included); null when it was skipped (`#[test]`, `#[cfg(test)]`). */
    abstract Item parseItem();

    /** `#[name]`, `#[name(args)]`, `#[name = "v"]` attributes; unknown ones are refused. */
    abstract List<Item.Attribute> parseOuterAttributes();

    /** An item after its attributes; null when an attribute says to skip it (the tokens are consumed). */
    abstract Item parseItemAfterAttrs(List<Item.Attribute> attrs);

    @Override
    Stmt.Block parseBlock() {
        enter();
        try {
            Span lo = expect(TokenKind.OPEN_BRACE).span();
            List<Stmt> stmts = new ArrayList<>();
            Expr tail = null;
            while (!check(TokenKind.CLOSE_BRACE) && !tok().is(TokenKind.EOF)) {
                if (tail != null) {
                    stmts.add(new Stmt.ExprStmt(id(), tail.span(), tail, false));
                    tail = null;
                }
                int savedDepth = depth;
                int start = pos;
                try {
                    Object s = parseStmt();
                    if (s instanceof Expr e) tail = e;
                    else if (s instanceof Stmt st) stmts.add(st);
                } catch (Bail b) {
                    depth = savedDepth;
                    pos = start;
                    skipStatement(startsBlockLike() || startsItem());
                    if (pos == start) bump();
                }
            }
            expect(TokenKind.CLOSE_BRACE);
            return new Stmt.Block(id(), from(lo), stmts, tail, false);
        } finally {
            exit();
        }
    }

    /** A statement, or an Expr when it may be the block's tail (no `;`, followed by `}`); null for skipped items. */
    private Object parseStmt() {
        Token t = tok();
        Span lo = t.span();
        if (eat(TokenKind.SEMI)) return new Stmt.Empty(lo);
        if (t.isWord("let")) return parseLetStmt();
        if (t.is(TokenKind.POUND) && !peek(1).is(TokenKind.NOT)) {
            List<Item.Attribute> attrs = parseOuterAttributes();
            boolean skip = skipped(attrs, true);
            if (tok().isWord("let") && !skip) return parseLetStmt();
            if (startsItem() || skip) {
                Item item = parseItemAfterAttrs(attrs);
                return item == null ? null : new Stmt.ItemStmt(item.span(), item);
            }
            lo = tok().span();
        } else if (startsItem()) {
            Item item = parseItem();
            return item == null ? null : new Stmt.ItemStmt(item.span(), item);
        }
        Expr e;
        if (startsBlockLike()) {
            e = parsePrimary();
            if (tok().is(TokenKind.DOT) || tok().is(TokenKind.QUESTION)) {
                e = parsePostfix(lo, e);
                e = continueAssign(lo, continueRange(lo, continueBinary(lo, e, PREC_OR)));
            } else {
                if (check(TokenKind.CLOSE_BRACE)) return e;
                boolean semi = eat(TokenKind.SEMI);
                return new Stmt.ExprStmt(id(), from(lo), e, semi);
            }
        } else {
            e = parseExpr();
        }
        if (eat(TokenKind.SEMI)) return new Stmt.ExprStmt(id(), from(lo), e, true);
        if (check(TokenKind.CLOSE_BRACE)) return e;
        if (e instanceof Expr.MacroCall && file.slice(e.span()).endsWith("}")) {
            return new Stmt.ExprStmt(id(), from(lo), e, false);
        }
        expecting("`.`");
        expecting("`?`");
        expecting("an operator");
        missingSemi();
        return new Stmt.ExprStmt(id(), from(lo), e, true);
    }

    private boolean startsBlockLike() {
        Token t = tok();
        if (t.is(TokenKind.OPEN_BRACE)) return true;
        if (t.is(TokenKind.LIFETIME) && peek(1).is(TokenKind.COLON)) return true;
        if (t.isWord("unsafe") && peek(1).is(TokenKind.OPEN_BRACE)) return true;
        return t.isWord("if") || t.isWord("match") || t.isWord("loop") || t.isWord("while") || t.isWord("for");
    }

    /**
     * rustc's handling of a missing `;`: when the next token is on a later line, report
     * "expected `;`" pointing after the previous token and carry on as if it were there; otherwise
     * report the expected set and bail.
     */
    void missingSemi() {
        Token t = tok();
        Span after = prevSpan().shrinkToHi();
        if (!t.is(TokenKind.EOF) && file.line(t.span().lo()) > file.line(after.lo())) {
            diags.add(Diagnostic.error(null, "expected `;`, found " + t.describe())
                    .primary(after, "help: add `;` here").secondary(t.span(), "unexpected token").build());
            expected.clear();
            return;
        }
        throw unexpected();
    }

    private Stmt parseLetStmt() {
        Span lo = bump().span();
        Span plo = tok().span();
        boolean leadingBar = eat(TokenKind.OR);
        Pattern pat = parsePatternNoAlt();
        if (leadingBar || tok().is(TokenKind.OR)) {
            List<Pattern> alts = new ArrayList<>(List.of(pat));
            while (eat(TokenKind.OR)) alts.add(parsePatternNoAlt());
            pat = new Pattern.Or(id(), from(plo), alts);
            // `let a | b = …` is refused by rustc; `let (a | b) = …` is the accepted spelling.
            diags.add(Diagnostic.error(null, "`let` bindings require top-level or-patterns in parentheses")
                    .primary(pat.span(), "")
                    .suggestion("wrap the pattern in parentheses", pat.span(), "(" + file.slice(pat.span()) + ")").build());
        }
        TypeExpr ty = null;
        if (eat(TokenKind.COLON)) {
            Token t = tok();
            if (!startsType(t)) {
                throw fail(Diagnostic.error(null, "expected type, found " + t.describe())
                        .primary(t.span(), "expected type")
                        .secondary(prevSpan(), "while parsing the type for `" + file.slice(pat.span()) + "`").build());
            }
            ty = parseType();
        }
        Expr init = null;
        Stmt.Block elseBlock = null;
        if (eat(TokenKind.EQ)) {
            init = parseExpr();
            if (eatWord("else")) {
                if (!check(TokenKind.OPEN_BRACE)) throw unexpected();
                elseBlock = parseBlock();
            }
        }
        if (!eat(TokenKind.SEMI)) {
            if (init != null) {
                checkWord("else");
                expecting("`.`");
                expecting("`?`");
                expecting("an operator");
            }
            missingSemi();
        }
        return new Stmt.Let(id(), from(lo), pat, ty, init, elseBlock);
    }

    private static boolean startsType(Token t) {
        return switch (t.kind()) {
            case IDENT -> startsPath(t) || t.isWord("fn") || t.isWord("impl") || t.isWord("dyn") || t.isWord("_")
                    || t.isWord("unsafe") || t.isWord("extern") || t.isWord("for");
            case AND, ANDAND, STAR, OPEN_PAREN, OPEN_BRACKET, NOT, PATHSEP, LT -> true;
            default -> false;
        };
    }
}
