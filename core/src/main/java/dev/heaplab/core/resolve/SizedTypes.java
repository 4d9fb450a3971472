package dev.heaplab.core.resolve;

import dev.heaplab.core.diag.Diagnostic;
import dev.heaplab.core.source.Span;
import dev.heaplab.core.syntax.Item;
import dev.heaplab.core.syntax.TypeExpr;
import dev.heaplab.core.types.DefId;
import dev.heaplab.core.types.Ty;
import java.util.List;
import java.util.Map;

/**
 * rustc's E0277 "the size for values of type `..` cannot be known at compilation time" where a written
 * type needs a size: a function's by-value parameters and return type, and the type arguments of the
 * std collections, `Option` and `Result` (their parameters carry the implicit `Sized` bound).
 */
final class SizedTypes {
    private SizedTypes() {}

    /** The std types whose type parameters are all implicitly `Sized`: rustc's location of that bound (the name is printed by its trimmed path). */
    private static final Map<String, String[]> STD_SIZED_PARAMS = Map.of(
            "Vec", new String[] {"/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/alloc/src/vec/mod.rs:438:0"},
            "Option", new String[] {"/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src/option.rs:600:0"},
            "Result", new String[] {"/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src/result.rs:557:0"},
            "VecDeque", new String[] {"/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/alloc/src/collections/vec_deque/mod.rs:104:0"},
            "HashMap", new String[] {"/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/std/src/collections/hash/map.rs:247:0"},
            "HashSet", new String[] {"/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/std/src/collections/hash/set.rs:126:0"},
            "BTreeMap", new String[] {"/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/alloc/src/collections/btree/map.rs:189:0"},
            "BTreeSet", new String[] {"/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/alloc/src/collections/btree/set.rs:78:0"},
            "BinaryHeap", new String[] {"/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/alloc/src/collections/binary_heap/mod.rs:274:0"});

    static boolean unsized(Ty t) { return t instanceof Ty.Str || t instanceof Ty.Slice || t instanceof Ty.Dynamic; }

    /** As rustc prints an unsized type here: a trait object with its default `'static` lifetime. */
    private static String shown(ProgramCx cx, Ty t) {
        return t instanceof Ty.Dynamic ? "(" + t.display(cx.defs) + " + 'static)" : t.display(cx.defs);
    }

    private static Diagnostic.Builder error(ProgramCx cx, Ty t, Span at) {
        String s = shown(cx, t);
        return Diagnostic.error("E0277", "the size for values of type `" + s + "` cannot be known at compilation time")
                .primary(at, "doesn't have a size known at compile-time")
                .help("the trait `Sized` is not implemented for `" + s + "`");
    }

    /** A std collection, `Option` or `Result` whose type argument is unsized (`Vec<dyn Shape>`). */
    static void adtArgs(ProgramCx cx, DefId adt, List<Ty> args, Span at, boolean inBody) {
        var def = cx.defs.adt(adt);
        if (def == null || def.span() == null || def.span().lo() < (1 << 30)) return;
        String[] bound = STD_SIZED_PARAMS.get(def.name());
        if (bound == null) return;
        for (Ty a : args) {
            if (!unsized(a)) continue;
            // in a body rustc prints a trait object without its lifetime, in a signature with its default `'static`
            cx.diags.add((inBody ? Diagnostic.error("E0277", "the size for values of type `" + a.display(cx.defs) + "` cannot be known at compilation time")
                    .primary(at, "doesn't have a size known at compile-time")
                    .help("the trait `Sized` is not implemented for `" + a.display(cx.defs) + "`") : error(cx, a, at))
                    .stdNote("required by an implicit `Sized` bound in `" + cx.defs.path(adt) + "`", bound[0]).build());
            return;
        }
    }

    /** A function with a body taking or returning an unsized type by value. */
    static void signature(ProgramCx cx, Item.FnDecl f, List<Ty> inputs, Ty output) {
        if (f.body() == null) return;
        int first = inputs.size() - f.params().size();
        for (int i = 0; i < f.params().size(); i++) {
            Ty t = inputs.get(first + i);
            if (!unsized(t)) continue;
            TypeExpr written = f.params().get(i).type();
            Span at = written.span();
            if (written instanceof TypeExpr.DynTraitType d) // the whole `dyn A + B`
                for (var b : d.bounds()) if (b instanceof dev.heaplab.core.syntax.Generics.Bound.TraitBound tb && tb.span().hi() > at.hi()) at = new Span(at.lo(), tb.span().hi());
            Diagnostic.Builder b = error(cx, t, at);
            if (t instanceof Ty.Dynamic && written instanceof TypeExpr.DynTraitType)
                b.suggestion("you can use `impl Trait` as the argument type", new Span(at.lo(), at.lo() + 3), "impl");
            b.suggestion("function arguments must have a statically known size, borrowed " + (t instanceof Ty.Slice ? "slices" : "types")
                    + " always have a known size", new Span(at.lo(), at.lo()), "&");
            cx.diags.add(b.build());
        }
        if (unsized(output) && f.ret() instanceof TypeExpr.DynTraitType d && cx.sources != null && cx.sources.fileOf(d.span()) != null) {
            cx.diags.add(dynReturn(cx, f, d));
        } else if (unsized(output) && f.ret() != null)
            cx.diags.add(error(cx, output, f.ret().span()).note("the return type of a function must have a statically known size").build());
    }

    /**
     * rustc's E0746 for `-> dyn Trait`: the whole `dyn A + B`, with its two fixes, `impl Trait`, or a
     * `Box` around the type and around the body's value.
     */
    private static Diagnostic dynReturn(ProgramCx cx, Item.FnDecl f, TypeExpr.DynTraitType d) {
        Span at = d.span();
        for (var b : d.bounds()) if (b instanceof dev.heaplab.core.syntax.Generics.Bound.TraitBound tb && tb.span().hi() > at.hi()) at = new Span(at.lo(), tb.span().hi());
        var file = cx.sources.fileOf(at);
        Diagnostic.Builder b = Diagnostic.error("E0746", "return type cannot be a trait object without pointer indirection")
                .primary(at, "doesn't have a size known at compile-time")
                .suggestion("consider returning an `impl Trait` instead of a `dyn Trait`", new Span(at.lo(), at.lo() + 3), "impl");
        List<dev.heaplab.core.diag.Suggestion.Part> parts = new java.util.ArrayList<>();
        parts.add(new dev.heaplab.core.diag.Suggestion.Part(at, "Box<" + file.slice(at) + ">"));
        var tail = f.body().tail();
        if (tail != null && file.contains(tail.span().lo()))
            parts.add(new dev.heaplab.core.diag.Suggestion.Part(tail.span(), "Box::new(" + file.slice(tail.span()) + ")"));
        b.multipartSuggestion("alternatively, box the return type, and wrap all of the returned values in `Box::new`", parts);
        return b.build();
    }
}
