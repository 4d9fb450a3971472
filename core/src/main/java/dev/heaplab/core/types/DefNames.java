package dev.heaplab.core.types;

/** Gives the user-visible name of a definition, for printing types. */
@FunctionalInterface
public interface DefNames {
    String name(DefId def);
}
