package dev.heaplab.core.typeck;

import dev.heaplab.core.diag.Diagnostic;
import dev.heaplab.core.diag.Label;
import dev.heaplab.core.resolve.ProgramCx;
import dev.heaplab.core.source.Span;
import dev.heaplab.core.types.DefId;
import dev.heaplab.core.types.ImplMatcher;
import dev.heaplab.core.types.Ty;
import dev.heaplab.core.types.TraitDef;
import java.util.List;
import java.util.Set;

/**
 * E0277's header and primary label for a bound that does not hold, in rustc's words: std marks its
 * traits with `#[rustc_on_unimplemented]`, which replaces "the trait bound `T: Trait` is not
 * satisfied" by a message of the trait's own ("`Plain` doesn't implement `Debug`", "can't compare
 * `A` with `B`", "`u8` is not an iterator") and may give the label too. rustc then says what is
 * missing ("the trait `X` is not implemented for `T`"):
 * <ul>
 * <li>with a label of the trait's own, in a help (none for a type parameter);</li>
 * <li>else as the label.</li>
 * </ul>
 * A help about one of the user's structs or enums points at its definition, unless rustc suggests a
 * derive for it instead (then the label is "unsatisfied trait bound" when there was no other).
 */
final class OnUnimplemented {
    private OnUnimplemented() {}

    /** The traits whose derive rustc suggests for the user's types (see MissingOperatorImpl.deriveHelp). */
    private static final Set<String> DERIVED = Set.of("PartialEq", "PartialOrd", "Clone", "Debug", "Default", "Hash");

    /** E0277 for {@code self: trait<args>} at {@code at}, with the help or note the trait's attribute adds. */
    static Diagnostic.Builder error(ProgramCx cx, Ty self, DefId trait, List<Ty> args, Span at) {
        TraitDef def = cx.defs.trait(trait);
        String lang = def == null ? null : def.lang();
        self = ImplMatcher.eraseRegions(self);
        args = args.stream().map(ImplMatcher::eraseRegions).toList();
        String shown = self.display(cx.defs);
        boolean defaultArgs = args.isEmpty() || args.equals(cx.selfArgs(trait, self));
        String traitRef = fnSugar(cx, lang, args);
        if (traitRef == null) {
            traitRef = cx.defs.path(trait) + (defaultArgs ? ""
                    : "<" + String.join(", ", args.stream().map(t -> t.display(cx.defs)).toList()) + ">");
        }
        String explanation = "the trait `" + traitRef + "` is not implemented for `" + shown + "`";
        String arg = args.isEmpty() ? null : args.get(0).display(cx.defs);
        String message = "the trait bound `" + shown + ": " + traitRef + "` is not satisfied", label = null, note = null;
        switch (lang == null ? "" : lang) {
            case "PartialEq" -> {
                message = "can't compare `" + shown + "` with `" + arg + "`";
                label = "no implementation for `" + shown + " == " + arg + "`";
            }
            case "PartialOrd" -> {
                message = "can't compare `" + shown + "` with `" + arg + "`";
                label = "no implementation for `" + shown + " < " + arg + "` and `" + shown + " > " + arg + "`";
            }
            case "Display" -> message = "`" + shown + "` doesn't implement `" + cx.defs.path(trait) + "`";
            case "Debug" -> {
                message = "`" + shown + "` doesn't implement `Debug`";
                if (userAdt(cx, self) != null) note = "add `#[derive(Debug)]` to `" + shown + "` or manually `impl Debug for " + shown + "`";
            }
            case "Iterator" -> {
                message = "`" + shown + "` is not an iterator";
                label = message;
            }
            case "Sum" -> {
                message = "a value of type `" + shown + "` cannot be made by summing an iterator over elements of type `" + arg + "`";
                label = "value of type `" + shown + "` cannot be made by summing a `std::iter::Iterator<Item=" + arg + ">`";
            }
            case "Product" -> {
                message = "a value of type `" + shown + "` cannot be made by multiplying all elements of type `" + arg + "` from an iterator";
                label = "value of type `" + shown + "` cannot be made by multiplying all elements from a `std::iter::Iterator<Item=" + arg + ">`";
            }
            case "FromIterator" -> {
                message = "a value of type `" + shown + "` cannot be built from an iterator over elements of type `" + arg + "`";
                label = "value of type `" + shown + "` cannot be built from `std::iter::Iterator<Item=" + arg + ">`";
            }
            case "Fn", "FnMut", "FnOnce" -> {
                message = "expected a `" + traitRef + "` closure, found `" + shown + "`";
                label = "expected an `" + traitRef + "` closure, found `" + shown + "`";
                if (traitRef.endsWith("()")) note = "wrap the `" + shown + "` in a closure with no arguments: `|| { /* code */ }`";
            }
            default -> { }
        }
        Diagnostic.Builder b = Diagnostic.error("E0277", message);
        Span head = lang != null && DERIVED.contains(lang) ? null : userAdt(cx, self);
        if (label != null) {
            b.primary(at, label);
            // rustc says what is missing unless the type is a parameter
            if (head != null) b.spanHelpInOrder(explanation, List.of(Label.primary(head, "")));
            else if (!(self instanceof Ty.Param)) b.help(explanation);
        } else if (head != null) {
            b.primary(at, "unsatisfied trait bound").spanHelpInOrder(explanation, List.of(Label.primary(head, "")));
        } else {
            b.primary(at, explanation);
        }
        onlyImpl(cx, b, trait, self);
        if (note != null) b.note(note);
        return b;
    }

    /** rustc's "the trait `X` is implemented for `Y`" at the impl's header, when the crate's trait has only that impl. */
    private static void onlyImpl(ProgramCx cx, Diagnostic.Builder b, DefId trait, Ty self) {
        TraitDef td = cx.defs.trait(trait);
        if (td == null || td.span() == null || CheckedStd.isStd(td.span()) || cx.sources == null) return;
        List<dev.heaplab.core.types.ImplDef> impls = cx.defs.implsOf(trait);
        if (impls.size() != 1 || impls.get(0).derived() || !impls.get(0).traitArgs().isEmpty() || impls.get(0).span() == null
                || impls.get(0).selfTy().equals(self)) return;
        dev.heaplab.core.types.ImplDef impl = impls.get(0);
        var file = cx.sources.fileOf(impl.span());
        if (file == null) return;
        String text = file.slice(impl.span());
        int brace = text.indexOf('{');
        if (brace < 0) return;
        int end = brace;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) end--;
        b.spanHelpInOrder("the trait `" + cx.defs.path(trait) + "` is implemented for `" + impl.selfTy().display(cx.defs) + "`",
                List.of(Label.primary(new Span(impl.span().lo(), impl.span().lo() + end), "")));
    }

    /** The head of the user's struct or enum {@code t} (rustc's definition span), or null. */
    private static Span userAdt(ProgramCx cx, Ty t) {
        return t instanceof Ty.Adt a ? MissingOperatorImpl.headOf(cx, a) : null;
    }

    /** `FnMut(i32)`: the Fn traits as rustc writes them (arguments in parentheses, no return type); null for others. */
    private static String fnSugar(ProgramCx cx, String lang, List<Ty> args) {
        if (!("Fn".equals(lang) || "FnMut".equals(lang) || "FnOnce".equals(lang)) || args.size() != 1
                || !(args.get(0) instanceof Ty.Tuple tu)) return null;
        return lang + String.join(", ", tu.elems().stream().map(t -> t.display(cx.defs)).toList()).transform(s -> "(" + s + ")");
    }
}
