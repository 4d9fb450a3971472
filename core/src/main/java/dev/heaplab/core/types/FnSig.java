package dev.heaplab.core.types;

import java.util.List;

/** A function's signature in terms of its generic parameters ({@link Ty.Param}). */
public record FnSig(List<Ty> inputs, Ty output) {
    public FnSig { inputs = List.copyOf(inputs); }
}
