package dev.heaplab.core.exhaustive;

import dev.heaplab.core.types.AdtDef;
import dev.heaplab.core.types.LangItem;
import dev.heaplab.core.types.ProgramDefs;
import dev.heaplab.core.types.Ty;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** Prints witness patterns as rustc does in "patterns `…` not covered". */
final class WitnessPrinter {
    private final ProgramDefs defs;

    WitnessPrinter(ProgramDefs defs) { this.defs = defs; }

    String print(DPat p) {
        return switch (p.ctor()) {
            case Ctor.Wildcard w -> "_";
            case Ctor.NonExhaustive n -> "_";
            case Ctor.Opaque o -> "_";
            case Ctor.Bool b -> Boolean.toString(b.value());
            case Ctor.IntRange r -> range(r, p.ty());
            case Ctor.Tuple t -> "(" + join(p.fields()) + (p.fields().size() == 1 ? ",)" : ")");
            case Ctor.Ref r -> "&" + print(p.fields().get(0));
            case Ctor.Slice s -> slice(p, s);
            case Ctor.Variant v -> variant(p, v);
        };
    }

    private String join(List<DPat> ps) {
        List<String> out = new ArrayList<>();
        for (DPat f : ps) out.add(print(f));
        return String.join(", ", out);
    }

    private String slice(DPat p, Ctor.Slice s) {
        List<String> parts = new ArrayList<>();
        for (DPat f : p.fields()) parts.add(print(f));
        if (s.varLen()) parts.add("..");
        return "[" + String.join(", ", parts) + "]";
    }

    private String variant(DPat p, Ctor.Variant v) {
        if (!(p.ty() instanceof Ty.Adt a)) return "_";
        AdtDef adt = defs.adt(a.def());
        AdtDef.VariantDef vd = adt.variants().get(v.index());
        boolean prelude = adt.lang() == LangItem.OPTION || adt.lang() == LangItem.RESULT;
        String name = adt.isEnum() && !prelude ? adt.name() + "::" + vd.name() : vd.name();
        return switch (vd.ctor()) {
            case UNIT -> name;
            case TUPLE -> name + "(" + join(p.fields().isEmpty() ? wilds(vd) : p.fields()) + ")";
            case NAMED -> {
                List<String> shown = new ArrayList<>();
                for (int i = 0; i < p.fields().size(); i++) {
                    if (!p.fields().get(i).isWild()) shown.add(vd.fields().get(i).name() + ": " + print(p.fields().get(i)));
                }
                yield shown.isEmpty() ? name + " { .. }" : name + " { " + String.join(", ", shown) + ", .. }";
            }
        };
    }

    private static List<DPat> wilds(AdtDef.VariantDef vd) {
        List<DPat> out = new ArrayList<>();
        for (AdtDef.FieldDef f : vd.fields()) out.add(DPat.wild(f.ty()));
        return out;
    }

    private String range(Ctor.IntRange r, Ty ty) {
        if (r.lo().equals(r.hi())) return bound(r.lo(), ty);
        // rustc's ranges of 128-bit types cannot hold MAX + 1: one reaching MAX prints open, `6_u128..`
        if (ty instanceof Ty.Int i && i.kind().bits() == 128 && r.hi().equals(Constructors.bounds(ty).ranges().get(0).hi()))
            return bound(r.lo(), ty) + "..";
        return bound(r.lo(), ty) + "..=" + bound(r.hi(), ty);
    }

    private static String bound(BigInteger v, Ty ty) {
        if (ty instanceof Ty.Char) return charLit(v.intValue());
        if (ty instanceof Ty.Int i) {
            Constructors.IntRangeBounds b = Constructors.bounds(ty);
            String name = i.kind().rustName();
            if (v.equals(b.ranges().get(0).lo()) && i.kind().signed()) return name + "::MIN";
            if (v.equals(b.ranges().get(0).hi())) return name + "::MAX";
            return v + "_" + name;
        }
        return v.toString();
    }

    private static String charLit(int cp) {
        return switch (cp) {
            case 0 -> "'\\0'";
            case '\n' -> "'\\n'";
            case '\t' -> "'\\t'";
            case '\r' -> "'\\r'";
            case '\'' -> "'\\''";
            case '\\' -> "'\\\\'";
            default -> cp < 0x20 || cp == 0x7f || (cp >= 0xD800 && cp <= 0xDFFF) || cp == 0x10FFFF
                    ? "'\\u{" + Integer.toHexString(cp) + "}'" : "'" + new String(Character.toChars(cp)) + "'";
        };
    }

    /** "`A`", "`A` and `B`", "`A`, `B` and `C`", "`A`, `B`, `C` and 2 more". */
    static String list(List<String> ws) {
        List<String> q = new ArrayList<>();
        for (String w : ws) q.add("`" + w + "`");
        if (q.size() == 1) return q.get(0);
        if (q.size() <= 3) return String.join(", ", q.subList(0, q.size() - 1)) + " and " + q.get(q.size() - 1);
        return String.join(", ", q.subList(0, 3)) + " and " + (q.size() - 3) + " more";
    }
}
