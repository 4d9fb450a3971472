package dev.heaplab.core.interp;

import dev.heaplab.core.types.Ty;

/**
 * An evaluated place: an allocation, the path to the value inside its root, the place's concrete type,
 * and for unsized places (slices, str) the element count, the path then naming the first element.
 */
record PlaceRef(Allocation alloc, int[] path, long meta, Ty ty, Ty dynTy) {
    /** A place whose static type is not `dyn Trait` ({@code dynTy} is the concrete type behind a `dyn`). */
    PlaceRef(Allocation alloc, int[] path, long meta, Ty ty) { this(alloc, path, meta, ty, null); }

    Value.Ptr toPtr() { return new Value.Ptr(alloc, path, meta, dynTy); }
}
