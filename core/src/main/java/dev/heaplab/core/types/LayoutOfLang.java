package dev.heaplab.core.types;

import dev.heaplab.core.types.LayoutCalculator.Kind;
import dev.heaplab.core.types.LayoutCalculator.LayoutFailure;
import dev.heaplab.core.types.LayoutEnumCalculator.VariantInput;
import java.util.List;

/**
 * Layouts of the standard-library types heaplab models, rebuilt from their real private fields
 * (std 1.95, x86-64) so that sizes, field offsets and niches match rustc.
 *
 * <p>Rules (the modelled field lists):
 * <ul>
 *   <li>`Vec<T>`/`String`: ptr (non-null), cap (0..=isize::MAX, the niche), len; memory order cap, ptr, len.</li>
 *   <li>`Box`/`Rc`/`Arc`/`Weak`: one non-null pointer (fat when the pointee is unsized).</li>
 *   <li>`Cell<T>`: T without niche; `RefCell<T>`: borrow flag (isize) then T, no niche;
 *       `Mutex<T>`: futex (u32), poison flag (u8), then T, no niche (unsized-capable tails stay last).</li>
 *   <li>`Ref`/`RefMut`: value pointer and borrow-flag pointer; `MutexGuard`: lock pointer and a bool.</li>
 *   <li>`HashMap`/`HashSet`: RandomState (two u64) and a raw table (bucket_mask, ctrl (non-null), growth_left, items).</li>
 *   <li>`VecDeque<T>`: head, len, then the RawVec (ptr, cap with the niche); `BTreeSet`: a `BTreeMap`.</li>
 *   <li>Ranges: their bounds (`RangeInclusive` adds `exhausted: bool`); `Ordering`: i8 enum -1/0/1.</li>
 *   <li>`Option`/`Result` without a source declaration: `None | Some(T)`, `Ok(T) | Err(E)`.</li>
 *   <li>Heap block of `Rc`/`Arc` (repr(C)): strong count, weak count, value.</li>
 * </ul>
 */
final class LayoutOfLang {
    private final LayoutOf cx;

    LayoutOfLang(LayoutOf cx) { this.cx = cx; }

    Layout of(AdtDef def, List<Ty> args) {
        return switch (def.lang()) {
            case STRING -> vec();
            case VEC -> {
                arg(def, args, 0);
                yield vec();
            }
            case BOX, RC, ARC, RC_WEAK, ARC_WEAK -> cx.pointer(arg(def, args, 0), true);
            case CELL -> struct(List.of(hidden(arg(def, args, 0))), List.of("value"), Kind.MAYBE_UNSIZED);
            case REF_CELL -> struct(List.of(isize(), hidden(arg(def, args, 0))), List.of("borrow", "value"), Kind.MAYBE_UNSIZED);
            case CELL_REF, CELL_REF_MUT -> struct(List.of(cx.pointer(arg(def, args, 0), true), nonNull()),
                    List.of("value", "borrow"), Kind.ALWAYS_SIZED);
            case HASH_MAP, HASH_SET -> hashMap();
            case VEC_DEQUE -> {
                arg(def, args, 0);
                yield struct(List.of(usize(), usize(), struct(List.of(nonNull(), Layout.scalar(new LayoutScalar(8, false, false, 0, Long.MAX_VALUE), 8)),
                        List.of("ptr", "cap"), Kind.ALWAYS_SIZED)), List.of("head", "len", "buf"), Kind.ALWAYS_SIZED);
            }
            case BTREE_MAP, BTREE_SET -> struct(List.of(noNiche(8), usize(), usize()), List.of("root", "height", "length"), Kind.ALWAYS_SIZED);
            case MUTEX -> struct(List.of(noNiche(4), noNiche(1), hidden(arg(def, args, 0))),
                    List.of("futex", "poison", "data"), Kind.MAYBE_UNSIZED);
            case MUTEX_GUARD -> struct(List.of(nonNull(), cx.layout(Ty.BOOL)), List.of("lock", "panicking"), Kind.ALWAYS_SIZED);
            case JOIN_HANDLE -> struct(List.of(usize(), nonNull(), nonNull()), List.of("native", "thread", "packet"),
                    Kind.ALWAYS_SIZED);
            case SENDER, RECEIVER -> LayoutEnumCalculator.structOrEnum(List.of(
                    new VariantInput("Array", List.of("0"), List.of(nonNull()), 0),
                    new VariantInput("List", List.of("0"), List.of(nonNull()), 1),
                    new VariantInput("Zero", List.of("0"), List.of(nonNull()), 2)), true, Kind.ALWAYS_SIZED, false, 0, false);
            case RANGE -> bounds(def, args, List.of("start", "end"));
            case RANGE_INCLUSIVE -> {
                Layout t = cx.layout(arg(def, args, 0));
                yield struct(List.of(t, t, cx.layout(Ty.BOOL)), List.of("start", "end", "exhausted"), Kind.ALWAYS_SIZED);
            }
            case RANGE_FROM -> bounds(def, args, List.of("start"));
            case RANGE_TO, RANGE_TO_INCLUSIVE -> bounds(def, args, List.of("end"));
            case RANGE_FULL, FMT_ERROR -> struct(List.of(), List.of(), Kind.ALWAYS_SIZED);
            case ORDERING -> LayoutEnumCalculator.structOrEnum(List.of(
                    new VariantInput("Less", List.of(), List.of(), -1),
                    new VariantInput("Equal", List.of(), List.of(), 0),
                    new VariantInput("Greater", List.of(), List.of(), 1)), true, Kind.ALWAYS_SIZED, false, 1, true);
            case OPTION -> LayoutEnumCalculator.structOrEnum(List.of(
                    new VariantInput("None", List.of(), List.of(), 0),
                    new VariantInput("Some", List.of("0"), List.of(cx.layout(arg(def, args, 0))), 1)),
                    true, Kind.ALWAYS_SIZED, false, 0, false);
            case RESULT -> LayoutEnumCalculator.structOrEnum(List.of(
                    new VariantInput("Ok", List.of("0"), List.of(cx.layout(arg(def, args, 0))), 0),
                    new VariantInput("Err", List.of("0"), List.of(cx.layout(arg(def, args, 1))), 1)),
                    true, Kind.ALWAYS_SIZED, false, 0, false);
            case FORMATTER -> struct(List.of(
                    struct(List.of(noNiche(4), noNiche(2), noNiche(2)), List.of("flags", "width", "precision"), Kind.ALWAYS_SIZED),
                    fatDynPointer()), List.of("options", "buf"), Kind.ALWAYS_SIZED);
            case ITER -> throw new LayoutFailure("the layout of the iterator state `" + def.name() + "` is not modelled");
        };
    }

    /** `RcBox<T>`/`ArcInner<T>`: repr(C) strong, weak, value. */
    Layout rcBox(Layout value) {
        return LayoutCalculator.univariant(List.of(usize(), usize(), value), List.of("strong", "weak", "value"),
                value.sized() ? Kind.ALWAYS_SIZED : Kind.MAYBE_UNSIZED, 0, 1, false);
    }

    private Layout vec() {
        return struct(List.of(nonNull(), Layout.scalar(new LayoutScalar(8, false, false, 0, Long.MAX_VALUE), 8),
                usize()), List.of("ptr", "cap", "len"), Kind.ALWAYS_SIZED);
    }

    private Layout hashMap() {
        Layout randomState = struct(List.of(noNiche(8), noNiche(8)), List.of("k0", "k1"), Kind.ALWAYS_SIZED);
        Layout table = struct(List.of(usize(), nonNull(), usize(), usize()),
                List.of("bucket_mask", "ctrl", "growth_left", "items"), Kind.ALWAYS_SIZED);
        return struct(List.of(randomState, table), List.of("hash_builder", "table"), Kind.ALWAYS_SIZED);
    }

    private Layout bounds(AdtDef def, List<Ty> args, List<String> names) {
        Layout t = cx.layout(arg(def, args, 0));
        return struct(names.size() == 2 ? List.of(t, t) : List.of(t), names, Kind.ALWAYS_SIZED);
    }

    private Layout fatDynPointer() { return cx.pointer(new Ty.Dynamic(new DefId(-1), List.of()), true); }

    private Layout hidden(Ty ty) { return cx.layout(ty).withNiche(null); }

    private static Layout struct(List<Layout> fields, List<String> names, Kind kind) {
        return LayoutCalculator.struct(fields, names, kind);
    }

    private static Layout nonNull() { return Layout.scalar(LayoutScalar.nonNullPointer(), 8); }

    private static Layout usize() { return noNiche(8); }

    private static Layout isize() { return Layout.scalar(LayoutScalar.full(8, true), 8); }

    private static Layout noNiche(int bytes) { return Layout.scalar(LayoutScalar.full(bytes, false), bytes); }

    private Ty arg(AdtDef def, List<Ty> args, int i) {
        if (i >= args.size()) throw new LayoutFailure("`" + def.name() + "` is missing its type argument " + (i + 1));
        return args.get(i);
    }
}
