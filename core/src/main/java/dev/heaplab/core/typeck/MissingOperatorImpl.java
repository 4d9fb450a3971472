package dev.heaplab.core.typeck;

import dev.heaplab.core.diag.Diagnostic;
import dev.heaplab.core.diag.Label;
import dev.heaplab.core.resolve.Attributes;
import dev.heaplab.core.source.SourceFile;
import dev.heaplab.core.source.Span;
import dev.heaplab.core.syntax.Item;
import dev.heaplab.core.types.AdtDef;
import dev.heaplab.core.types.Ty;
import java.util.List;
import java.util.Map;

/**
 * rustc's notes when an operator's trait is not implemented for one of the user's types (E0369,
 * E0368, E0600): "an implementation of `Add` might be missing for `Money`" at the type's definition,
 * then the derive to add for the comparison traits, or where std defines the trait.
 */
final class MissingOperatorImpl {
    private MissingOperatorImpl() {}

    private static final String OPS = "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src/ops/";

    /** Where rustc 1.95's core library defines each operator trait (`the trait `Add` must be implemented`). */
    private static final Map<String, String> DEFINED = Map.ofEntries(
            Map.entry("Add", "arith.rs:77:0"), Map.entry("Sub", "arith.rs:190:0"), Map.entry("Mul", "arith.rs:324:0"),
            Map.entry("Div", "arith.rs:462:0"), Map.entry("Rem", "arith.rs:571:0"), Map.entry("Neg", "arith.rs:692:0"),
            Map.entry("AddAssign", "arith.rs:769:0"), Map.entry("SubAssign", "arith.rs:840:0"),
            Map.entry("MulAssign", "arith.rs:902:0"), Map.entry("DivAssign", "arith.rs:964:0"),
            Map.entry("RemAssign", "arith.rs:1029:0"), Map.entry("Not", "bit.rs:35:0"), Map.entry("BitAnd", "bit.rs:150:0"),
            Map.entry("BitOr", "bit.rs:254:0"), Map.entry("BitXor", "bit.rs:358:0"), Map.entry("Shl", "bit.rs:461:0"),
            Map.entry("Shr", "bit.rs:583:0"), Map.entry("BitAndAssign", "bit.rs:714:0"), Map.entry("BitOrAssign", "bit.rs:789:0"),
            Map.entry("BitXorAssign", "bit.rs:864:0"), Map.entry("ShlAssign", "bit.rs:937:0"), Map.entry("ShrAssign", "bit.rs:1023:0"));

    /**
     * Adds the notes for {@code operand} lacking {@code trait}, when it is one of the user's
     * non-generic structs or enums (rustc names a generic one's trait with its arguments: not done).
     */
    static void note(FnCtxt fcx, Diagnostic.Builder d, Ty operand, String trait) {
        Ty t = fcx.icx.resolve(operand);
        if (!(t instanceof Ty.Adt a) || !a.args().isEmpty()) return;
        AdtDef adt = fcx.cx.defs.adt(a.def());
        if (adt == null || CheckedStd.isStd(adt.span())) return;
        Item item = fcx.cx.itemDecls.get(a.def());
        SourceFile source = fcx.cx.sources == null ? null : fcx.cx.sources.fileOf(adt.span());
        if (item == null || source == null) return;
        Span head = dev.heaplab.core.resolve.DefinitionSpans.adtHead(item, source);
        if (head == null) return;
        d.spanNote("an implementation of `" + trait + "` might be missing for `" + adt.name() + "`",
                List.of(Label.primary(head, "must implement `" + trait + "`")));
        if (trait.equals("PartialEq") || trait.equals("PartialOrd")) {
            deriveHelp(fcx, d, a, trait);
        } else if (DEFINED.containsKey(trait)) {
            d.stdNote("the trait `" + trait + "` must be implemented", OPS + DEFINED.get(trait));
        }
    }

    /** rustc's definition span of one of the user's structs or enums (see {@link #head}), or null. */
    static Span headOf(FnCtxt fcx, Ty.Adt a) { return headOf(fcx.cx, a); }

    static Span headOf(dev.heaplab.core.resolve.ProgramCx cx, Ty.Adt a) {
        AdtDef adt = cx.defs.adt(a.def());
        Item item = cx.itemDecls.get(a.def());
        SourceFile source = adt == null || cx.sources == null ? null : cx.sources.fileOf(adt.span());
        return item == null || source == null || CheckedStd.isStd(adt.span()) ? null : dev.heaplab.core.resolve.DefinitionSpans.adtHead(item, source);
    }

    /** rustc's "consider annotating `S` with `#[derive(PartialEq)]`" for a user's struct or enum lacking a comparison trait. */
    static void deriveHelp(FnCtxt fcx, Diagnostic.Builder d, Ty.Adt a, String trait) { deriveHelp(fcx.cx, d, a, trait, true); }

    /** With {@code pairEq}, `PartialOrd` is suggested with the `PartialEq` it needs (as for a comparison operator). */
    static void deriveHelp(dev.heaplab.core.resolve.ProgramCx cx, Diagnostic.Builder d, Ty.Adt a, String trait, boolean pairEq) {
        if (!java.util.Set.of("PartialEq", "PartialOrd", "Clone", "Debug", "Default", "Hash").contains(trait)) return;
        AdtDef adt = cx.defs.adt(a.def());
        Item item = cx.itemDecls.get(a.def());
        SourceFile source = adt == null || cx.sources == null ? null : cx.sources.fileOf(adt.span());
        Span head = headOf(cx, a);
        if (head == null || source == null) return;
        List<Item.Attribute> attrs = item instanceof Item.StructDecl s ? s.attrs() : item instanceof Item.EnumDecl e ? e.attrs() : List.of();
        boolean hasEq = attrs.stream().anyMatch(at -> at.name().equals("derive") && Attributes.words(at).contains("PartialEq"));
        String derive = pairEq && trait.equals("PartialOrd") && !hasEq ? "PartialEq, PartialOrd" : trait;
        int lineStart = source.text().lastIndexOf('\n', Math.max(0, head.lo() - source.startPos() - 1)) + 1 + source.startPos();
        d.suggestion("consider annotating `" + adt.name() + "` with `#[derive(" + derive + ")]`",
                new Span(lineStart, lineStart), "#[derive(" + derive + ")]\n");
    }
}
