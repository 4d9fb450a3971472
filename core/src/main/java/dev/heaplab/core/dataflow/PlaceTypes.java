package dev.heaplab.core.dataflow;

import dev.heaplab.core.mir.Body;
import dev.heaplab.core.mir.Place;
import dev.heaplab.core.types.AdtDef;
import dev.heaplab.core.types.LangItem;
import dev.heaplab.core.types.ProgramDefs;
import dev.heaplab.core.types.Ty;
import java.util.List;

/** Types and user-facing names of places (`p.name`, `*r`, `v[_]`), for analyses and their messages. */
public final class PlaceTypes {
    private final Body body;
    private final ProgramDefs defs;

    public PlaceTypes(Body body, ProgramDefs defs) {
        this.body = body;
        this.defs = defs;
    }

    /** The type after the first {@code n} projections of a place. */
    public Ty typeAt(Place place, int n) {
        Ty ty = body.local(place.local()).ty();
        List<Place.Projection> ps = place.projections();
        for (int i = 0; i < n && i < ps.size(); i++) ty = project(ty, ps.get(i));
        return ty;
    }

    public Ty typeOf(Place place) { return typeAt(place, place.projections().size()); }

    private Ty project(Ty ty, Place.Projection p) {
        return switch (p) {
            case Place.Projection.Deref d -> switch (ty) {
                case Ty.Ref r -> r.inner();
                case Ty.RawPtr r -> r.inner();
                case Ty.Adt a when !a.args().isEmpty() -> a.args().get(0);
                default -> Ty.ERROR;
            };
            case Place.Projection.Field f -> f.ty() == null ? Ty.ERROR : f.ty();
            case Place.Projection.Index i -> elem(ty);
            case Place.Projection.ConstantIndex c -> elem(ty);
            case Place.Projection.Subslice s -> ty instanceof Ty.Array a ? new Ty.Array(a.elem(), a.len() - s.from() - s.to()) : ty;
            case Place.Projection.Downcast d -> ty;
        };
    }

    private static Ty elem(Ty ty) {
        return switch (ty) {
            case Ty.Array a -> a.elem();
            case Ty.Slice s -> s.elem();
            default -> Ty.ERROR;
        };
    }

    /** True when the type is a Box (moving out through its deref is allowed). */
    public boolean isBox(Ty ty) {
        return ty instanceof Ty.Adt a && defs.adt(a.def()) != null && defs.adt(a.def()).lang() == LangItem.BOX;
    }

    /** The user-facing name of a place, or null when its local is a compiler temporary. */
    public String name(Place place) {
        String base = body.local(place.local()).name();
        Ty ty = body.local(place.local()).ty();
        List<Place.Projection> ps = place.projections();
        int from = 0;
        if (base == null) {
            // A closure body's environment: a captured field reads as the variable it captures, as
            // rustc names it (`s` for `(*_1).0`, with the capture's own `*` left out).
            Captured c = captured(place);
            if (c == null) return null;
            base = c.name();
            ty = c.ty();
            from = c.used();
        }
        StringBuilder sb = new StringBuilder(base);
        int variant = 0;
        for (int k = from; k < ps.size(); k++) {
            Place.Projection p = ps.get(k);
            // rustc writes `r.x` and `r[_]` for a field or element behind a reference, and `*r` only
            // for the pointee itself.
            boolean fieldNext = k + 1 < ps.size() && !(ps.get(k + 1) instanceof Place.Projection.Deref)
                    && !(ps.get(k + 1) instanceof Place.Projection.Downcast);
            switch (p) {
                case Place.Projection.Deref d -> { if (!fieldNext) sb.insert(0, "*"); variant = 0; }
                case Place.Projection.Field f -> { sb.append('.').append(fieldName(ty, variant, f.index())); variant = 0; }
                case Place.Projection.Index i -> sb.append("[_]");
                case Place.Projection.ConstantIndex c -> sb.append("[..]"); // rustc's wording for a pattern's element
                case Place.Projection.Subslice s -> sb.append("[..]");
                case Place.Projection.Downcast d -> { variant = d.variant(); sb.insert(0, "(").append(" as ").append(d.name()).append(")"); }
            }
            if (!(p instanceof Place.Projection.Downcast)) ty = project(ty, p);
        }
        return sb.toString();
    }

    /**
     * rustc's name for a borrowed place in a conflict's labels: a variant's positional field is not
     * nameable, so `(*r as Some).0` reads as `*r` and `(r.0 as Some).0` as `r.0`; null for a temporary.
     */
    public String borrowedName(Place place) {
        List<Place.Projection> ps = place.projections();
        int cut = -1;
        for (int k = 0; k + 1 < ps.size(); k++) {
            if (ps.get(k) instanceof Place.Projection.Downcast && ps.get(k + 1) instanceof Place.Projection.Field) { cut = k; break; }
        }
        if (cut < 0) return name(place);
        Place base = new Place(place.local(), ps.subList(0, cut));
        Ty ty = body.local(place.local()).ty();
        for (Place.Projection p : base.projections()) ty = project(ty, p);
        Place.Projection.Downcast d = (Place.Projection.Downcast) ps.get(cut);
        Place.Projection.Field f = (Place.Projection.Field) ps.get(cut + 1);
        if (Character.isDigit(fieldName(ty, d.variant(), f.index()).charAt(0))) return name(base);
        return name(place);
    }

    /** A place moved out of by a pattern, as rustc names it: the path without derefs nor positional fields, and the variant. */
    public record PatternPlace(String path, String variant) {}

    /**
     * rustc's name for a place a pattern binding moves out of, when it goes through an enum variant
     * (`e.s` and `C` for `(*e as C).0.s`): references are auto-dereferenced and positional fields
     * left out; null when the place has no variant or its local is a temporary.
     */
    public PatternPlace patternName(Place place) {
        String base = body.local(place.local()).name();
        if (base == null) return null;
        Ty ty = body.local(place.local()).ty();
        StringBuilder sb = new StringBuilder(base);
        String first = null;
        int variant = 0;
        for (Place.Projection p : place.projections()) {
            switch (p) {
                case Place.Projection.Deref d -> variant = 0;
                case Place.Projection.Field f -> {
                    String name = fieldName(ty, variant, f.index());
                    if (!Character.isDigit(name.charAt(0))) sb.append('.').append(name);
                    variant = 0;
                }
                case Place.Projection.Downcast d -> {
                    variant = d.variant();
                    if (first == null) first = d.name();
                }
                case Place.Projection.Index i -> { return null; }
                case Place.Projection.ConstantIndex c -> { return null; }
                case Place.Projection.Subslice sl -> { return null; }
            }
            if (!(p instanceof Place.Projection.Downcast)) ty = project(ty, p);
        }
        return first == null ? null : new PatternPlace(sb.toString(), first);
    }

    private record Captured(String name, Ty ty, int used) {}

    /** The captured variable a place of a closure's environment (local 1) starts with, or null. */
    private Captured captured(Place place) {
        if (place.local().index() != 1) return null;
        Ty env = body.local(place.local()).ty();
        List<Place.Projection> ps = place.projections();
        int k = 0;
        if (env instanceof Ty.Ref r) {
            if (ps.isEmpty() || !(ps.get(0) instanceof Place.Projection.Deref)) return null;
            env = r.inner();
            k = 1;
        }
        if (!(env instanceof Ty.Closure clo) || k >= ps.size() || !(ps.get(k) instanceof Place.Projection.Field f)) return null;
        dev.heaplab.core.types.ClosureDef def = defs.closure(clo.def());
        if (def == null || f.index() >= def.captures().size()) return null;
        dev.heaplab.core.types.ClosureDef.Capture cap = def.captures().get(f.index());
        // A precise capture (`p.name`): the variable's type is not at hand here, so its path is
        // written with field indices; the error is still reported where rustc reports it.
        StringBuilder name = new StringBuilder(cap.name());
        for (int step : cap.path()) {
            if (step == dev.heaplab.core.types.ClosureDef.DEREF) name.insert(0, '*');
            else name.append('.').append(step);
        }
        k++;
        Ty ty = cap.ty();
        if (cap.mode() != dev.heaplab.core.types.ClosureDef.CaptureMode.BY_VALUE && ty instanceof Ty.Ref r) {
            if (k < ps.size() && ps.get(k) instanceof Place.Projection.Deref) k++;
            ty = r.inner();
        }
        return new Captured(name.toString(), ty, k);
    }

    private String fieldName(Ty ty, int variant, int index) {
        if (ty instanceof Ty.Adt a) {
            AdtDef adt = defs.adt(a.def());
            if (adt != null && variant < adt.variants().size() && index < adt.variants().get(variant).fields().size()) {
                return adt.variants().get(variant).fields().get(index).name();
            }
        }
        return Integer.toString(index);
    }
}
