package dev.heaplab.core.resolve;

import dev.heaplab.core.diag.Diagnostic;
import dev.heaplab.core.diag.Suggestion;
import dev.heaplab.core.source.Span;
import dev.heaplab.core.syntax.Item;
import dev.heaplab.core.syntax.Path;
import dev.heaplab.core.syntax.TypeExpr;
import dev.heaplab.core.types.AdtDef;
import dev.heaplab.core.types.DefId;
import dev.heaplab.core.types.Ty;
import dev.heaplab.core.types.TySubst;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * rustc's E0072: a user struct or enum that contains itself by value (through its fields, tuples,
 * arrays, or other structs and enums held by value, `Option` included) has no finite size. Boxes,
 * references, `Vec`, `Rc`... are declared without fields in the stubs, so the walk stops there;
 * `Cell`/`RefCell`/`Mutex` hold their value inline and are walked through their argument.
 */
final class RecursiveTypes {
    private static final Set<String> INLINE_WRAPPERS = Set.of("Cell", "RefCell", "Mutex", "RwLock");

    private final ProgramCx cx;

    RecursiveTypes(ProgramCx cx) { this.cx = cx; }

    void check(List<ItemCollector.Scoped> items) {
        Set<DefId> reported = new HashSet<>();
        for (ItemCollector.Scoped s : items) {
            if (s.scope().isStd() || reported.contains(s.def())) continue;
            List<List<Item.FieldDecl>> fieldLists;
            Span header;
            switch (s.item()) {
                case Item.StructDecl st -> {
                    fieldLists = List.of(st.fields());
                    header = new Span(headerStart(st.span(), st.attrs()), st.name().span().hi());
                }
                case Item.EnumDecl en -> {
                    fieldLists = en.variants().stream().map(Item.VariantDecl::fields).toList();
                    header = new Span(headerStart(en.span(), en.attrs()), en.name().span().hi());
                }
                default -> { continue; }
            }
            AdtDef adt = cx.defs.adt(s.def());
            if (adt == null) continue;
            List<Span> culprits = new ArrayList<>();
            Set<DefId> cycle = new LinkedHashSet<>();
            for (int v = 0; v < adt.variants().size() && v < fieldLists.size(); v++) {
                List<AdtDef.FieldDef> fields = adt.variants().get(v).fields();
                for (int f = 0; f < fields.size() && f < fieldLists.get(v).size(); f++) {
                    Set<DefId> path = new LinkedHashSet<>();
                    if (!contains(fields.get(f).ty(), s.def(), path, 0)) continue;
                    cycle.addAll(path);
                    // rustc labels one field per variant, at the innermost path naming the type
                    TypeExpr written = fieldLists.get(v).get(f).type();
                    Span named = innermost(written, adt.name());
                    culprits.add(named != null ? named : written.span());
                    break;
                }
            }
            if (culprits.isEmpty()) continue;
            reported.addAll(cycle);
            reported.add(s.def());
            Diagnostic.Builder b = Diagnostic.error("E0072", "recursive type `" + adt.name() + "` has infinite size")
                    .primary(header, "");
            for (Span c : culprits) b.secondary(c, "recursive without indirection");
            Span first = culprits.get(0);
            b.multipartSuggestion("insert some indirection (e.g., a `Box`, `Rc`, or `&`) to break the cycle",
                    List.of(new Suggestion.Part(first.shrinkToLo(), "Box<"),
                            new Suggestion.Part(first.shrinkToHi(), ">")));
            cx.diags.add(b.build());
        }
    }

    /** The innermost path in a written field type whose last segment is `name`, or null. */
    private static Span innermost(TypeExpr t, String name) {
        return switch (t) {
            case TypeExpr.PathType p -> {
                for (Path.PathSegment seg : p.path().segments()) {
                    for (Path.GenericArg arg : seg.args()) {
                        if (arg instanceof Path.GenericArg.TypeArg ta) {
                            Span in = innermost(ta.type(), name);
                            if (in != null) yield in;
                        }
                    }
                }
                List<Path.PathSegment> segs = p.path().segments();
                yield !segs.isEmpty() && segs.get(segs.size() - 1).name().name().equals(name) ? p.span() : null;
            }
            case TypeExpr.TupleType tt -> {
                for (TypeExpr e : tt.elems()) {
                    Span in = innermost(e, name);
                    if (in != null) yield in;
                }
                yield null;
            }
            case TypeExpr.ArrayType a -> innermost(a.elem(), name);
            case TypeExpr.RefType r -> null;
            case TypeExpr.RawPtrType r -> null;
            case TypeExpr.SliceType sl -> null;
            case TypeExpr.FnPtrType fp -> null;
            case TypeExpr.ImplTraitType it -> null;
            case TypeExpr.DynTraitType dt -> null;
            case TypeExpr.NeverType nt -> null;
            case TypeExpr.InferType in -> null;
        };
    }

    /** The span rustc gives an item's header: from its first keyword (after the attributes). */
    private static int headerStart(Span item, List<Item.Attribute> attrs) {
        int lo = item.lo();
        for (Item.Attribute a : attrs) if (a.span().hi() > lo && a.span().lo() <= lo + 1) lo = a.span().hi();
        return lo;
    }

    /** Whether `ty` holds the ADT `target` by value; `path` collects the ADTs walked through. */
    private boolean contains(Ty ty, DefId target, Set<DefId> path, int depth) {
        if (depth > 32) return false;
        return switch (ty) {
            case Ty.Tuple t -> t.elems().stream().anyMatch(e -> contains(e, target, path, depth + 1));
            case Ty.Array a -> a.len() > 0 && contains(a.elem(), target, path, depth + 1);
            case Ty.Adt a -> {
                if (a.def().equals(target)) yield true;
                AdtDef def = cx.defs.adt(a.def());
                if (def == null || !path.add(a.def())) yield false;
                if (def.lang() != null && INLINE_WRAPPERS.contains(def.name()) && !a.args().isEmpty()) {
                    if (contains(a.args().get(0), target, path, depth + 1)) yield true;
                }
                for (AdtDef.VariantDef v : def.variants()) {
                    for (AdtDef.FieldDef f : v.fields()) {
                        if (contains(TySubst.subst(f.ty(), a.args()), target, path, depth + 1)) yield true;
                    }
                }
                path.remove(a.def());
                yield false;
            }
            default -> false;
        };
    }
}
