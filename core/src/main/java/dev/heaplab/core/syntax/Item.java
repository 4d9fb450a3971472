package dev.heaplab.core.syntax;

import dev.heaplab.core.source.Span;
import java.util.List;

/** A top-level or nested item. */
public sealed interface Item {
    NodeId id();
    Span span();
    Ident name();

    /** `#[derive(A, B)]` and other outer attributes, kept by name with their raw argument words. */
    record Attribute(Span span, String name, List<String> args) {
        public Attribute { args = List.copyOf(args); }
    }

    /**
     * A written visibility: none ({@code PRIVATE}: the declaring module and its descendants), `pub`,
     * `pub(crate)`, `pub(super)`, `pub(self)` or `pub(in path)` ({@code path} set for {@code IN} only).
     * {@code span} is the written qualifier (empty, at the item's start, for {@code PRIVATE}).
     */
    record Visibility(Kind kind, Span span, Path path) {
        public enum Kind { PRIVATE, PUB, CRATE, SUPER, SELF, IN }

        public static Visibility inherited(Span at) { return new Visibility(Kind.PRIVATE, at.shrinkToLo(), null); }

        /** Whether `pub` was written (`pub(self)` included). */
        public boolean written() { return kind != Kind.PRIVATE; }
    }

    /** How `self` is taken. */
    enum SelfKind { VALUE, REF, REF_MUT }

    /** `self`, `mut self`, `&self`, `&'a mut self`, or `self: Type` (explicitType non-null). */
    record SelfParam(NodeId id, Span span, SelfKind kind, boolean mutableBinding, Ident lifetime, TypeExpr explicitType) {}

    record Param(NodeId id, Span span, Pattern pattern, TypeExpr type) {}

    /**
     * A function or method. {@code body} is null for a required trait method.
     * {@code selfParam} is null for associated functions and free functions.
     */
    record FnDecl(NodeId id, Span span, Ident name, List<Attribute> attrs, Visibility vis, boolean isConst,
                  boolean isUnsafe, Generics generics, SelfParam selfParam, List<Param> params, TypeExpr ret,
                  Stmt.Block body) implements Item {
        public FnDecl {
            attrs = List.copyOf(attrs);
            params = List.copyOf(params);
        }

        public boolean isPub() { return vis.written(); }
    }

    enum StructKind { NAMED, TUPLE, UNIT }

    record FieldDecl(NodeId id, Span span, Ident name, Visibility vis, TypeExpr type) {
        public boolean isPub() { return vis.written(); }
    }

    record StructDecl(NodeId id, Span span, Ident name, List<Attribute> attrs, Visibility vis, Generics generics,
                      StructKind kind, List<FieldDecl> fields) implements Item {
        public StructDecl {
            attrs = List.copyOf(attrs);
            fields = List.copyOf(fields);
        }
    }

    /** A variant; tuple fields are named "0", "1", ...; {@code discriminant} is `= expr` or null. */
    record VariantDecl(NodeId id, Span span, Ident name, StructKind kind, List<FieldDecl> fields, Expr discriminant) {
        public VariantDecl { fields = List.copyOf(fields); }
    }

    record EnumDecl(NodeId id, Span span, Ident name, List<Attribute> attrs, Visibility vis, Generics generics,
                    List<VariantDecl> variants) implements Item {
        public EnumDecl {
            attrs = List.copyOf(attrs);
            variants = List.copyOf(variants);
        }
    }

    /** `impl<G> Trait for Type { ... }` ({@code traitRef} null for inherent impls). Name is the self type's text. */
    record ImplDecl(NodeId id, Span span, Ident name, List<Attribute> attrs, Generics generics, Path traitRef,
                    boolean negative, TypeExpr selfType, List<Item> items) implements Item {
        public ImplDecl {
            attrs = List.copyOf(attrs);
            items = List.copyOf(items);
        }
    }

    /** `type Item = T;` inside an impl, or `type Item;` (type null) inside a trait. */
    record AssocTypeDecl(NodeId id, Span span, Ident name, List<Generics.Bound> bounds, TypeExpr type) implements Item {
        public AssocTypeDecl { bounds = List.copyOf(bounds); }
    }

    record TraitDecl(NodeId id, Span span, Ident name, List<Attribute> attrs, Visibility vis, Generics generics,
                     List<Generics.Bound> supertraits, List<Item> items) implements Item {
        public TraitDecl {
            attrs = List.copyOf(attrs);
            supertraits = List.copyOf(supertraits);
            items = List.copyOf(items);
        }
    }

    /** `const N: T = v;` (value may be null inside traits). */
    record ConstDecl(NodeId id, Span span, Ident name, Visibility vis, TypeExpr type, Expr value) implements Item {}

    record StaticDecl(NodeId id, Span span, Ident name, Visibility vis, boolean mutable, TypeExpr type, Expr value) implements Item {}

    record TypeAliasDecl(NodeId id, Span span, Ident name, Visibility vis, Generics generics, TypeExpr type) implements Item {}

    /** `use a::b::{c, d as e, *};` flattened: one entry per imported name. Name is the last imported name. */
    record UseDecl(NodeId id, Span span, Ident name, Visibility vis, List<UseEntry> entries) implements Item {
        public UseDecl { entries = List.copyOf(entries); }
    }

    /**
     * One imported path; {@code alias} is the local name (the last segment unless `as`), null for a glob;
     * {@code vis} is its declaration's (an import is an item of its module).
     */
    record UseEntry(Span span, Path path, Ident alias, boolean glob, Visibility vis) {}

    /** `mod name { items }` (inline modules only). */
    record ModDecl(NodeId id, Span span, Ident name, Visibility vis, List<Item> items) implements Item {
        public ModDecl { items = List.copyOf(items); }
    }
}
