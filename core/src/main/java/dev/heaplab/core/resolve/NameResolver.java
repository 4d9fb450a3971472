package dev.heaplab.core.resolve;

import dev.heaplab.core.resolve.ModuleScope.Ns;
import dev.heaplab.core.syntax.Item;
import dev.heaplab.core.syntax.Path;
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
     * Told of each private item of a user module that a path from outside the module names (rustc's
     * E0603, which heaplab does not report yet: ProgramCx refuses the program there).
     */
    public java.util.function.Consumer<dev.heaplab.core.source.Span> privateUse = at -> { };

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
                    Decl m = member(target.decl(), name, ns);
                    if (m != null) {
                        visibleFrom(s, target.decl(), name, ns);
                        return m;
                    }
                }
            } finally {
                resolving.remove(u);
            }
        }
        return null;
    }

    private Decl resolveUse(ModuleScope s, Item.UseEntry u, Ns ns) {
        if (!resolving.add(u)) return null;
        try {
            List<String> segs = segs(u.path());
            if (!segs.isEmpty() && segs.get(segs.size() - 1).equals("self")) segs = segs.subList(0, segs.size() - 1);
            PathLookup l = walk(s, segs, u.path().global(), ns);
            return l.complete(segs.size()) ? l.decl() : null;
        } finally {
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
        for (Item.UseEntry u : s.uses()) {
            List<String> segs = segs(u.path());
            boolean ok;
            if (u.glob()) {
                PathLookup l = walk(s, segs, u.path().global(), Ns.TYPE);
                ok = l.complete(segs.size());
            } else {
                ok = resolveUse(s, u, Ns.TYPE) != null || resolveUse(s, u, Ns.VALUE) != null;
            }
            if (ok) continue;
            String shown = String.join("::", segs);
            if (isStdPath(s, segs, u.path().global())) {
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
     * Whether a path that failed to resolve lies in the standard library: it starts at `std`, `core`
     * or `alloc`, or its resolved prefix is a std module (through an import such as `use std::cmp;`),
     * or its first name is imported from std.
     */
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
    public boolean importedName(ModuleScope scope, String name) {
        for (ModuleScope s = scope; s != null; s = s.isBlock() ? s.parent() : null) {
            for (Item.UseEntry u : s.uses()) if (!u.glob() && u.alias() != null && u.alias().name().equals(name)) return true;
        }
        return false;
    }

    /** A name found in a user module from a scope outside it must not be one of its private items. */
    private void visibleFrom(ModuleScope scope, Decl container, String name, Ns ns) {
        if (!(container instanceof Decl.Module pm) || pm.module().isStd() || scope.within(pm.module())) return;
        dev.heaplab.core.source.Span hidden = pm.module().privateItem(ns, name);
        if (hidden != null) privateUse.accept(hidden);
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

    public static List<String> segs(Path p) {
        List<String> out = new ArrayList<>();
        for (Path.PathSegment s : p.segments()) out.add(s.name().name());
        return out;
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
                i++;
                continue;
            }
            if (next != null) visibleFrom(scope, cur, seg, segNs);
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
