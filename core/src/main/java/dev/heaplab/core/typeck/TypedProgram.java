package dev.heaplab.core.typeck;

import dev.heaplab.core.syntax.Crate;
import dev.heaplab.core.types.DefId;
import dev.heaplab.core.types.ProgramDefs;

/**
 * The output of the front end: the AST (user crate and std stubs), every definition, the
 * type-check results of all bodies, and the entry point.
 */
public record TypedProgram(Crate crate, ProgramDefs defs, TypeckResults results, DefId main) {}
