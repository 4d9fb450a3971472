package dev.heaplab.core.interp;

import dev.heaplab.core.mir.Place;
import dev.heaplab.core.types.AdtDef;
import dev.heaplab.core.types.Ty;

/**
 * Names MIR places as the user wrote them, for trace events: `s`, `p.name`, `*r`, `v[_]`, `t.0`.
 * A place whose base local is a temporary has no user name (null).
 */
final class PlaceNames {
    private final Interp m;

    PlaceNames(Interp m) { this.m = m; }

    String name(Frame f, Place p) {
        String base = f.body.locals().get(p.local().index()).name();
        if (base == null) return null;
        StringBuilder sb = new StringBuilder(base);
        Ty ty = m.types.local(f, p.local().index());
        int variant = 0;
        for (Place.Projection proj : p.projections()) {
            switch (proj) {
                case Place.Projection.Deref d -> {
                    sb.insert(0, "(*").append(')');
                    Ty inner = m.types.pointee(ty);
                    ty = inner == null ? Ty.ERROR : inner;
                }
                case Place.Projection.Field fl -> {
                    sb.append('.').append(fieldName(ty, variant, fl.index()));
                    ty = m.types.subst(fl.ty(), f);
                    variant = 0;
                }
                case Place.Projection.Index ix -> sb.append("[_]");
                case Place.Projection.ConstantIndex ci -> sb.append('[').append(ci.fromEnd() ? "len-" : "").append(ci.offset()).append(']');
                case Place.Projection.Subslice ss -> sb.append('[').append(ss.from()).append("..]");
                case Place.Projection.Downcast dc -> variant = dc.variant();
            }
        }
        String s = sb.toString();
        // `(*r)` alone reads better as `*r`
        return s.startsWith("(*") && s.endsWith(")") && s.indexOf(')') == s.length() - 1 ? s.substring(1, s.length() - 1) : s;
    }

    private String fieldName(Ty ty, int variant, int index) {
        if (ty instanceof Ty.Adt a) {
            AdtDef d = m.defs.adt(a.def());
            if (d != null && variant < d.variants().size()) {
                var fields = d.variants().get(variant).fields();
                if (index < fields.size() && fields.get(index).name() != null) return fields.get(index).name();
            }
        }
        return Integer.toString(index);
    }
}
