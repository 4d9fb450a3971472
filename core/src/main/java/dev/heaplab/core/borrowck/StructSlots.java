package dev.heaplab.core.borrowck;

import dev.heaplab.core.mir.Body;
import dev.heaplab.core.mir.Place;
import dev.heaplab.core.mir.Rvalue;
import dev.heaplab.core.mir.Statement;
import dev.heaplab.core.mir.Terminator;
import dev.heaplab.core.source.SourceFile;
import dev.heaplab.core.syntax.Generics;
import dev.heaplab.core.syntax.Path;
import dev.heaplab.core.syntax.TypeExpr;
import dev.heaplab.core.types.AdtDef;
import dev.heaplab.core.types.FnDef;
import dev.heaplab.core.types.ImplDef;
import dev.heaplab.core.types.ProgramDefs;
import dev.heaplab.core.types.Ty;
import dev.heaplab.core.types.TySubst;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A struct's lifetime arguments, which heaplab's types do not keep, followed for locals built by a
 * struct expression (`let p = Pick { long: &outer, short: &inner }`): the loans each lifetime of the
 * struct was given, field by field. A call passing `&p` whose result names only some of those
 * lifetimes (`fn long(&self) -> &'a str` in `impl<'a, 'b> Pick<'a, 'b>`) then holds only the loans
 * given to them, as rustc's regions: `p.long()` does not keep the `'b` borrow.
 * <p>
 * Only where nothing else can relate the lifetimes: a struct whose header declares lifetimes only,
 * without bounds or where-clause, each field naming at most one of them and holding a borrow only as a
 * reference to data holding none (`&'a str`, `&'b [i32]`, so that nothing can be stored into it);
 * a local assigned only whole struct expressions, never borrowed mutably nor by raw pointer; a callee
 * (inherent method with `&self`, or function taking `&S<'x, 'y>`) whose generics bound no lifetime and
 * whose return type names its lifetimes (no `'_`, `Self`, trait object or `impl Trait`).
 */
final class StructSlots {
    /** Per tracked local: per field of its struct, the lifetime position it names (-1: none). */
    private final Map<Integer, int[]> fieldSlots = new HashMap<>();
    /** Per tracked local: per lifetime position, the loans ever given to it; and all loans given to any field. */
    private final Map<Integer, BitSet[]> given = new HashMap<>();
    private final Map<Integer, BitSet> known = new HashMap<>();
    private final Map<DefId2, long[]> masks = new HashMap<>();
    private final ProgramDefs defs;
    private final TypeQueries queries;
    private final SourceFile source;
    /** Did a record add a loan since the last {@link #settle}? */
    private boolean grown;
    /** Set when the flow did not settle: no narrowing at all. */
    private boolean disabled;

    private record DefId2(dev.heaplab.core.types.DefId fn, int k) {}

    private StructSlots(ProgramDefs defs, TypeQueries queries, SourceFile source) {
        this.defs = defs;
        this.queries = queries;
        this.source = source;
    }

    /** The tracked locals of {@code body}, or null when there is none (most bodies). */
    static StructSlots of(Body body, ProgramDefs defs, TypeQueries queries, SourceFile source) {
        if (source == null) return null;
        StructSlots out = null;
        Map<AdtDef, int[]> structs = new HashMap<>();
        for (int i = body.argCount() + 1; i < body.locals().size(); i++) {
            if (!(body.local(new dev.heaplab.core.mir.Local(i)).ty() instanceof Ty.Adt a) || !a.args().isEmpty()) continue;
            AdtDef adt = defs.adt(a.def());
            if (adt == null || adt.lang() != null || adt.isEnum() || !queries.adtMayBorrow(a)) continue;
            int[] slots = structs.computeIfAbsent(adt, d -> fieldSlots(d, queries, source));
            if (slots == null || !onlyStructExpressions(body, i, a.def())) continue;
            if (out == null) out = new StructSlots(defs, queries, source);
            out.fieldSlots.put(i, slots);
            out.given.put(i, new BitSet[lifetimes(adt, source).size()]);
            out.known.put(i, new BitSet());
        }
        return out;
    }

    /** The struct's lifetime parameters in order, when its header declares only those, unbounded; else null. */
    private static List<String> lifetimes(AdtDef adt, SourceFile source) {
        String header = StaticFields.header(adt, source);
        if (header == null) return null;
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("struct\\s+" + java.util.regex.Pattern.quote(adt.name())
                + "\\s*<([^<>]*)>\\s*$").matcher(header);
        if (!m.find()) return null;
        List<String> out = new ArrayList<>();
        for (String p : m.group(1).split(",")) {
            String t = p.strip();
            if (t.isEmpty()) continue;
            if (!t.matches("'[A-Za-z_][A-Za-z0-9_]*") || t.equals("'static") || out.contains(t)) return null;
            out.add(t);
        }
        return out.size() >= 2 ? out : null;
    }

    /** Per field, the lifetime position it names (-1: none); null when a field does not fit (see the class comment). */
    private static int[] fieldSlots(AdtDef adt, TypeQueries queries, SourceFile source) {
        List<String> names = lifetimes(adt, source);
        if (names == null || adt.struct().ctor() != AdtDef.CtorKind.NAMED) return null;
        List<AdtDef.FieldDef> fields = adt.struct().fields();
        int[] out = new int[fields.size()];
        for (int f = 0; f < fields.size(); f++) {
            java.util.Set<String> named = new java.util.HashSet<>();
            boolean[] open = {false};
            TySubst.map(fields.get(f).ty(), x -> {
                switch (x) {
                    case Ty.Ref r -> {
                        if (!r.region().isNamed()) open[0] = true;
                        else if (!"'static".equals(r.region().name())) named.add(r.region().name());
                        if (!queries.refFree(r.inner())) open[0] = true;
                    }
                    case Ty.Adt a when queries.adtMayBorrow(a) -> open[0] = true;
                    case Ty.Param p -> open[0] = true;
                    case Ty.Projection p -> open[0] = true;
                    case Ty.Closure c -> open[0] = true;
                    case Ty.Dynamic d -> open[0] = true;
                    case Ty.Infer i -> open[0] = true;
                    case Ty.RawPtr p -> open[0] = true;
                    case Ty.FnPtr p -> open[0] = true;
                    case Ty.Opaque o -> open[0] = true;
                    default -> { }
                }
                return x;
            });
            if (open[0] || named.size() > 1) return null;
            out[f] = named.isEmpty() ? -1 : names.indexOf(named.iterator().next());
            if (!named.isEmpty() && out[f] < 0) return null;
        }
        return out;
    }

    /** Is local {@code i} written only by whole struct expressions of {@code adt}, never borrowed mutably nor by raw pointer? */
    private static boolean onlyStructExpressions(Body body, int i, dev.heaplab.core.types.DefId adt) {
        boolean built = false;
        for (Body.BasicBlock bb : body.blocks()) {
            for (Statement st : bb.statements()) {
                switch (st) {
                    case Statement.Assign a -> {
                        if (a.place().local().index() == i) {
                            if (!a.place().isLocal() || !(a.rvalue() instanceof Rvalue.Aggregate ag)
                                    || !(ag.kind() instanceof Rvalue.AggregateKind.Adt k) || !k.adt().equals(adt)) return false;
                            built = true;
                        }
                        switch (a.rvalue()) {
                            case Rvalue.Ref r when r.place().local().index() == i && r.kind() != Rvalue.BorrowKind.SHARED -> { return false; }
                            case Rvalue.RawPtr r when r.place().local().index() == i -> { return false; }
                            default -> { }
                        }
                    }
                    case Statement.SetDiscriminant d -> { if (d.place().local().index() == i) return false; }
                    default -> { }
                }
            }
            if (bb.terminator() instanceof Terminator.Call c && c.destination().local().index() == i) return false;
        }
        return built;
    }

    /** Is local {@code i} followed here? */
    boolean tracks(int i) { return !disabled && fieldSlots.containsKey(i); }

    /** Struct expression assigned to tracked local {@code i}: operand {@code field} holds {@code held}. */
    void record(int i, int field, BitSet held) {
        int[] slots = fieldSlots.get(i);
        if (slots == null || field >= slots.length || held.isEmpty()) return;
        BitSet all = known.get(i);
        if (!containsAll(all, held)) {
            all.or(held);
            grown = true;
        }
        if (slots[field] < 0) return;
        BitSet[] per = given.get(i);
        if (per[slots[field]] == null) per[slots[field]] = new BitSet();
        if (!containsAll(per[slots[field]], held)) {
            per[slots[field]].or(held);
            grown = true;
        }
    }

    private static boolean containsAll(BitSet into, BitSet held) {
        BitSet extra = (BitSet) held.clone();
        extra.andNot(into);
        return extra.isEmpty();
    }

    /** Whether loans were recorded since the last call (then the flow must be solved again); resets. */
    boolean settle() {
        boolean g = grown;
        grown = false;
        return g;
    }

    /** The flow did not settle in time: narrow nothing from now on. */
    void disable() { disabled = true; }

    /**
     * The lifetime positions (bit i for the struct's i-th lifetime) that the result of {@code fn} names
     * of its parameter {@code k}'s pointee, a tracked struct; 0 when they cannot be read or are all of them.
     */
    long outputMask(FnDef fn, int k, Ty.Adt pointee) {
        if (disabled || fn == null) return 0;
        return masks.computeIfAbsent(new DefId2(fn.id(), k), x -> new long[] {computeMask(fn, k, pointee)})[0];
    }

    private long computeMask(FnDef fn, int k, Ty.Adt pointee) {
        if (fn.decl() == null || fn.decl().ret() == null) return 0;
        List<String> args = paramLifetimes(fn, k, pointee, defs, queries, source);
        if (args == null) return 0;
        // one lifetime only: the callee's body is checked against it field by field (ReturnRegions)
        String written = singleWrittenLifetime(fn, defs, queries);
        long mask = 0;
        for (int j = 0; j < args.size(); j++) if (args.get(j).equals(written)) mask |= 1L << j;
        return mask == (1L << args.size()) - 1 ? 0 : mask;
    }

    /**
     * The one lifetime {@code fn}'s written return type names (`&'a str`, `Option<(&'a str, &'a str)>`),
     * when it names exactly one, with nothing elided or hidden (`'_`, `Self`, trait objects); else null.
     */
    static String singleWrittenLifetime(FnDef fn, ProgramDefs defs, TypeQueries queries) {
        if (fn.decl() == null || fn.decl().ret() == null) return null;
        java.util.Set<String> borrowing = new java.util.HashSet<>();
        TySubst.map(fn.sig().output(), x -> {
            if (x instanceof Ty.Adt a && queries.adtMayBorrow(a) && defs.adt(a.def()) != null) borrowing.add(defs.adt(a.def()).name());
            return x;
        });
        List<String> written = new ArrayList<>();
        if (!PointeeLifetimes.writtenLifetimes(fn.decl().ret(), borrowing, written) || written.contains("'_")) return null;
        java.util.Set<String> distinct = new java.util.HashSet<>(written);
        return distinct.size() == 1 ? written.get(0) : null;
    }

    /**
     * The lifetimes written as the struct arguments of parameter {@code k} of {@code fn}, a shared
     * reference to {@code pointee} (`&self` in `impl<'a, 'b> Pick<'a, 'b>`, `p: &Pick<'x, 'y>`), in the
     * struct's order, when the struct's lifetimes can be followed field by field (see the class comment)
     * and no generics of the function or impl bound a lifetime; else null.
     */
    static List<String> paramLifetimes(FnDef fn, int k, Ty.Adt pointee, ProgramDefs defs, TypeQueries queries, SourceFile source) {
        AdtDef adt = defs.adt(pointee.def());
        if (source == null || adt == null || adt.lang() != null || adt.isEnum() || !pointee.args().isEmpty() || fn.decl() == null
                || !unbounded(fn.decl().generics()) || fieldSlots(adt, queries, source) == null) return null;
        List<String> structLifetimes = lifetimes(adt, source);
        List<String> args;
        if (k == 0 && fn.selfKind() == dev.heaplab.core.syntax.Item.SelfKind.REF) {
            ImplDef impl = fn.parentImpl() == null ? null : defs.impl(fn.parentImpl());
            if (impl == null || impl.trait() != null || impl.decl() == null || !unbounded(impl.decl())) return null;
            args = implSelfLifetimes(impl, adt, source);
        } else {
            int i = k - (fn.selfKind() != null ? 1 : 0);
            if (i < 0 || i >= fn.decl().params().size()) return null;
            if (!(fn.decl().params().get(i).type() instanceof TypeExpr.RefType r) || r.mutable()
                    || !(r.inner() instanceof TypeExpr.PathType p)) return null;
            args = pathLifetimes(p.path(), adt);
        }
        return args == null || args.size() != structLifetimes.size() ? null : args;
    }

    /** Per field of {@code adt}, the lifetime position it names (-1: none), or null (see {@link #paramLifetimes}). */
    static int[] fieldPositions(AdtDef adt, TypeQueries queries, SourceFile source) { return fieldSlots(adt, queries, source); }

    /** Does this item declare no lifetime bound (`'b: 'a`, `where 'b: 'a`, `T: 'a`)? */
    private static boolean unbounded(Generics g) {
        for (Generics.GenericParam p : g.params()) {
            switch (p) {
                case Generics.GenericParam.LifetimeParam l -> { if (!l.bounds().isEmpty()) return false; }
                case Generics.GenericParam.TypeParam t -> {
                    for (Generics.Bound b : t.bounds()) if (b instanceof Generics.Bound.LifetimeBound) return false;
                }
                case Generics.GenericParam.ConstParam c -> { }
            }
        }
        for (Generics.WherePredicate w : g.where()) {
            if (w.boundedLifetime() != null) return false;
            for (Generics.Bound b : w.bounds()) if (b instanceof Generics.Bound.LifetimeBound) return false;
        }
        return true;
    }

    /** The lifetime arguments of `S<'x, 'y>` naming struct {@code adt}, when it has only those; else null. */
    private static List<String> pathLifetimes(Path path, AdtDef adt) {
        var segs = path.segments();
        if (segs.isEmpty() || !segs.get(segs.size() - 1).name().name().equals(adt.name())) return null;
        List<String> out = new ArrayList<>();
        for (int s = 0; s < segs.size(); s++) {
            for (Path.GenericArg a : segs.get(s).args()) {
                if (!(a instanceof Path.GenericArg.LifetimeArg l) || s != segs.size() - 1) return null;
                out.add(l.lifetime().name());
            }
        }
        return out;
    }

    /** The lifetime arguments of an inherent impl's self type as written (`impl<'a, 'b> Pick<'a, 'b>`), or null. */
    private static List<String> implSelfLifetimes(ImplDef impl, AdtDef adt, SourceFile source) {
        if (impl.span() == null || !source.contains(impl.span().lo()) || !source.contains(impl.span().hi())) return null;
        String text = source.slice(impl.span());
        int brace = text.indexOf('{');
        if (brace < 0) return null;
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^\\s*impl\\s*(<[^<>]*>)?\\s*" + java.util.regex.Pattern.quote(adt.name())
                + "\\s*<([^<>]*)>\\s*$").matcher(text.substring(0, brace));
        if (!m.find()) return null;
        List<String> out = new ArrayList<>();
        for (String p : m.group(2).split(",")) {
            String t = p.strip();
            if (t.isEmpty()) continue;
            if (!t.matches("'[A-Za-z_][A-Za-z0-9_]*")) return null;
            out.add(t);
        }
        return out;
    }

    /**
     * What a result naming lifetime positions {@code mask} holds of tracked local {@code i}'s loans
     * {@code held}: those given to the named lifetimes, and any not given by a struct expression.
     */
    BitSet narrowed(int i, BitSet held, long mask) {
        BitSet out = (BitSet) held.clone();
        BitSet left = (BitSet) known.get(i).clone();
        BitSet[] per = given.get(i);
        for (int j = 0; j < per.length; j++) if ((mask & (1L << j)) != 0 && per[j] != null) left.andNot(per[j]);
        out.andNot(left);
        return out;
    }
}
