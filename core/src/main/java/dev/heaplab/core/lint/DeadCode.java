package dev.heaplab.core.lint;

import dev.heaplab.core.diag.Diagnostic;
import dev.heaplab.core.diag.Diagnostics;
import dev.heaplab.core.diag.Suggestion;
import dev.heaplab.core.source.Span;
import dev.heaplab.core.syntax.AstWalk;
import dev.heaplab.core.syntax.Item;
import dev.heaplab.core.typeck.TypedProgram;
import dev.heaplab.core.types.AdtDef;
import dev.heaplab.core.types.ConstDef;
import dev.heaplab.core.types.FnDef;
import dev.heaplab.core.types.ImplDef;
import dev.heaplab.core.types.TraitDef;
import dev.heaplab.core.types.Ty;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * rustc's `dead_code` lint, which runs once the program has no error: items never used from `main`,
 * structs never constructed, variants never constructed, fields never read. Warnings come item by
 * item in source order, grouped as rustc groups them: an impl's or a trait's unused items together,
 * a struct's or a variant's unread fields together, an enum's unbuilt variants together.
 */
public final class DeadCode {
    private final LiveItems live;
    private final List<Diagnostic> out = new ArrayList<>();

    /** A dead item of a group: its name, descriptor ("method", "field"…) and the span to underline. */
    private record Dead(String name, String descr, Span span) {}

    private final dev.heaplab.core.types.LayoutOf layouts;

    private DeadCode(LiveItems live) {
        this.live = live;
        this.layouts = new dev.heaplab.core.types.LayoutOf(live.defs);
    }

    /**
     * Adds the lint's warnings for {@code program} to {@code diags}; {@code firstOwn} is the first DefId
     * of the program's own definitions (0 when the std stubs were checked with it).
     */
    public static void check(TypedProgram program, Diagnostics diags, int firstOwn) {
        diags.addAll(lints(program, firstOwn));
    }

    /** The lint's warnings for {@code program}, in rustc's order; reads the program only. */
    public static List<Diagnostic> lints(TypedProgram program, int firstOwn) {
        List<Item> items = new ArrayList<>();
        Map<Item, Item> parents = new HashMap<>();
        collect(program.crate().items(), null, items, parents);
        LiveItems live = new LiveItems(program, items, firstOwn);
        live.solve(items);
        DeadCode lint = new DeadCode(live);
        for (Item i : items) {
            Item parent = parents.get(i);
            if (parent instanceof Item.FnDecl f && !lint.isLive(f)) continue; // rustc already reported the function
            lint.report(i);
        }
        List<Diagnostic> found = new ArrayList<>(lint.out.size());
        for (Diagnostic d : lint.out) {
            found.add(found.isEmpty() ? d.withNote("`#[warn(dead_code)]` (part of `#[warn(unused)]`) on by default") : d);
        }
        return found;
    }

    /** Every item in source order (nested functions' items after the function), with its enclosing function. */
    private static void collect(List<Item> level, Item.FnDecl enclosing, List<Item> items, Map<Item, Item> parents) {
        for (Item i : level) {
            items.add(i);
            if (enclosing != null) parents.put(i, enclosing);
            switch (i) {
                case Item.ModDecl m -> collect(m.items(), enclosing, items, parents);
                case Item.FnDecl f -> nested(f, f, items, parents);
                case Item.ImplDecl im -> { for (Item m : im.items()) if (m instanceof Item.FnDecl f) nested(f, f, items, parents); }
                case Item.TraitDecl t -> { for (Item m : t.items()) if (m instanceof Item.FnDecl f) nested(f, f, items, parents); }
                default -> { }
            }
        }
    }

    private static void nested(Item.FnDecl f, Item.FnDecl owner, List<Item> items, Map<Item, Item> parents) {
        if (f.body() != null) collect(AstWalk.items(f.body()), owner, items, parents);
    }

    private boolean isLive(Item.FnDecl f) {
        FnDef d = live.fnOf.get(f);
        return d == null || live.live.contains(d.id()) || LiveItems.allowsDeadCode(f);
    }

    private void report(Item item) {
        if (LiveItems.allowsDeadCode(item)) return;
        switch (item) {
            case Item.FnDecl f -> {
                if (!isLive(f)) single(f.name(), "function");
            }
            case Item.StructDecl s -> {
                AdtDef adt = live.adtAt.get(s.span());
                if (adt == null) return;
                if (!live.live.contains(adt.id())) single(s.name(), "struct", "constructed");
                else fields(adt, 0, s.fields(), s.kind(), s.name(), "struct", s.attrs(), true);
            }
            case Item.EnumDecl e -> {
                AdtDef adt = live.adtAt.get(e.span());
                if (adt == null) return;
                if (!live.live.contains(adt.id())) {
                    single(e.name(), "enum");
                    return;
                }
                List<Dead> variants = new ArrayList<>();
                for (int v = 0; v < e.variants().size(); v++) {
                    Item.VariantDecl decl = e.variants().get(v);
                    if (!live.constructed.contains(new LiveItems.VariantKey(adt.id(), v))) {
                        variants.add(new Dead(decl.name().name(), "variant", decl.name().span()));
                    } else {
                        fields(adt, v, decl.fields(), decl.kind(), decl.name(), "variant", e.attrs(), false);
                    }
                }
                group(variants, "constructed", e.name().span(), "enum", e.name().name(), e.attrs(), null);
            }
            case Item.TraitDecl t -> {
                TraitDef trait = live.traitAt.get(t.span());
                if (trait == null) return;
                if (!live.live.contains(trait.id())) {
                    single(t.name(), "trait");
                    return;
                }
                List<Dead> dead = new ArrayList<>();
                for (Item m : t.items()) {
                    if (m instanceof Item.FnDecl f && !isLive(f)) dead.add(new Dead(f.name().name(), fnDescr(f), f.name().span()));
                }
                group(dead, "used", t.name().span(), "trait", null, List.of(), null);
            }
            case Item.ImplDecl im -> {
                ImplDef impl = live.implAt.get(im.span());
                if (impl == null || impl.trait() != null) return; // a trait impl's methods are the trait's to report
                List<Dead> dead = new ArrayList<>();
                for (Item m : im.items()) {
                    if (m instanceof Item.FnDecl f && !isLive(f)) dead.add(new Dead(f.name().name(), fnDescr(f), f.name().span()));
                    if (m instanceof Item.ConstDecl c && !constLive(c.span())) {
                        dead.add(new Dead(c.name().name(), "associated constant", c.name().span()));
                    }
                }
                group(dead, "used", new Span(im.span().lo(), im.selfType().span().hi()), "implementation", null, List.of(), null);
            }
            case Item.ConstDecl c -> { if (!constLive(c.span())) single(c.name(), "constant"); }
            case Item.StaticDecl s -> { if (!constLive(s.span())) single(s.name(), "static"); }
            case Item.TypeAliasDecl a -> { if (!live.liveAliases.contains(a.name().name())) single(a.name(), "type alias"); }
            case Item.AssocTypeDecl a -> { }
            case Item.UseDecl u -> { }
            case Item.ModDecl m -> { }
        }
    }

    private boolean constLive(Span span) {
        ConstDef c = live.constAt.get(span);
        return c == null || live.live.contains(c.id());
    }

    private static String fnDescr(Item.FnDecl f) {
        return f.selfParam() != null ? "method" : "associated function";
    }

    private void single(dev.heaplab.core.syntax.Ident name, String descr) { single(name, descr, "used"); }

    private void single(dev.heaplab.core.syntax.Ident name, String descr, String participle) {
        if (name.name().startsWith("_")) return;
        out.add(Diagnostic.warning("dead_code", descr + " `" + name.name() + "` is never " + participle)
                .primary(name.span(), "").build());
    }

    /** A struct's or a variant's unread fields: one warning. */
    private void fields(AdtDef adt, int variant, List<Item.FieldDecl> decls, Item.StructKind kind,
            dev.heaplab.core.syntax.Ident parent, String parentDescr, List<Item.Attribute> attrs, boolean isStruct) {
        List<Dead> dead = new ArrayList<>();
        List<Item.FieldDecl> deadDecls = new ArrayList<>();
        boolean positional = kind == Item.StructKind.TUPLE;
        for (int f = 0; f < decls.size(); f++) {
            Item.FieldDecl decl = decls.get(f);
            if (live.read.contains(new LiveItems.FieldKey(adt.id(), variant, f))) continue;
            Ty ty = adt.variants().get(variant).fields().get(f).ty();
            if (isPhantom(ty) || (positional && isZeroSized(ty))) continue;
            if (decl.name().name().startsWith("_")) continue;
            dead.add(new Dead(decl.name().name(), "field", positional ? decl.type().span() : decl.name().span()));
            deadDecls.add(decl);
        }
        if (dead.isEmpty()) return;
        Tuple tuple = null;
        if (positional) {
            // rustc proposes removing dead fields that all end a tuple struct, else turning them into `()`
            boolean trailing = isStruct && decls.subList(decls.size() - dead.size(), decls.size()).equals(deadDecls);
            tuple = new Tuple(trailing, deadDecls.stream().map(d -> d.type().span()).toList());
        }
        group(dead, "read", parent.span(), parentDescr, adt.name(), attrs, tuple);
    }

    private record Tuple(boolean trailing, List<Span> types) {}

    private boolean isPhantom(Ty ty) {
        return ty instanceof Ty.Adt a && live.defs.adt(a.def()) != null && live.defs.adt(a.def()).name().equals("PhantomData")
                && !live.isUser(a.def());
    }

    /** Known to take no bytes (rustc leaves such positional fields out); an unknown layout counts as not. */
    private boolean isZeroSized(Ty ty) {
        return layouts.sizeOf(ty).orElse(-1) == 0;
    }

    /** One warning for the dead items of one parent, as rustc's `lint_at_single_level`. */
    private void group(List<Dead> dead, String participle, Span parentSpan, String parentDescr, String adtName,
            List<Item.Attribute> attrs, Tuple tuple) {
        dead = dead.stream().filter(d -> !d.name().startsWith("_")).toList();
        if (dead.isEmpty()) return;
        String descr = dead.get(0).descr();
        for (Dead d : dead) if (!d.descr().equals(descr)) descr = "associated item";
        int n = dead.size();
        String message = n > 6 ? "multiple " + descr + "s are never " + participle
                : n == 1 ? descr + " " + names(dead) + " is never " + participle
                : descr + "s " + names(dead) + " are never " + participle;
        Diagnostic.Builder b = Diagnostic.warning("dead_code", message);
        for (Dead d : dead) b.primary(d.span(), "");
        b.secondary(parentSpan, (n == 1 ? descr : descr + "s") + " in this " + parentDescr);
        if (tuple != null && tuple.trailing()) b.help(n == 1 ? "consider removing this field" : "consider removing these fields");
        if (adtName != null) {
            List<String> ignored = new ArrayList<>();
            for (String t : LiveItems.derives(attrs)) if (LiveItems.TRIVIAL_READS.contains(t)) ignored.add(0, t);
            if (!ignored.isEmpty()) {
                List<String> quoted = ignored.stream().map(t -> "`" + t + "`").toList();
                b.note("`" + adtName + "` has " + (ignored.size() == 1 ? "a derived impl for the trait " : "derived impls for the traits ")
                        + list(quoted) + ", but " + (ignored.size() == 1 ? "this is" : "these are")
                        + " intentionally ignored during dead code analysis");
            }
        }
        if (tuple != null && !tuple.trailing()) {
            String f = n == 1 ? "field" : "fields";
            b.multipartSuggestion("consider changing the " + f + " to be of unit type to suppress this warning while preserving the field numbering, or remove the " + f,
                    tuple.types().stream().map(s -> new Suggestion.Part(s, "()")).toList());
        }
        out.add(b.build());
    }

    private static String names(List<Dead> dead) {
        return list(dead.stream().map(d -> "`" + d.name() + "`").toList());
    }

    /** rustc's list: "`a`", "`a` and `b`", "`a`, `b`, and `c`". */
    static String list(List<String> items) {
        if (items.size() == 1) return items.get(0);
        if (items.size() == 2) return items.get(0) + " and " + items.get(1);
        return String.join(", ", items.subList(0, items.size() - 1)) + ", and " + items.get(items.size() - 1);
    }
}
