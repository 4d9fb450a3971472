package dev.heaplab.core.resolve;

import dev.heaplab.core.syntax.Item;
import dev.heaplab.core.types.DefId;

/** What a name denotes in the type or value namespace of a scope. */
public sealed interface Decl {
    record Adt(DefId def) implements Decl {}
    record Trait(DefId def) implements Decl {}
    record Alias(Item.TypeAliasDecl decl, ModuleScope scope) implements Decl {}
    record Module(ModuleScope module) implements Decl {}
    record Fn(DefId def) implements Decl {}
    /** A struct or variant constructor (value namespace), or a variant named in a type position. */
    record Ctor(DefId adt, int variant) implements Decl {}
    record Const(DefId def) implements Decl {}
    record Static(DefId def) implements Decl {}
}
