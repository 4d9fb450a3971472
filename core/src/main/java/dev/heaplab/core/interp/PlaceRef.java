package dev.heaplab.core.interp;

import dev.heaplab.core.types.Ty;

/**
 * An evaluated place: an allocation, the path to the value inside its root, the place's concrete type,
 * and for unsized places (slices, str) the element count, the path then naming the first element.
 */
record PlaceRef(Allocation alloc, int[] path, long meta, Ty ty, Ty dynTy) {
    PlaceRef(Allocation alloc, int[] path, long meta, Ty ty) { this(alloc, path, meta, ty, null); }

    /** A pointer to this place; for the pointee of a `dyn` pointer it keeps the concrete type (the vtable). */
    Value.Ptr toPtr() { return new Value.Ptr(alloc, path, meta, dynTy); }
}
