package dev.heaplab.core.syntax;

import dev.heaplab.core.diag.Diagnostic;
import dev.heaplab.core.diag.Diagnostics;
import dev.heaplab.core.source.SourceFile;
import dev.heaplab.core.source.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Item dispatch, attributes, visibility, functions, `use` trees, inline modules, constants,
 * statics and type aliases. Structs, enums, traits and impls live in the subclasses.
 */
abstract class ItemParser extends StmtParser {
    /** Outer attributes heaplab understands (others are refused). */
    static final Set<String> KNOWN_ATTRS = Set.of("derive", "allow", "warn", "deny", "forbid", "expect", "inline",
            "must_use", "track_caller", "builtin", "lang", "test", "cfg", "doc", "rustfmt");

    ItemParser(SourceFile file, Diagnostics diags, List<Token> toks, int firstNodeId) {
        super(file, diags, toks, firstNodeId);
    }

    abstract Item parseStruct(Span lo, List<Item.Attribute> attrs, Item.Visibility vis);

    abstract Item parseEnum(Span lo, List<Item.Attribute> attrs, Item.Visibility vis);

    abstract Item parseImpl(Span lo, List<Item.Attribute> attrs, Item.Visibility vis);

    abstract Item parseTrait(Span lo, List<Item.Attribute> attrs, Item.Visibility vis);

    @Override
    boolean startsItem() {
        Token t = tok();
        if (t.is(TokenKind.POUND)) return true;
        if (t.kind() != TokenKind.IDENT || t.raw()) return false;
        return switch (t.text()) {
            case "fn", "struct", "enum", "impl", "trait", "static", "type", "use", "mod", "pub", "extern" -> true;
            case "const" -> !peek(1).is(TokenKind.OPEN_BRACE);
            case "unsafe" -> !peek(1).is(TokenKind.OPEN_BRACE);
            case "union", "auto" -> peek(1).isPlainIdent() || peek(1).isWord("trait");
            case "macro_rules" -> peek(1).is(TokenKind.NOT);
            default -> false;
        };
    }

    @Override
    Item parseItem() {
        List<Item.Attribute> attrs = parseOuterAttributes();
        return parseItemAfterAttrs(attrs);
    }

    @Override
    Item parseItemAfterAttrs(List<Item.Attribute> attrs) {
        boolean skip = skipped(attrs, false);
        Span lo = tok().span();
        if (skip) {
            skipStatement(true);
            return null;
        }
        Item.Visibility vis = parseVisibility();
        Token t = tok();
        if (t.isWord("macro_rules")) throw fail(Diagnostic.unsupported(t.span(), "`macro_rules!`"));
        if (t.isWord("unsafe") || t.isWord("extern") || t.isWord("union") || t.isWord("async") || t.isWord("auto")) {
            throw fail(Diagnostic.unsupported(t.span(), "`" + t.text() + "` items"));
        }
        if (t.isWord("const") && (peek(1).isWord("fn") || peek(1).isWord("unsafe") || peek(1).isWord("async")
                || peek(1).isWord("extern"))) {
            bump();
            return parseFn(lo, attrs, vis, true);
        }
        if (t.isWord("fn")) return parseFn(lo, attrs, vis, false);
        if (t.isWord("struct")) return parseStruct(lo, attrs, vis);
        if (t.isWord("enum")) return parseEnum(lo, attrs, vis);
        if (t.isWord("impl")) return parseImpl(lo, attrs, vis);
        if (t.isWord("trait")) return parseTrait(lo, attrs, vis);
        if (t.isWord("const")) return parseConst(lo, vis);
        if (t.isWord("static")) return parseStatic(lo, vis);
        if (t.isWord("type")) return parseTypeAlias(lo, vis);
        if (t.isWord("use")) return parseUse(lo, vis);
        if (t.isWord("mod")) return parseMod(lo, vis);
        if (vis.written()) {
            throw fail(Diagnostic.error(null, "expected item after visibility, found " + t.describe())
                    .primary(t.span(), "expected item").build());
        }
        if (t.is(TokenKind.IDENT) && !t.isKeyword() && !peek(1).is(TokenKind.EOF) && !peek(1).is(TokenKind.NOT)
                && !peek(1).is(TokenKind.PATHSEP)) {
            // rustc reads a word at item position as the path of a macro call (`name!` or `a::b!`).
            Token next = peek(1);
            Diagnostic.Builder d = Diagnostic.error(null, "expected one of `!` or `::`, found " + next.describe())
                    .primary(next.span(), "expected one of `!` or `::`");
            if (FN_TYPOS.contains(t.text())) {
                d.secondary(t.span(), "help: write `fn` instead of `" + t.text() + "` to declare a function");
            }
            throw fail(d.build());
        }
        throw fail(Diagnostic.error(null, "expected item, found " + t.describe())
                .primary(t.span(), "expected item").build());
    }

    /** Other languages' words for `fn`, for which rustc suggests `fn`. */
    private static final java.util.Set<String> FN_TYPOS = java.util.Set.of("fun", "func", "function");

    @Override
    List<Item.Attribute> parseOuterAttributes() {
        List<Item.Attribute> attrs = new ArrayList<>();
        while (tok().is(TokenKind.POUND) && !peek(1).is(TokenKind.NOT)) attrs.add(parseAttribute());
        return attrs;
    }

    /** Skips `#![...]` inner attributes, checking their names. */
    void parseInnerAttributes() {
        while (tok().is(TokenKind.POUND) && peek(1).is(TokenKind.NOT)) parseAttribute();
    }

    private Item.Attribute parseAttribute() {
        Span lo = bump().span();
        eat(TokenKind.NOT);
        expect(TokenKind.OPEN_BRACKET);
        Ident name = expectIdent();
        List<String> args = new ArrayList<>();
        if (eat(TokenKind.EQ)) {
            Token v = bump();
            args.add(v.value() instanceof Expr.LitValue.Str s ? s.value() : v.text());
        } else if (tok().is(TokenKind.OPEN_PAREN)) {
            bump();
            int level = 0;
            StringBuilder word = new StringBuilder();
            while (!tok().is(TokenKind.EOF) && !(level == 0 && tok().is(TokenKind.CLOSE_PAREN))) {
                Token t = bump();
                if (t.kind().isOpenDelim()) level++;
                if (t.kind().isCloseDelim()) level--;
                if (level == 0 && t.is(TokenKind.COMMA)) {
                    if (!word.isEmpty()) args.add(word.toString());
                    word.setLength(0);
                } else {
                    word.append(t.value() instanceof Expr.LitValue.Str s ? s.value() : t.text());
                }
            }
            if (!word.isEmpty()) args.add(word.toString());
            expect(TokenKind.CLOSE_PAREN);
        } else {
            while (eat(TokenKind.PATHSEP)) expectIdent();
        }
        expect(TokenKind.CLOSE_BRACKET);
        Span span = from(lo);
        // `#[repr(C)]` is modelled on structs only (declaration-order layout), an integer repr on enums only
        // (fieldless ones: checked with the variants); any other `repr` stays refused.
        boolean reprC = name.name().equals("repr") && args.equals(List.of("C")) && followedBy("struct");
        boolean reprInt = name.name().equals("repr") && args.size() == 1 && INT_REPRS.contains(args.get(0)) && followedBy("enum");
        if (!KNOWN_ATTRS.contains(name.name()) && !reprC && !reprInt) {
            throw fail(Diagnostic.unsupported(span, "attribute `#[" + name.name() + "]`"));
        }
        if (name.name().equals("cfg") && !args.equals(List.of("test"))) {
            throw fail(Diagnostic.unsupported(span, "attribute `#[cfg(" + String.join(", ", args) + ")]`"));
        }
        if (name.name().equals("deny") || name.name().equals("forbid")) {
            // lints raised to errors are not modelled: accepting would let their errors through
            throw fail(Diagnostic.unsupported(span, "attribute `#[" + name.name() + "(" + String.join(", ", args) + ")]`"));
        }
        return new Item.Attribute(span, name.name(), args);
    }

    private static final java.util.Set<String> INT_REPRS =
            java.util.Set.of("u8", "u16", "u32", "u64", "usize", "i8", "i16", "i32", "i64", "isize");

    /** Whether the next item is a `struct` or `enum` (after further outer attributes and a visibility). */
    private boolean followedBy(String keyword) {
        int i = 0;
        while (peek(i).is(TokenKind.POUND)) {
            int level = 0;
            do {
                if (peek(i).kind().isOpenDelim()) level++;
                if (peek(i).kind().isCloseDelim()) level--;
                i++;
            } while ((level > 0 || peek(i - 1).is(TokenKind.POUND) || peek(i - 1).is(TokenKind.NOT)) && !peek(i).is(TokenKind.EOF));
        }
        if (peek(i).isWord("pub")) {
            i++;
            if (peek(i).is(TokenKind.OPEN_PAREN)) while (!peek(i - 1).is(TokenKind.CLOSE_PAREN) && !peek(i).is(TokenKind.EOF)) i++;
        }
        return peek(i).isWord(keyword);
    }

    /** `pub`, `pub(crate)`, `pub(super)`, `pub(self)`, `pub(in path)`, or none (private). */
    Item.Visibility parseVisibility() {
        Span lo = tok().span();
        if (!eatWord("pub")) return Item.Visibility.inherited(lo);
        Item.Visibility.Kind kind = Item.Visibility.Kind.PUB;
        Path path = null;
        if (tok().is(TokenKind.OPEN_PAREN) && (peek(1).isWord("crate") || peek(1).isWord("super")
                || peek(1).isWord("self")) && peek(2).is(TokenKind.CLOSE_PAREN)) {
            bump();
            Token which = bump();
            kind = which.isWord("crate") ? Item.Visibility.Kind.CRATE : which.isWord("super") ? Item.Visibility.Kind.SUPER
                    : Item.Visibility.Kind.SELF;
            bump();
        } else if (tok().is(TokenKind.OPEN_PAREN) && peek(1).isWord("in")) {
            bump();
            bump();
            path = parsePath(false);
            kind = Item.Visibility.Kind.IN;
            expect(TokenKind.CLOSE_PAREN);
        }
        return new Item.Visibility(kind, from(lo), path);
    }

    Item.FnDecl parseFn(Span lo, List<Item.Attribute> attrs, Item.Visibility vis, boolean isConst) {
        Token t = tok();
        if (t.isWord("unsafe") || t.isWord("async") || t.isWord("extern")) {
            throw fail(Diagnostic.unsupported(t.span(), "`" + t.text() + " fn`"));
        }
        if (!eatWord("fn")) throw unexpected();
        Ident name = expectIdent();
        Generics generics = parseGenerics();
        expect(TokenKind.OPEN_PAREN);
        Item.SelfParam self = parseSelfParam();
        List<Item.Param> params = new ArrayList<>();
        if (self == null || eat(TokenKind.COMMA)) {
            while (!check(TokenKind.CLOSE_PAREN)) {
                Span plo = tok().span();
                List<Item.Attribute> pattrs = parseOuterAttributes();
                Pattern pat = parsePatternNoAlt();
                expect(TokenKind.COLON);
                TypeExpr ty = parseType();
                params.add(new Item.Param(id(), from(plo), pat, ty));
                if (!eat(TokenKind.COMMA)) {
                    if (check(TokenKind.CLOSE_PAREN)) break;
                    missingComma();
                }
            }
        }
        expect(TokenKind.CLOSE_PAREN);
        TypeExpr ret = eat(TokenKind.RARROW) ? parseType() : null;
        generics = parseWhere(generics);
        Stmt.Block body = null;
        if (tok().is(TokenKind.SEMI)) {
            bump();
        } else {
            checkWord("where");
            if (!check(TokenKind.OPEN_BRACE)) {
                if (ret == null) expecting("`->`");
                throw unexpected();
            }
            body = parseBlock();
        }
        return new Item.FnDecl(id(), from(lo), name, attrs, vis, isConst, false, generics, self, params, ret, body);
    }

    /**
     * rustc's "expected one of ..." in a comma-separated list. When the next element starts on the
     * same line, rustc adds "help: missing `,`" and goes on as if the comma were there (returns
     * normally); otherwise this bails.
     */
    void missingComma() {
        Diagnostic.Builder d = unexpectedDiagnostic();
        Token t = tok();
        if (t.kind() == TokenKind.IDENT && file.line(t.span().lo()) == file.line(prevSpan().hi())) {
            diags.add(d.secondary(prevSpan().shrinkToHi(), "help: missing `,`").build());
            expected.clear();
            return;
        }
        throw fail(d.build());
    }

    private Item.SelfParam parseSelfParam() {
        Span lo = tok().span();
        int save = pos;
        Item.SelfKind kind = Item.SelfKind.VALUE;
        Ident lifetime = null;
        boolean mutBinding = false;
        if (tok().is(TokenKind.AND)) {
            bump();
            if (tok().is(TokenKind.LIFETIME)) lifetime = lifetime();
            kind = eatWord("mut") ? Item.SelfKind.REF_MUT : Item.SelfKind.REF;
        } else if (tok().isWord("mut") && peek(1).isWord("self")) {
            bump();
            mutBinding = true;
        }
        if (!tok().isWord("self") || peek(1).is(TokenKind.PATHSEP)) {
            pos = save;
            expected.clear();
            return null;
        }
        bump();
        TypeExpr explicit = null;
        if (kind == Item.SelfKind.VALUE && eat(TokenKind.COLON)) explicit = parseType();
        return new Item.SelfParam(id(), from(lo), kind, mutBinding, lifetime, explicit);
    }

    private Item parseConst(Span lo, Item.Visibility vis) {
        bump();
        Token t = tok();
        Ident name = t.isWord("_") ? new Ident("_", bump().span()) : expectIdent();
        expect(TokenKind.COLON);
        TypeExpr ty = parseType();
        Expr value = eat(TokenKind.EQ) ? parseExpr() : null;
        expect(TokenKind.SEMI);
        return new Item.ConstDecl(id(), from(lo), name, vis, ty, value);
    }

    private Item parseStatic(Span lo, Item.Visibility vis) {
        bump();
        boolean mut = eatWord("mut");
        Ident name = expectIdent();
        expect(TokenKind.COLON);
        TypeExpr ty = parseType();
        expect(TokenKind.EQ);
        Expr value = parseExpr();
        expect(TokenKind.SEMI);
        return new Item.StaticDecl(id(), from(lo), name, vis, mut, ty, value);
    }

    /** `type Name<G> = T;` (or, in traits, `type Name: Bounds;` via {@link #parseAssocType}). */
    private Item parseTypeAlias(Span lo, Item.Visibility vis) {
        bump();
        Ident name = expectIdent();
        Generics g = parseWhere(parseGenerics());
        expect(TokenKind.EQ);
        TypeExpr ty = parseType();
        expect(TokenKind.SEMI);
        return new Item.TypeAliasDecl(id(), from(lo), name, vis, g, ty);
    }

    /** `type Name: Bounds = T;` inside traits and impls (bounds and type each optional). */
    Item parseAssocType(Span lo) {
        bump();
        Ident name = expectIdent();
        if (tok().is(TokenKind.LT)) throw fail(Diagnostic.unsupported(tok().span(), "generic associated types"));
        List<Generics.Bound> bounds = eat(TokenKind.COLON) ? parseBounds() : List.of();
        TypeExpr ty = eat(TokenKind.EQ) ? parseType() : null;
        expect(TokenKind.SEMI);
        return new Item.AssocTypeDecl(id(), from(lo), name, bounds, ty);
    }

    private Item parseMod(Span lo, Item.Visibility vis) {
        bump();
        Ident name = expectIdent();
        if (tok().is(TokenKind.SEMI)) throw fail(Diagnostic.unsupported(from(lo), "modules in other files (`mod " + name.name() + ";`)"));
        expect(TokenKind.OPEN_BRACE);
        parseInnerAttributes();
        List<Item> items = parseItemsUntil(TokenKind.CLOSE_BRACE);
        expect(TokenKind.CLOSE_BRACE);
        return new Item.ModDecl(id(), from(lo), name, vis, items);
    }

    /**
     * Items up to {@code end}: after a syntax error in an item rustc stops parsing the enclosing
     * module (so does this), while an unsupported item is skipped and parsing goes on.
     */
    List<Item> parseItemsUntil(TokenKind end) {
        List<Item> items = new ArrayList<>();
        while (!tok().is(end) && !tok().is(TokenKind.EOF)) {
            int start = pos;
            int errors = diags.all().size();
            try {
                Item it = parseItem();
                if (it != null) items.add(it);
            } catch (Bail b) {
                depth = 0;
                List<Diagnostic> all = diags.all();
                boolean unsupported = all.size() > errors && all.get(all.size() - 1).kind() == Diagnostic.Kind.UNSUPPORTED;
                if (!unsupported) {
                    pos = toks.size() - 1; // stop at EOF, as rustc does
                    return items;
                }
                pos = start;
                skipStatement(true);
                if (pos == start) bump();
            }
        }
        return items;
    }

    private Item parseUse(Span lo, Item.Visibility vis) {
        bump();
        List<Item.UseEntry> entries = new ArrayList<>();
        parseUseTree(new ArrayList<>(), false, entries, vis);
        expect(TokenKind.SEMI);
        Item.UseEntry last = entries.isEmpty() ? null : entries.get(entries.size() - 1);
        Ident name = last == null ? new Ident("", lo) : last.alias() != null ? last.alias()
                : new Ident("*", last.span());
        return new Item.UseDecl(id(), from(lo), name, vis, entries);
    }

    /** One use tree under the prefix {@code prefix}; flattened entries are appended to {@code out}. */
    private void parseUseTree(List<Path.PathSegment> prefix, boolean global, List<Item.UseEntry> out, Item.Visibility vis) {
        enter();
        try {
            Span lo = tok().span();
            List<Path.PathSegment> segs = new ArrayList<>(prefix);
            if (prefix.isEmpty() && eat(TokenKind.PATHSEP)) global = true;
            while (true) {
                if (eat(TokenKind.STAR)) {
                    out.add(new Item.UseEntry(from(lo), new Path(from(lo), segs, global), null, true, vis));
                    return;
                }
                if (eat(TokenKind.OPEN_BRACE)) {
                    while (!check(TokenKind.CLOSE_BRACE)) {
                        if (tok().isWord("self") && !peek(1).is(TokenKind.PATHSEP)) {
                            Token s = bump();
                            Ident alias = segs.isEmpty() ? new Ident("self", s.span()) : segs.get(segs.size() - 1).name();
                            if (eatWord("as")) alias = expectIdent();
                            out.add(new Item.UseEntry(s.span(), new Path(s.span(), segs, global), alias, false, vis));
                        } else {
                            parseUseTree(segs, global, out, vis);
                        }
                        if (!eat(TokenKind.COMMA)) break;
                    }
                    expect(TokenKind.CLOSE_BRACE);
                    return;
                }
                Token t = tok();
                if (!startsPath(t)) {
                    expecting("identifier");
                    throw unexpected();
                }
                bump();
                segs.add(new Path.PathSegment(new Ident(t.text(), t.span()), List.of()));
                if (eat(TokenKind.PATHSEP)) continue;
                Ident alias = segs.get(segs.size() - 1).name();
                if (eatWord("as")) alias = tok().isWord("_") ? new Ident("_", bump().span()) : expectIdent();
                out.add(new Item.UseEntry(from(lo), new Path(from(lo), segs, global), alias, false, vis));
                return;
            }
        } finally {
            exit();
        }
    }
}
