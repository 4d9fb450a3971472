package dev.heaplab.core.typeck;

import dev.heaplab.core.types.DefId;
import dev.heaplab.core.types.Ty;

/**
 * An implicit conversion applied to an expression's value, in order (rustc's adjustments):
 * auto-deref, auto-ref for method receivers, `&mut T -> &T`, unsizing (`&[T; N] -> &[T]`,
 * `Box<T> -> Box<dyn Trait>`), never-to-any. {@code target} is the type after the step.
 */
public sealed interface Adjustment {
    Ty target();

    /** Built-in deref of a reference or Box. */
    record Deref(Ty target) implements Adjustment {}
    /** Overloaded deref through `Deref::deref`/`DerefMut::deref_mut` (String -> str, Vec -> [T], Rc -> T). */
    record OverloadedDeref(DefId derefFn, boolean mutable, Ty target) implements Adjustment {}
    /** Auto-ref: `&expr` or `&mut expr` (method receivers; two-phase when mutable). */
    record Borrow(boolean mutable, Ty target) implements Adjustment {}
    /** `&mut T` used where `&T` is expected. */
    record MutToConst(Ty target) implements Adjustment {}
    record Unsize(Ty target) implements Adjustment {}
    record NeverToAny(Ty target) implements Adjustment {}
    /** A fn item or non-capturing closure used as a `fn` pointer. */
    record ReifyFnPointer(Ty target) implements Adjustment {}
}
