package dev.heaplab.core.resolve;

import dev.heaplab.core.resolve.ModuleScope.Ns;
import dev.heaplab.core.syntax.Item;
import dev.heaplab.core.syntax.Path;
import dev.heaplab.core.source.Span;
import dev.heaplab.core.types.DefId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolves names and module paths against module scopes.
 * Rules: a scope's own items first, then its `use` entries (non-glob, then glob), then, for blocks, the
 * enclosing scope, and last the std prelude (only the names Rust's prelude exports). Paths starting
 * with `std`/`core`/`alloc` walk the std stubs' root, skipping std module names the stubs flatten
 * (`std::collections::HashMap` is the stubs' `HashMap`).
 */
public final class NameResolver {
    /** Names Rust's 2021/2024 prelude brings into every module. */
    public static final Set<String> PRELUDE = Set.of("Option", "Some", "None", "Result", "Ok", "Err", "Vec", "String",
            "Box", "ToString", "Clone", "Copy", "Drop", "PartialEq", "Eq", "PartialOrd", "Ord", "Default", "Iterator",
            "IntoIterator", "DoubleEndedIterator", "ExactSizeIterator", "Extend", "FromIterator", "Fn", "FnMut",
            "FnOnce", "From", "Into", "TryFrom", "TryInto", "AsRef", "AsMut", "Sized", "Send", "Sync", "ToOwned",
            "Unpin", "drop");
    /** std module names whose items the stubs declare at their root. */
    private static final Set<String> FLATTENED = Set.of("collections", "rc", "cell", "ops", "cmp", "iter", "convert",
            "string", "vec", "boxed", "option", "result", "prelude", "hash_map", "hash_set", "clone", "default",
            "marker", "borrow", "primitive", "num", "char", "str", "slice", "array", "sync", "v1", "rust_2021",
            "rust_2024");
    /** Flattened std modules a `use` may import as a module (their items are the stubs' root items). */
    private static final Set<String> IMPORTABLE_FLATTENED = Set.of("iter", "cmp", "collections");
    private static final Set<String> STD_CRATES = Set.of("std", "core", "alloc");

    /** A path resolved as far as modules go: the decl of the first {@code consumed} segments. */
    public record PathLookup(Decl decl, int consumed, int failedAt) {
        public boolean complete(int size) { return decl != null && consumed == size; }
    }

    private final ModuleScope userRoot;
    private final ModuleScope stdRoot;
    private final Map<DefId, List<String>> variants = new HashMap<>();
    /**
     * The std stubs' variants, read through under {@link #variants} (their resolver's table, which no
     * longer changes once they are checked) rather than copied for each program; empty for the stubs'.
     */
    private final Map<DefId, List<String>> stdVariants;
    private final Set<Item.UseEntry> resolving = new HashSet<>();

    /**
     * A path segment naming a user item (or import) that the path's scope may not see (rustc's E0603):
     * {@code at} the segment, {@code decl} what it names, {@code item} its declaration or {@code use} the
     * import binding it; {@code ctorFields} when only the tuple struct's private fields hide its
     * constructor; {@code next} the following segment when the hidden item is a module on the way.
     */
    public record PrivateUse(Span at, String name, Decl decl, Item item, Item.UseEntry use, boolean ctorFields,
                             Span nextAt, String nextName, Decl nextDecl) {}

    /** Told of each {@link PrivateUse} (ProgramCx reports E0603, once per segment). */
    public java.util.function.Consumer<PrivateUse> privateUse = u -> { };
    /** Told of a `pub(in path)` whose path is not an enclosing module (refused by ProgramCx). */
    public java.util.function.Consumer<Span> badVisibility = at -> { };

    public NameResolver(ModuleScope userRoot, ModuleScope stdRoot) {
        this(userRoot, stdRoot, Map.of());
    }

    /** A resolver for a program checked after the std stubs: {@code std}'s root and enum variants, a fresh user root. */
    public NameResolver(ModuleScope userRoot, NameResolver std) {
        this(userRoot, std.stdRoot, std.stdVariants.isEmpty() ? std.variants : std.allVariants());
    }

    private NameResolver(ModuleScope userRoot, ModuleScope stdRoot, Map<DefId, List<String>> stdVariants) {
        this.userRoot = userRoot;
        this.stdRoot = stdRoot;
        this.stdVariants = stdVariants;
    }

    private Map<DefId, List<String>> allVariants() {
        Map<DefId, List<String>> all = new HashMap<>(stdVariants);
        all.putAll(variants);
        return all;
    }

    public ModuleScope userRoot() { return userRoot; }

    public ModuleScope stdRoot() { return stdRoot; }

    public void registerVariants(DefId adt, List<String> names) { variants.put(adt, List.copyOf(names)); }

    public int variantIndex(DefId adt, String name) {
        List<String> vs = variants.get(adt);
        if (vs == null) vs = stdVariants.get(adt);
        return vs == null ? -1 : vs.indexOf(name);
    }

    /** Looks a single name up from a scope. */
    public Decl lookup(ModuleScope scope, String name, Ns ns) {
        for (ModuleScope s = scope; s != null; s = s.isBlock() ? s.parent() : null) {
            Decl d = local(s, name, ns);
            if (d != null) return d;
        }
        if (PRELUDE.contains(name)) return local(stdRoot, name, ns);
        return null;
    }

    private Decl local(ModuleScope s, String name, Ns ns) {
        Decl d = s.names(ns).get(name);
        if (d != null) return d;
        for (Item.UseEntry u : s.uses()) {
            if (u.glob() || u.alias() == null || !u.alias().name().equals(name)) continue;
            Decl t = resolveUse(s, u, ns);
            if (t != null) return t;
        }
        for (Item.UseEntry u : s.uses()) {
            if (!u.glob() || !resolving.add(u)) continue;
            try {
                PathLookup target = walk(s.isBlock() ? s : s, segs(u.path()), u.path().global(), Ns.TYPE);
                if (target.complete(u.path().segments().size())) {
                    // a glob imports only the names its module may see
                    Decl m = member(target.decl(), name, ns);
                    if (m != null && hidden(s, target.decl(), name, ns) == null) {
                        if (!s.isStd()) noteAmbiguity(s, u, name, ns, m);
                        return m;
                    }
                }
            } finally {
                resolving.remove(u);
            }
        }
        return null;
    }

    /** A name that two glob imports of one module give different meanings: rustc's E0659 where it is used. */
    public record Ambiguity(String name, Decl first, Item.UseEntry firstGlob, Item.UseEntry secondGlob) {}

    /** Every lookup that met an {@link Ambiguity}, in order (a caller compares the size before and after its lookup). */
    public final List<Ambiguity> ambiguities = new ArrayList<>();

    /** The names whose ambiguity a caller reported at a use. */
    public final Set<String> reportedAmbiguities = new java.util.HashSet<>();

    /** Records an {@link Ambiguity} when a glob after {@code found} gives {@code name} another meaning. */
    private void noteAmbiguity(ModuleScope s, Item.UseEntry found, String name, Ns ns, Decl m) {
        boolean after = false;
        for (Item.UseEntry u : s.uses()) {
            if (u == found) { after = true; continue; }
            if (!after || !u.glob() || !resolving.add(u)) continue;
            try {
                PathLookup target = walk(s, segs(u.path()), u.path().global(), Ns.TYPE);
                if (!target.complete(u.path().segments().size())) continue;
                Decl other = member(target.decl(), name, ns);
                if (other != null && !other.equals(m) && hidden(s, target.decl(), name, ns) == null) {
                    ambiguities.add(new Ambiguity(name, m, found, u));
                    return;
                }
            } finally {
                resolving.remove(u);
            }
        }
    }

    /** rustc's E0659 at {@code use}, the path naming an ambiguous {@code a}. */
    public void reportAmbiguity(ProgramCx cx, Ambiguity a, dev.heaplab.core.source.Span use) {
        reportedAmbiguities.add(a.name());
        String kind = switch (a.first()) {
            case Decl.Fn f -> "function";
            case Decl.Adt ad -> "type";
            case Decl.Trait t -> "trait";
            case Decl.Module m -> "module";
            case Decl.Const c -> "constant";
            case Decl.Static st -> "static";
            case Decl.Ctor c -> "constructor";
            case Decl.Alias al -> "type alias";
        };
        cx.diags.add(dev.heaplab.core.diag.Diagnostic.error("E0659", "`" + a.name() + "` is ambiguous")
                .primary(use, "ambiguous name")
                .note("ambiguous because of multiple glob imports of a name in the same module")
                .spanNote("`" + a.name() + "` could refer to the " + kind + " imported here",
                        List.of(dev.heaplab.core.diag.Label.primary(a.firstGlob().span(), "")))
                .spanNote("`" + a.name() + "` could also refer to the " + kind + " imported here",
                        List.of(dev.heaplab.core.diag.Label.primary(a.secondGlob().span(), "")))
                .help("consider adding an explicit import of `" + a.name() + "` to disambiguate").build());
    }

    /** Reports, at their second glob import, the ambiguous names no caller reported at a use. */
    public void reportAmbiguities(ProgramCx cx) {
        for (Ambiguity a : ambiguities) {
            if (reportedAmbiguities.contains(a.name())) continue;
            reportAmbiguity(cx, a, a.secondGlob().span());
        }
    }

    /** Depth of {@link #resolveUse} calls under way. */
    private int importing;

    private Decl resolveUse(ModuleScope s, Item.UseEntry u, Ns ns) {
        if (!resolving.add(u)) return null;
        importing++;
        try {
            List<String> segs = segs(u.path());
            if (!segs.isEmpty() && segs.get(segs.size() - 1).equals("self")) segs = segs.subList(0, segs.size() - 1);
            PathLookup l = walk(s, segs, u.path().global(), ns);
            return l.complete(segs.size()) ? l.decl() : null;
        } finally {
            importing--;
            resolving.remove(u);
        }
    }

    /**
     * Reports the module-level imports of the user's crate that name nothing heaplab knows: in std
     * they name something real that heaplab does not model (unsupported, exit 2); elsewhere rustc's
     * E0432. Imports are otherwise resolved lazily, so an unused bad import would pass unnoticed.
     */
    public void checkImports(ProgramCx cx) {
        checkImports(userRoot, cx, java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
    }

    private void checkImports(ModuleScope s, ProgramCx cx, Set<ModuleScope> seen) {
        if (!seen.add(s) || s.isStd()) return;
        checkDuplicateImports(s, cx);
        for (Item.UseEntry u : s.uses()) {
            List<String> segs = segs(u.path());
            boolean ok;
            if (u.glob()) {
                PathLookup l = walk(s, segs, u.path().global(), Ns.TYPE);
                ok = l.complete(segs.size());
            } else {
                ok = resolveUse(s, u, Ns.TYPE) != null || resolveUse(s, u, Ns.VALUE) != null;
            }
            if (ok) {
                if (!u.glob()) checkReexport(s, u, segs, cx);
                continue;
            }
            if (!u.glob() && primitiveModule(segs, u.path().global())) continue;
            String shown = String.join("::", segs);
            int missing = u.glob() ? -1 : StdItems.firstMissing(segs);
            if (missing > 0) {
                // a name the real std module lacks (`std::collections::Hashmap`): rustc's E0432
                boolean last = missing == segs.size() - 1;
                var d = dev.heaplab.core.diag.Diagnostic.error("E0432", "unresolved import `" + String.join("::", segs.subList(0, missing + 1)) + "`")
                        .primary(last || u.path().segments().size() != segs.size() ? u.span()
                                : u.path().segments().get(missing).name().span(), (last ? "no `" : "could not find `") + segs.get(missing) + "` in `" + segs.get(missing - 1) + "`");
                String similar = last ? StdItems.sameIgnoringCase(segs.subList(0, missing), segs.get(missing)) : null;
                if (similar != null && u.path().segments().size() == segs.size())
                    d.suggestion("a similar name exists in the module", u.path().segments().get(missing).name().span(), similar);
                cx.diags.add(d.build());
            } else if (isStdPath(s, segs, u.path().global())) {
                cx.unsupported(u.span(), "`" + shown + "` (this part of the standard library is not modelled)");
            } else {
                String last = segs.get(segs.size() - 1);
                String parent = segs.size() > 1 ? segs.get(segs.size() - 2) : "the crate root";
                cx.error("E0432", "unresolved import `" + shown + "`", u.span(),
                        "no `" + last + "` in " + (segs.size() > 1 ? "`" + parent + "`" : parent));
            }
        }
        for (Decl d : s.names(Ns.TYPE).values()) {
            if (d instanceof Decl.Module m) checkImports(m.module(), cx, seen);
        }
    }

    /**
     * rustc's E0252 (a name imported twice in one namespace of a module) and E0255 (an import of a name
     * the module's own item has), reported at the second import and at the item.
     */
    private void checkDuplicateImports(ModuleScope s, ProgramCx cx) {
        java.util.Map<Ns, java.util.Map<String, Item.UseEntry>> seen = new java.util.EnumMap<>(Ns.class);
        for (Item.UseEntry u : s.uses()) {
            if (u.glob() || u.alias() == null || u.alias().name().equals("_")) continue;
            String name = u.alias().name();
            for (Ns ns : Ns.values()) {
                if (resolveUse(s, u, ns) == null) continue;
                String what = ns == Ns.VALUE ? "value" : "type";
                Item own = s.names(ns).containsKey(name) ? s.declared(ns, name) : null;
                Item.UseEntry prev = own != null ? null : seen.computeIfAbsent(ns, k -> new java.util.HashMap<>()).putIfAbsent(name, u);
                if (own == null && prev == null) continue;
                dev.heaplab.core.source.Span at = own == null ? u.span()
                        : own instanceof Item.FnDecl fd ? DefinitionSpans.fnSignature(fd, cx.sources)
                        : new dev.heaplab.core.source.Span(own.span().lo(), own.name().span().hi());
                cx.diags.add(dev.heaplab.core.diag.Diagnostic.error(own == null ? "E0252" : "E0255", "the name `" + name + "` is defined multiple times")
                        .secondary(own == null ? prev.span() : u.span(), "previous import of the " + what + " `" + name + "` here")
                        .primary(at, "`" + name + "` " + (own == null ? "reimported" : "redefined") + " here")
                        .note("`" + name + "` must be defined only once in the " + what + " namespace of this module").build());
                break;
            }
        }
    }

    /**
     * rustc's E0364 (E0365 for a module): a `use` may not give what it imports a wider visibility than
     * the item has where it is imported from (`pub use` of a private function).
     */
    private void checkReexport(ModuleScope s, Item.UseEntry u, List<String> segs, ProgramCx cx) {
        if (!u.vis().written() || segs.size() < 2) return;
        PathLookup parent = walk(s, segs.subList(0, segs.size() - 1), u.path().global(), Ns.TYPE);
        if (!parent.complete(segs.size() - 1) || !(parent.decl() instanceof Decl.Module pm) || pm.module().isStd()) return;
        String name = segs.get(segs.size() - 1);
        ModuleScope useReach = reach(u.vis(), s);
        boolean narrower = false;
        boolean crateOnly = false;
        Decl target = null;
        for (Ns ns : Ns.values()) {
            Binding b = binding(pm.module(), name, ns);
            if (b == null) continue;
            ModuleScope itemReach = reach(b.vis(), b.declaredIn());
            if (itemReach == null || useReach != null && useReach.within(itemReach)) return; // one namespace re-exports
            narrower = true;
            crateOnly |= b.vis().kind() == Item.Visibility.Kind.CRATE;
            if (target == null) target = member(parent.decl(), name, ns);
        }
        if (!narrower) return;
        if (target instanceof Decl.Module) {
            cx.diags.add(dev.heaplab.core.diag.Diagnostic.error("E0365", "`" + name + "` is private, and cannot be re-exported")
                    .primary(u.span(), "re-export of private `" + name + "`")
                    .note("consider declaring type or module `" + name + "` with `pub`").build());
        } else {
            cx.diags.add(dev.heaplab.core.diag.Diagnostic.error("E0364", "`" + name + "` is "
                            + (crateOnly ? "only public within the crate, and cannot be re-exported outside" : "private, and cannot be re-exported"))
                    .primary(u.span(), "")
                    .spanNote("consider marking `" + name + "` as `pub` in the imported module",
                            List.of(dev.heaplab.core.diag.Label.primary(u.span(), ""))).build());
        }
    }

    /** How far a visibility reaches: null for `pub`, the crate's root for `pub(crate)`, else its {@link #restriction}. */
    private ModuleScope reach(Item.Visibility vis, ModuleScope declaredIn) {
        if (vis.kind() == Item.Visibility.Kind.CRATE) return userRoot;
        return restriction(vis, declaredIn);
    }

    /**
     * Whether a path that failed to resolve lies in the standard library: it starts at `std`, `core`
     * or `alloc`, or its resolved prefix is a std module (through an import such as `use std::cmp;`),
     * or its first name is imported from std.
     */
    /**
     * `use std::str;`, `use std::char;`, `use core::u32;`: std modules named like a primitive type, which
     * the stubs flatten. The import binds nothing here: `str::from_utf8`, `char::from_u32` or `u32::MAX`
     * then reach the primitive's inherent items, which the stubs declare for what the module holds.
     */
    private static boolean primitiveModule(List<String> segs, boolean global) {
        return segs.size() == 2 && STD_CRATES.contains(segs.get(0)) && TypeLowerer.primitive(segs.get(1)) != null;
    }

    public boolean isStdPath(ModuleScope scope, List<String> segs, boolean global) {
        if (segs.isEmpty()) return false;
        String first = segs.get(0);
        if (first.equals("std") || first.equals("core") || first.equals("alloc")) return true;
        PathLookup l = walk(scope, segs, global, Ns.TYPE);
        if (l.consumed() > 0 && l.consumed() < segs.size()) {
            PathLookup prefix = walk(scope, segs.subList(0, l.consumed()), global, Ns.TYPE);
            if (prefix.decl() instanceof Decl.Module m && m.module().isStd()) return true;
        }
        for (ModuleScope s = scope; s != null; s = s.parent()) {
            for (Item.UseEntry u : s.uses()) {
                if (u.glob() || u.alias() == null || !u.alias().name().equals(first)) continue;
                List<String> target = segs(u.path());
                if (!target.isEmpty() && List.of("std", "core", "alloc").contains(target.get(0))) return true;
            }
            if (!s.isBlock()) break;
        }
        return false;
    }

    /** Whether {@code name} is brought into scope by a (non-glob) `use`. */
    /**
     * For a std path heaplab cannot resolve: the index (in {@code segs}) of the first segment the real std
     * module lacks (`std::iter::nothing`, or `iter::HashMap` after `use std::iter;`), so that it is rustc's
     * E0425/E0433 rather than a refusal; -1 when every segment is a real std name or nothing is known.
     */
    public int stdMissingAt(ModuleScope scope, List<String> segs, boolean global) {
        if (segs.isEmpty()) return -1;
        List<String> prefix = null;
        if (segs.get(0).equals("std")) prefix = List.of("std");
        else if (!global) {
            for (ModuleScope s = scope; s != null && prefix == null; s = s.isBlock() ? s.parent() : null) {
                for (Item.UseEntry u : s.uses()) {
                    if (u.glob() || u.alias() == null || !u.alias().name().equals(segs.get(0))) continue;
                    List<String> target = segs(u.path());
                    if (!target.isEmpty() && target.get(0).equals("std")) prefix = target;
                    break;
                }
            }
        }
        if (prefix == null) return -1;
        List<String> full = new java.util.ArrayList<>(prefix);
        full.addAll(segs.subList(1, segs.size()));
        int missing = StdItems.firstMissing(full);
        int at = missing - (prefix.size() - 1);
        return missing < 0 || at < 1 ? -1 : at;
    }

    /** Whether {@code name} is bound in scope by an import that resolves to nothing (its E0432 is the only error). */
    public boolean failedImport(ModuleScope scope, String name) {
        for (ModuleScope s = scope; s != null; s = s.isBlock() ? s.parent() : null) {
            for (Item.UseEntry u : s.uses()) {
                if (!u.glob() && u.alias() != null && u.alias().name().equals(name)
                        && resolveUse(s, u, Ns.TYPE) == null && resolveUse(s, u, Ns.VALUE) == null) return true;
            }
        }
        return false;
    }

    public boolean importedName(ModuleScope scope, String name) {
        for (ModuleScope s = scope; s != null; s = s.isBlock() ? s.parent() : null) {
            for (Item.UseEntry u : s.uses()) if (!u.glob() && u.alias() != null && u.alias().name().equals(name)) return true;
        }
        return false;
    }

    /** How a name is bound in a user module: by its own item, or by an import ({@code use}), with the visibility written. */
    private record Binding(Item item, Item.UseEntry use, Item.Visibility vis, ModuleScope declaredIn) {}

    /** The binding of {@code name} in {@code container} when {@code from} may not see it; null when visible. */
    private Binding hidden(ModuleScope from, Decl container, String name, Ns ns) {
        if (!(container instanceof Decl.Module pm) || pm.module().isStd() || from.within(pm.module())) return null;
        Binding b = binding(pm.module(), name, ns);
        if (b == null) return null;
        if (!visible(from, b.vis(), b.declaredIn())) return b;
        // an import re-exports its name at most as far as the name reaches where it comes from
        // (rustc's E0364 reports an import wider than that; a glob narrows silently)
        Item.UseEntry u = b.use();
        if (u != null && resolving.add(u)) {
            try {
                List<String> path = segs(u.path());
                if (!u.glob() && !path.isEmpty()) path = path.subList(0, path.size() - 1);
                String source = u.glob() ? name : u.path().last().name().name();
                PathLookup target = walk(pm.module(), path, u.path().global(), Ns.TYPE);
                if (!path.isEmpty() && target.complete(path.size()) && hidden(from, target.decl(), source, ns) != null) return b;
            } finally {
                resolving.remove(u);
            }
        }
        return null;
    }

    private Binding binding(ModuleScope m, String name, Ns ns) {
        if (m.names(ns).containsKey(name)) {
            Item it = m.declared(ns, name);
            return it == null ? null : new Binding(it, null, visibility(it), m);
        }
        for (Item.UseEntry u : m.uses()) {
            if (!u.glob() && u.alias() != null && u.alias().name().equals(name) && resolveUse(m, u, ns) != null) {
                return new Binding(null, u, u.vis(), m);
            }
        }
        for (Item.UseEntry u : m.uses()) {
            if (!u.glob() || !resolving.add(u)) continue;
            try {
                PathLookup target = walk(m, segs(u.path()), u.path().global(), Ns.TYPE);
                if (target.complete(u.path().segments().size()) && member(target.decl(), name, ns) != null) return new Binding(null, u, u.vis(), m);
            } finally {
                resolving.remove(u);
            }
        }
        return null;
    }

    /** The visibility written on an item (impls and associated types have none of their own: public). */
    public static Item.Visibility visibility(Item it) {
        return switch (it) {
            case Item.FnDecl f -> f.vis();
            case Item.StructDecl s -> s.vis();
            case Item.EnumDecl e -> e.vis();
            case Item.TraitDecl t -> t.vis();
            case Item.ConstDecl c -> c.vis();
            case Item.StaticDecl st -> st.vis();
            case Item.TypeAliasDecl a -> a.vis();
            case Item.ModDecl m -> m.vis();
            case Item.UseDecl u -> u.vis();
            case Item.ImplDecl i -> new Item.Visibility(Item.Visibility.Kind.PUB, i.span().shrinkToLo(), null);
            case Item.AssocTypeDecl a -> new Item.Visibility(Item.Visibility.Kind.PUB, a.span().shrinkToLo(), null);
        };
    }

    /**
     * Whether {@code from} may see what is declared in {@code declaredIn} with visibility {@code vis}:
     * `pub` and `pub(crate)` everywhere (one crate), otherwise within the module they name (the
     * declaring one for no visibility and `pub(self)`, its parent for `pub(super)`).
     */
    public boolean visible(ModuleScope from, Item.Visibility vis, ModuleScope declaredIn) {
        ModuleScope within = restriction(vis, declaredIn);
        return within == null || from.within(within);
    }

    /** The module whose descendants see the visibility {@code vis} written in {@code declaredIn}; null for public. */
    public ModuleScope restriction(Item.Visibility vis, ModuleScope declaredIn) {
        ModuleScope own = declaredIn.module();
        return switch (vis.kind()) {
            case PUB, CRATE -> null;
            case PRIVATE, SELF -> own;
            case SUPER -> {
                if (own.parent() != null) yield own.parent().module();
                badVisibility.accept(vis.span());
                yield own;
            }
            case IN -> {
                PathLookup l = walk(declaredIn, segs(vis.path()), vis.path().global(), Ns.TYPE);
                if (l.complete(vis.path().segments().size()) && l.decl() instanceof Decl.Module m && own.within(m.module())) yield m.module();
                badVisibility.accept(vis.span());
                yield own;
            }
        };
    }

    /**
     * A tuple struct's constructor is as visible as the least visible of its fields (rustc): the struct's
     * declaration when one of its fields hides the constructor from {@code from}.
     */
    public Item.StructDecl hiddenCtor(ModuleScope from, String name, Decl d, ModuleScope declaredIn) {
        if (!(d instanceof Decl.Ctor) || declaredIn == null || declaredIn.isStd()) return null;
        Item it = declaredIn.declared(Ns.VALUE, name);
        if (!(it instanceof Item.StructDecl s) || s.kind() != Item.StructKind.TUPLE) return null;
        for (Item.FieldDecl f : s.fields()) if (!visible(from, f.vis(), declaredIn)) return s;
        return null;
    }

    private Decl member(Decl container, String name, Ns ns) {
        if (container instanceof Decl.Module m) {
            Decl d = m.module().names(ns).get(name);
            if (d == null) d = local(m.module(), name, ns);
            return d;
        }
        if (container instanceof Decl.Adt a) {
            int v = variantIndex(a.def(), name);
            if (v >= 0) return new Decl.Ctor(a.def(), v);
        }
        return null;
    }

    /** A path's segment names; the list keeps the segments' spans, for the privacy errors of {@link #walk}. */
    public static List<String> segs(Path p) {
        Segments out = new Segments(p);
        for (Path.PathSegment s : p.segments()) out.add(s.name().name());
        return out;
    }

    /** Segment names that remember where each was written. */
    private static final class Segments extends ArrayList<String> {
        private final Path path;

        Segments(Path path) { this.path = path; }

        Span at(int i) { return size() == path.segments().size() ? path.segments().get(i).name().span() : null; }
    }

    /** Reports segment {@code i} (found as {@code next} in {@code cur}) when the path's scope may not see it. */
    private void checkVisible(ModuleScope scope, Decl cur, Decl next, List<String> segs, int i, Ns ns) {
        if (!(segs instanceof Segments ss) || ss.at(i) == null || !(cur instanceof Decl.Module pm) || pm.module().isStd()) return;
        String seg = segs.get(i);
        Binding b = hidden(scope, cur, seg, ns);
        boolean ctorFields = false;
        if (b == null) {
            // an import of the struct still brings its type (using the constructor is then rustc's E0423)
            Item.StructDecl s = pm.module().names(ns).get(seg) == next && importing == 0 ? hiddenCtor(scope, seg, next, pm.module()) : null;
            if (s == null) return;
            b = new Binding(s, null, s.vis(), pm.module());
            ctorFields = true;
        }
        Span nextAt = null;
        String nextName = null;
        Decl nextDecl = null;
        if (i + 1 < segs.size()) {
            nextAt = ss.at(i + 1);
            nextName = segs.get(i + 1);
            nextDecl = member(next, nextName, i + 1 == segs.size() - 1 ? ns : Ns.TYPE);
            if (nextDecl == null) nextDecl = member(next, nextName, Ns.VALUE);
        }
        privateUse.accept(new PrivateUse(ss.at(i), seg, next, b.item(), b.use(), ctorFields, nextAt, nextName, nextDecl));
    }

    /**
     * Resolves as many leading segments as name modules, types or items; the last resolved segment is in
     * {@code ns} when it is the last of the path, otherwise in the type namespace.
     */
    public PathLookup walk(ModuleScope scope, List<String> segs, boolean global, Ns ns) {
        if (segs.isEmpty()) return new PathLookup(null, 0, 0);
        int i = 0;
        Decl cur;
        String first = segs.get(0);
        if (global || first.equals("crate")) {
            cur = new Decl.Module(scope.isStd() ? stdRoot : userRoot);
            i = global && !first.equals("crate") ? 0 : 1;
            if (global && STD_CRATES.contains(first)) { cur = new Decl.Module(stdRoot); i = 1; }
        } else if (first.equals("self")) {
            cur = new Decl.Module(scope.module());
            i = 1;
        } else if (first.equals("super")) {
            ModuleScope m = scope.module();
            while (i < segs.size() && segs.get(i).equals("super")) {
                if (m.parent() == null) return new PathLookup(null, 0, i);
                m = m.parent().module();
                i++;
            }
            cur = new Decl.Module(m);
        } else {
            Ns firstNs = segs.size() == 1 ? ns : Ns.TYPE;
            cur = lookup(scope, first, firstNs);
            if (cur == null && STD_CRATES.contains(first) && lookup(scope, first, Ns.TYPE) == null) {
                cur = new Decl.Module(stdRoot);
            }
            if (cur == null) return new PathLookup(null, 0, 0);
            i = 1;
            // `use std::iter;` names the stubs' root (they flatten iter, cmp, collections): what follows
            // must be a name the real module has (`iter::HashMap` is rustc's E0433, not the root's HashMap).
            if (cur instanceof Decl.Module fm && fm.module() == stdRoot && !scope.isStd() && IMPORTABLE_FLATTENED.contains(first)
                    && segs.size() > 1 && StdItems.firstMissing(List.of("std", first, segs.get(1))) == 2) {
                return new PathLookup(null, 1, 1);
            }
        }
        while (i < segs.size()) {
            String seg = segs.get(i);
            Ns segNs = i == segs.size() - 1 ? ns : Ns.TYPE;
            Decl next = member(cur, seg, segNs);
            // `std::f64::consts` lives in std's module `float_f64`: a module named `f64` would hide the primitive.
            if (next == null && (seg.equals("f64") || seg.equals("f32")) && cur instanceof Decl.Module fm && fm.module() == stdRoot
                    && i < segs.size() - 1) {
                next = member(cur, "float_" + seg, Ns.TYPE);
            }
            if (next == null && cur instanceof Decl.Module m && m.module().isStd() && FLATTENED.contains(seg)
                    && i < segs.size() - 1) {
                // `std::sync::Weak` is not rc's: the stubs declare it in their module `arc_weak`
                if (seg.equals("sync") && segs.get(i + 1).equals("Weak") && member(cur, "arc_weak", Ns.TYPE) instanceof Decl.Module aw) {
                    cur = aw;
                }
                i++;
                continue;
            }
            // `use std::iter;` (or cmp, collections) imports a module the stubs flatten: it names their root
            if (next == null && importing > 0 && i == segs.size() - 1 && segNs == Ns.TYPE && cur instanceof Decl.Module rm
                    && rm.module() == stdRoot && IMPORTABLE_FLATTENED.contains(seg)) {
                next = cur;
            }
            if (next != null) checkVisible(scope, cur, next, segs, i, segNs);
            if (next == null) {
                boolean containerOnly = cur instanceof Decl.Module;
                return new PathLookup(containerOnly ? null : cur, i, containerOnly ? i : -1);
            }
            cur = next;
            i++;
        }
        return new PathLookup(cur, i, -1);
    }

    /**
     * Whether trait {@code trait} (named {@code name} where declared) is in scope at {@code scope}, as
     * rustc requires for calling its methods on a type: declared or imported (by name, alias, `as _` or
     * glob) in the scope or an enclosing block, up to the module. Parent modules' items are not in scope.
     */
    public boolean traitInScope(ModuleScope scope, DefId trait, String name) {
        Decl want = new Decl.Trait(trait);
        for (ModuleScope s = scope; s != null; s = s.isBlock() ? s.parent() : null) {
            if (s.names(Ns.TYPE).containsValue(want)) return true;
            for (Item.UseEntry u : s.uses()) {
                if (!u.glob()) {
                    if (want.equals(resolveUse(s, u, Ns.TYPE))) return true;
                    continue;
                }
                if (!resolving.add(u)) continue;
                try {
                    PathLookup target = walk(s, segs(u.path()), u.path().global(), Ns.TYPE);
                    if (target.complete(u.path().segments().size()) && want.equals(member(target.decl(), name, Ns.TYPE))) return true;
                } finally {
                    resolving.remove(u);
                }
            }
        }
        return false;
    }
}
