package dev.heaplab.core.syntax;

import dev.heaplab.core.diag.Diagnostic;
import dev.heaplab.core.diag.Diagnostics;
import dev.heaplab.core.source.SourceFile;
import dev.heaplab.core.source.Span;
import java.util.ArrayList;
import java.util.List;

/** Traits, impls and the whole file: the concrete parser behind {@link Parser}. */
final class CrateParser extends AdtParser {
    CrateParser(SourceFile file, Diagnostics diags, List<Token> toks, int firstNodeId) {
        super(file, diags, toks, firstNodeId);
        this.firstId = firstNodeId;
    }

    private final int firstId;

    /** Inner attributes, then items up to EOF. */
    Crate parseCrate() {
        List<Item> items = new ArrayList<>();
        try {
            parseInnerAttributes();
            items = parseItemsUntil(TokenKind.EOF);
            if (!tok().is(TokenKind.EOF)) {
                Token t = tok();
                diags.add(Diagnostic.error(null, "unexpected closing delimiter: " + t.describe())
                        .primary(t.span(), "unexpected closing delimiter").build());
            }
        } catch (Bail b) {
            // already reported (an inner attribute); nothing more to parse
        }
        return new Crate(file, items, firstId, nextId);
    }

    @Override
    Item parseImpl(Span lo, List<Item.Attribute> attrs, Item.Visibility vis) {
        bump();
        Generics g = parseGenerics();
        if (tok().is(TokenKind.NOT)) throw fail(Diagnostic.unsupported(tok().span(), "negative impls `impl !Trait`"));
        TypeExpr first = parseType();
        Path traitRef = null;
        TypeExpr selfType = first;
        if (eatWord("for")) {
            if (!(first instanceof TypeExpr.PathType pt)) {
                throw fail(Diagnostic.error(null, "expected a trait, found type").primary(first.span(), "").build());
            }
            traitRef = pt.path();
            selfType = parseType();
        }
        g = parseWhere(g);
        if (!check(TokenKind.OPEN_BRACE)) {
            checkWord("where");
            if (traitRef == null) checkWord("for");
            throw unexpected();
        }
        Span open = bump().span();
        List<Item> items = parseAssocItems(open);
        Ident name = new Ident(file.slice(selfType.span()), selfType.span());
        return new Item.ImplDecl(id(), from(lo), name, attrs, g, traitRef, false, selfType, items);
    }

    @Override
    Item parseTrait(Span lo, List<Item.Attribute> attrs, Item.Visibility vis) {
        bump();
        Ident name = expectIdent();
        Generics g = parseGenerics();
        List<Generics.Bound> supers = eat(TokenKind.COLON) && startsBound() ? parseBounds() : List.of();
        g = parseWhere(g);
        Span open = expect(TokenKind.OPEN_BRACE).span();
        List<Item> items = parseAssocItems(open);
        return new Item.TraitDecl(id(), from(lo), name, attrs, vis, g, supers, items);
    }

    /** Associated items (fns, consts, types) after `{`, including the closing `}`. */
    private List<Item> parseAssocItems(Span open) {
        List<Item> items = new ArrayList<>();
        parseInnerAttributes();
        while (!check(TokenKind.CLOSE_BRACE) && !tok().is(TokenKind.EOF)) {
            List<Item.Attribute> attrs = parseOuterAttributes();
            boolean skip = skipped(attrs, true);
            Span lo = tok().span();
            if (skip) {
                skipStatement(true);
                continue;
            }
            Item.Visibility vis = parseVisibility();
            Token t = tok();
            if (t.isWord("fn")) items.add(parseFn(lo, attrs, vis, false));
            else if (t.isWord("const") && peek(1).isWord("fn")) {
                bump();
                items.add(parseFn(lo, attrs, vis, true));
            } else if (t.isWord("const")) items.add(parseAssocConst(lo, vis));
            else if (t.isWord("type")) items.add(parseAssocType(lo));
            else if (t.isWord("unsafe") || t.isWord("async") || t.isWord("extern")) {
                throw fail(Diagnostic.unsupported(t.span(), "`" + t.text() + " fn`"));
            } else {
                checkWord("fn");
                checkWord("const");
                checkWord("type");
                checkWord("pub");
                check(TokenKind.CLOSE_BRACE);
                Diagnostic.Builder d = unexpectedDiagnostic();
                d.secondary(open, "while parsing this item list starting here");
                throw fail(d.build());
            }
        }
        expect(TokenKind.CLOSE_BRACE);
        return items;
    }

    private Item parseAssocConst(Span lo, Item.Visibility vis) {
        bump();
        Ident name = expectIdent();
        expect(TokenKind.COLON);
        TypeExpr ty = parseType();
        Expr value = eat(TokenKind.EQ) ? parseExpr() : null;
        expect(TokenKind.SEMI);
        return new Item.ConstDecl(id(), from(lo), name, vis, ty, value);
    }
}
