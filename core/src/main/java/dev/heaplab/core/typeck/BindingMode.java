package dev.heaplab.core.typeck;

/** How a binding pattern binds: by value (moving or copying) or by reference (explicit `ref` or match ergonomics). */
public enum BindingMode { BY_VALUE, BY_REF, BY_REF_MUT }
