package dev.heaplab.core.borrowck;

import dev.heaplab.core.dataflow.PlaceTypes;
import dev.heaplab.core.mir.Place;
import dev.heaplab.core.mir.Rvalue;
import dev.heaplab.core.types.AdtDef;
import dev.heaplab.core.types.ProgramDefs;
import dev.heaplab.core.types.Ty;
import dev.heaplab.core.types.TySubst;
import java.util.List;

/**
 * Fields whose written type requires `'static` (`name: &'static str`, `tags: Vec<&'static str>`):
 * a borrow stored there must outlive the function, as one stored in the return place. Only the
 * field's declared type counts (not the substituted one, whose `'static` may have been carried over
 * by inference), and only when every lifetime in it is `'static` and nothing in it hides others
 * (type parameters, structs with lifetimes, trait objects, closures).
 */
final class StaticFields {
    private final ProgramDefs defs;
    private final TypeQueries queries;
    private final PlaceTypes types;

    private final dev.heaplab.core.source.SourceFile source;

    StaticFields(ProgramDefs defs, TypeQueries queries, PlaceTypes types, dev.heaplab.core.source.SourceFile source) {
        this.defs = defs;
        this.queries = queries;
        this.types = types;
        this.source = source;
    }

    /** Does {@code p} lie inside a field declared with only `'static` lifetimes ({@code withDyn}: or a `Box<dyn Trait>`)? */
    boolean storage(Place p, boolean withDyn) {
        List<Place.Projection> ps = p.projections();
        int variant = 0;
        for (int i = 0; i < ps.size(); i++) {
            switch (ps.get(i)) {
                case Place.Projection.Downcast d -> variant = d.variant();
                case Place.Projection.Field f -> {
                    if (types.typeAt(p, i) instanceof Ty.Adt a && declaredStatic(a.def(), variant, f.index(), withDyn)) return true;
                    variant = 0;
                }
                case Place.Projection.Deref d -> variant = 0;
                case Place.Projection.Index x -> variant = 0;
                case Place.Projection.ConstantIndex c -> variant = 0;
                case Place.Projection.Subslice s -> variant = 0;
            }
        }
        return false;
    }

    /** Is operand {@code i} of this aggregate stored in a field declared with only `'static` lifetimes? */
    boolean operand(Rvalue.AggregateKind kind, int i, boolean withDyn) {
        return kind instanceof Rvalue.AggregateKind.Adt a && declaredStatic(a.adt(), a.variant(), i, withDyn);
    }

    private boolean declaredStatic(dev.heaplab.core.types.DefId adtId, int variant, int field, boolean withDyn) {
        // asked at every read and write of a field by the loan flow: once per field
        long key = ((long) adtId.index() << 32) ^ ((long) variant << 17) ^ ((long) field << 1) ^ (withDyn ? 1 : 0);
        if (variant >= 0 && field >= 0 && variant < (1 << 15) && field < (1 << 16)) {
            Boolean known = declared.get(key);
            if (known == null) declared.put(key, known = declaredStaticNow(adtId, variant, field, withDyn));
            return known;
        }
        return declaredStaticNow(adtId, variant, field, withDyn);
    }

    private final java.util.Map<Long, Boolean> declared = new java.util.HashMap<>();

    private boolean declaredStaticNow(dev.heaplab.core.types.DefId adtId, int variant, int field, boolean withDyn) {
        AdtDef adt = defs.adt(adtId);
        if (adt == null || adt.lang() != null || variant >= adt.variants().size()) return false;
        List<AdtDef.FieldDef> fields = adt.variants().get(variant).fields();
        if (field >= fields.size()) return false;
        Ty t = fields.get(field).ty();
        return onlyStatic(t) || withDyn && TargetRegions.dynOutsideRef(t) && !hasLifetimeParams(adt) && !TySubst.needsSubst(t);
    }

    /**
     * Does the struct or enum declare lifetime parameters (`struct S<'a>`, so a `dyn Trait + 'a` field may
     * borrow)? Read from its header in the source; unknown (no source): yes.
     */
    private boolean hasLifetimeParams(AdtDef adt) {
        String header = header(adt, source);
        return header == null || header.contains("'");
    }

    /** The struct's or enum's header as written, before its fields (`struct D<'a, T>`), or null without its source. */
    static String header(AdtDef adt, dev.heaplab.core.source.SourceFile source) {
        if (source == null || adt.span() == null || !source.contains(adt.span().lo()) || !source.contains(adt.span().hi())) return null;
        String text = source.slice(adt.span());
        int open = text.indexOf('{'), paren = text.indexOf('('), semi = text.indexOf(';');
        int end = text.length();
        for (int k : new int[] {open, paren, semi}) if (k >= 0 && k < end) end = k;
        return text.substring(0, end);
    }

    /**
     * Are all lifetimes of this written type `'static`, with none hidden (type parameters, structs
     * with lifetimes, trait objects, closures)? Nothing read out of such a pointee borrows the caller.
     */
    boolean onlyStatic(Ty t) { return queries.writtenStatic(t); }
}
