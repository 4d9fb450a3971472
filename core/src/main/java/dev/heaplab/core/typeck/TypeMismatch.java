package dev.heaplab.core.typeck;

import dev.heaplab.core.diag.Diagnostic;
import dev.heaplab.core.diag.Label;
import dev.heaplab.core.diag.Suggestion;
import dev.heaplab.core.source.Span;
import dev.heaplab.core.types.AdtDef;
import dev.heaplab.core.types.DefId;
import dev.heaplab.core.types.FnDef;
import dev.heaplab.core.types.ImplMatcher;
import dev.heaplab.core.types.LangItem;
import dev.heaplab.core.types.Ty;
import java.util.ArrayList;
import java.util.List;

/**
 * E0308 as rustc words it: the "expected X, found Y" label (`integer` for an unsuffixed literal's
 * type, regions erased), the reason the type was expected (rustc's obligation cause: a `let`
 * annotation, the return type, a call's parameter) and the "expected enum `..` / found type `..`"
 * note that rustc adds when the label alone does not show the types in full.
 */
final class TypeMismatch {
    /** Why a value was expected to have its type. */
    sealed interface Because {
        /** `let x: T = value;`: "expected due to this" on `T`. */
        record Annotation(Span type) implements Because {}

        /** The function's value: "expected `T` because of return type" on the written return type. */
        record ReturnType(Span type) implements Because {}

        /** A call's argument: the callee labelled, and the function's definition with the parameter. */
        record Argument(Span callee, boolean method, DefId fn, int param) implements Because {}

        /** A binary operator's right operand: "expected because this is `T`" on the left one. */
        record LeftOperand(Span lhs) implements Because {}
    }

    private final FnCtxt fcx;

    TypeMismatch(FnCtxt fcx) { this.fcx = fcx; }

    /** The plain E0308 for `found` where `expected` was needed, at {@code span}; null once either type is an error. */
    Diagnostic.Builder mismatch(Span span, Ty expected, Ty found, Because because) {
        return mismatch("mismatched types", span, expected, found, because);
    }

    /** The same with another message (rustc's "`match` arms have incompatible types"). */
    Diagnostic.Builder mismatch(String message, Span span, Ty expected, Ty found, Because because) {
        Ty e = fcx.icx.resolve(expected), f = fcx.icx.resolve(found);
        if (e instanceof Ty.Error || f instanceof Ty.Error) return null;
        boolean mutability = differInMutability(e, f);
        Diagnostic.Builder d = Diagnostic.error("E0308", message).primary(span, mutability ? "types differ in mutability" : label(e, f));
        switch (because) {
            case null -> { }
            case Because.Annotation a -> d.secondary(a.type(), "expected due to this");
            case Because.ReturnType r -> d.secondary(r.type(), "expected `" + fcx.show(e) + "` because of return type");
            case Because.Argument a -> d.secondary(a.callee(), "arguments to this " + (a.method() ? "method" : "function") + " are incorrect");
            case Because.LeftOperand o -> d.secondary(o.lhs(), "expected because this is `" + fcx.show(e) + "`");
        }
        opaqueOrigin(d, e, "expected");
        opaqueOrigin(d, f, "found");
        if (mutability) {
            d.note("expected mutable reference `&mut _`\n" + "           found reference `&_`");
        } else {
            expectedFoundNote(d, e, f, span);
        }
        helps(d, span, e, f); // its notes come before the definition's note; its edits after it, as rustc
        if (because instanceof Because.Argument a) definedHere(d, a);
        return d;
    }

    /** rustc's "the found opaque type" at the `impl Trait` of the function returning it. */
    private void opaqueOrigin(Diagnostic.Builder d, Ty t, String which) {
        if (!(t instanceof Ty.Opaque o)) return;
        FnDef fn = fcx.cx.defs.fn(o.fn());
        if (fn == null || fn.decl() == null || fn.decl().ret() == null) return;
        Span at = fn.decl().ret() instanceof dev.heaplab.core.syntax.TypeExpr.ImplTraitType it ? it.withBounds() : fn.decl().ret().span();
        d.secondary(at, "the " + which + " opaque type");
    }

    private boolean differInMutability(Ty e, Ty f) {
        return e instanceof Ty.Ref re && f instanceof Ty.Ref rf && re.mutable() && !rf.mutable() && fcx.icx.canUnify(re.inner(), rf.inner());
    }

    // ---- rustc's suggestions for the commonest mismatches ----

    /**
     * The edit rustc proposes for a value of almost the right type: wrap it in `Some`/`Ok`, borrow
     * or dereference it, convert it (`to_string`, `into`, `try_into().unwrap()`), or change a
     * literal (`5.0`, `3u8`, `'c'`). Only for expressions an edit at their ends cannot reparse
     * differently (a path, a call, a method chain, a literal), except where rustc adds parentheses.
     */
    private void helps(Diagnostic.Builder d, Span span, Ty e, Ty f) {
        String text = fcx.text(span);
        if (text.isEmpty()) return;
        boolean postfix = postfixSafe(text);
        Span start = new Span(span.lo(), span.lo()), end = new Span(span.hi(), span.hi());
        if (e instanceof Ty.Adt a && isLang(a, LangItem.OPTION) && a.args().size() == 1 && fcx.icx.canUnify(a.args().get(0), f)) {
            wrap(d, span, "Some");
        } else if (e instanceof Ty.Adt a && isLang(a, LangItem.RESULT) && a.args().size() == 2 && fcx.icx.canUnify(a.args().get(0), f)
                && !fcx.icx.canUnify(a.args().get(1), f)) {
            wrap(d, span, "Ok");
        } else if (f instanceof Ty.Adt fa && (isLang(fa, LangItem.OPTION) || isLang(fa, LangItem.RESULT)) && !fa.args().isEmpty()
                && fcx.icx.canUnify(fa.args().get(0), e) && postfix && !returnsSame(fa) && !VARIANT_CALL.matcher(text).lookingAt()) {
            boolean option = isLang(fa, LangItem.OPTION);
            d.suggestion("consider using `" + (option ? "Option" : "Result") + "::expect` to unwrap the `" + fcx.show(f)
                    + "` value, panicking if the value is " + (option ? "an `Option::None`" : "a `Result::Err`"), end, ".expect(\"REASON\")");
        } else if (e instanceof Ty.Float && f instanceof Ty.Infer i && i.kind() == Ty.InferKind.INTEGER && text.matches("[0-9][0-9_]*")) {
            d.suggestion("use a float literal", end, ".0");
        } else if (e instanceof Ty.Ref re && !(f instanceof Ty.Ref) && postfix && derefsTo(f, re.inner())) {
            d.suggestion("consider borrowing here", start, re.mutable() ? "&mut " : "&");
        } else if (f instanceof Ty.Ref rf && !(e instanceof Ty.Ref) && postfix && copyScalar(e) && fcx.icx.canUnify(rf.inner(), e)) {
            d.suggestion("consider dereferencing the borrow", start, "*");
        } else if (f instanceof Ty.Adt fa && copyScalar(e) && derefsOnceTo(f, e)) {
            // a smart pointer or guard to a `Copy` value (`Rc<i32>`, `Ref<'_, i32>`): its `*`
            d.suggestion(isLang(fa, LangItem.BOX) ? "consider unboxing the value" : "consider dereferencing the type", start, "*");
        } else if (e instanceof Ty.Adt a && isLang(a, LangItem.STRING) && displayable(f)) {
            if (postfix) d.suggestion("try using a conversion method", end, ".to_string()");
        } else if (e instanceof Ty.Char && f instanceof Ty.Ref r && r.inner() instanceof Ty.Str
                && text.length() >= 3 && text.startsWith("\"") && text.endsWith("\"") && text.codePointCount(1, text.length() - 1) == 1
                && !text.substring(1, text.length() - 1).equals("'")) {
            d.suggestion("if you meant to write a `char` literal, use single quotes", span, "'" + text.substring(1, text.length() - 1) + "'");
        } else if (e instanceof Ty.Ref r && r.inner() instanceof Ty.Str && f instanceof Ty.Char
                && text.length() >= 3 && text.startsWith("'") && text.endsWith("'")) {
            d.suggestion("if you meant to write a string literal, use double quotes", span, "\"" + text.substring(1, text.length() - 1) + "\"");
        } else if (e instanceof Ty.Float ef && f instanceof Ty.Float ff && text.matches("[0-9][0-9_.eE+-]*" + ff.kind().rustName())) {
            d.suggestion("change the type of the numeric literal from `" + ff.kind().rustName() + "` to `" + ef.kind().rustName() + "`",
                    span, text.substring(0, text.length() - ff.kind().rustName().length()) + ef.kind().rustName());
        } else if (e instanceof Ty.Int ei && f instanceof Ty.Int fi) {
            numeric(d, span, text, postfix, ei.kind(), fi.kind());
        } else if (e instanceof Ty.Int ei && ei.kind() == dev.heaplab.core.types.IntTy.U8 && f instanceof Ty.Char
                && text.length() >= 3 && text.startsWith("'") && text.endsWith("'") && text.chars().allMatch(c -> c < 128)) {
            d.suggestion("if you meant to write a byte literal, prefix with `b`", start, "b");
        } else if (e instanceof Ty.Int ei && f instanceof Ty.Char && width(ei.kind()) != null && ei.kind().bits() >= 32 && postfix) {
            d.suggestion("you can cast a `char` to " + article(ei.kind()) + " `" + ei.kind().rustName()
                    + "`, since a `char` always occupies 4 bytes", end, " as " + ei.kind().rustName());
        }
    }

    /** `Some(5)`, `Ok::<i32, E>(3)`: a value built on the spot, which rustc does not propose to unwrap. */
    private static final java.util.regex.Pattern VARIANT_CALL =
            java.util.regex.Pattern.compile("(?:Option::|Result::)?(?:Some|Ok|Err)\\s*(?:::<.*>)?\\s*\\(");

    /** Does the function return the same kind (`Option`/`Result`), where rustc proposes `?` instead? */
    private boolean returnsSame(Ty.Adt found) {
        Ty ret = fcx.returnTys.isEmpty() ? null : fcx.icx.resolve(fcx.returnTys.peek());
        return ret instanceof Ty.Adt ra && ra.def().equals(found.def());
    }

    private void wrap(Diagnostic.Builder d, Span span, String variant) {
        d.multipartSuggestion("try wrapping the expression in `" + variant + "`", List.of(
                new Suggestion.Part(new Span(span.lo(), span.lo()), variant + "("),
                new Suggestion.Part(new Span(span.hi(), span.hi()), ")")));
    }

    /** rustc's integer conversions: a literal's suffix changed, else `.into()` when lossless, else `.try_into().unwrap()`. */
    private void numeric(Diagnostic.Builder d, Span span, String text, boolean postfix, dev.heaplab.core.types.IntTy exp,
                         dev.heaplab.core.types.IntTy found) {
        if (text.matches("-[0-9][0-9_]*" + found.rustName()) && !exp.signed()) {
            d.note("`" + text + "` cannot fit into type `" + exp.rustName() + "`");
            return;
        }
        if (text.matches("-?[0-9][0-9_]*" + found.rustName())) {
            d.suggestion("change the type of the numeric literal from `" + found.rustName() + "` to `" + exp.rustName() + "`",
                    span, text.substring(0, text.length() - found.rustName().length()) + exp.rustName());
            return;
        }
        boolean fallible = fallible(exp, found);
        String msg = "you can convert " + article(found) + " `" + found.rustName() + "` to " + article(exp) + " `" + exp.rustName() + "`"
                + (fallible ? " and panic if the converted value doesn't fit" : "");
        String call = fallible ? ".try_into().unwrap()" : ".into()";
        if (postfix) d.suggestion(msg, new Span(span.hi(), span.hi()), call);
        else d.multipartSuggestion(msg, List.of(
                new Suggestion.Part(new Span(span.lo(), span.lo()), "("),
                new Suggestion.Part(new Span(span.hi(), span.hi()), ")" + call)));
    }

    /** rustc's `suggest_cast` table: whether found → expected may not fit (isize/usize have no fixed width there). */
    private static boolean fallible(dev.heaplab.core.types.IntTy exp, dev.heaplab.core.types.IntTy found) {
        Integer ew = width(exp), fw = width(found);
        if (exp.signed() == found.signed()) {
            if (ew != null && fw != null) return ew < fw;
            if (ew == null && fw != null) return !(fw == 8 || fw == 16);
            return true;
        }
        if (exp.signed()) { // unsigned → signed
            if (ew != null && fw != null) return !(fw < ew);
            return !(ew == null && fw != null && fw == 8);
        }
        return true; // signed → unsigned
    }

    private static Integer width(dev.heaplab.core.types.IntTy t) {
        return t == dev.heaplab.core.types.IntTy.ISIZE || t == dev.heaplab.core.types.IntTy.USIZE ? null : t.bits();
    }

    private static String article(dev.heaplab.core.types.IntTy t) { return t.signed() ? "an" : "a"; }

    /** Can `&found` coerce to `&target` (autoderef: `String` to `str`, `Vec<T>` to `[T]`)? */
    private boolean derefsTo(Ty found, Ty target) {
        for (Coercion.Step step : fcx.coercion.autoderef(found)) if (fcx.icx.canUnify(step.ty(), target)) return true;
        return false;
    }

    /** Whether one `*` of {@code found} (an overloaded or a box deref) is {@code target}. */
    private boolean derefsOnceTo(Ty found, Ty target) {
        List<Coercion.Step> steps = fcx.coercion.autoderef(found);
        return steps.size() > 1 && fcx.icx.canUnify(steps.get(1).ty(), target);
    }

    private boolean copyScalar(Ty t) {
        Ty r = fcx.icx.resolve(t);
        return r instanceof Ty.Int || r instanceof Ty.Float || r instanceof Ty.Bool || r instanceof Ty.Char;
    }

    /** Has a `to_string` through `Display` (the types a learner converts). */
    private boolean displayable(Ty t) {
        Ty r = fcx.behindRefs(fcx.icx.shallow(t));
        return r instanceof Ty.Str || r instanceof Ty.Int || r instanceof Ty.Float || r instanceof Ty.Bool || r instanceof Ty.Char
                || r instanceof Ty.Infer i && i.kind() != Ty.InferKind.GENERAL;
    }

    private boolean isLang(Ty.Adt a, LangItem lang) {
        AdtDef adt = fcx.cx.defs.adt(a.def());
        return adt != null && adt.lang() == lang;
    }

    /** No operator, cast, range or prefix at the top level: `&x`/`x.into()` keep their meaning. */
    private static boolean postfixSafe(String text) {
        if (text.isEmpty() || "&*-!".indexOf(text.charAt(0)) >= 0) return false;
        int depth = 0, angles = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '\\') i++;
                else if (c == '"') quoted = false;
                continue;
            }
            if (c == '<' && i >= 2 && text.startsWith("::", i - 2)) { // a turbofish's arguments
                depth++;
                angles++;
                continue;
            }
            if (c == '>' && angles > 0) {
                depth--;
                angles--;
                continue;
            }
            switch (c) {
                case '"' -> quoted = true;
                case '(', '[', '{' -> depth++;
                case ')', ']', '}' -> depth--;
                default -> {
                    if (depth == 0 && (Character.isWhitespace(c) || "+-*/%<>=&|^".indexOf(c) >= 0
                            || c == '.' && i + 1 < text.length() && text.charAt(i + 1) == '.')) return false;
                }
            }
        }
        return true;
    }

    /** "expected `&str`, found integer". */
    String label(Ty expected, Ty found) { return "expected " + labelTy(expected) + ", found " + labelTy(found); }

    /** A type in a label: regions erased; an unsuffixed literal's type in words, as rustc. */
    String labelTy(Ty t) {
        Ty r = fcx.icx.resolve(t);
        if (r instanceof Ty.Infer i && i.kind() == Ty.InferKind.INTEGER) return "integer";
        if (r instanceof Ty.Infer i && i.kind() == Ty.InferKind.FLOAT) return "floating-point number";
        if (r instanceof Ty.Opaque) return "opaque type";
        return "`" + ImplMatcher.eraseRegions(r).display(fcx.cx.defs.forcedTrimmed()) + "`";
    }

    /**
     * rustc's `note: expected enum `Option<i32>` / found type `{integer}``, the two kinds aligned on
     * the right: added unless both types are simple enough for the label (primitives, references
     * to them, ADTs without type arguments), and always between two references.
     */
    private void expectedFoundNote(Diagnostic.Builder d, Ty e, Ty f, Span foundSpan) {
        if (simpleText(e) && simpleText(f) && !(e instanceof Ty.Ref && f instanceof Ty.Ref)) return;
        String ek = "expected " + kind(e), fk = "found " + kind(f);
        int w = Math.max(ek.length(), fk.length());
        d.note(" ".repeat(w - ek.length()) + ek + " `" + fcx.show(e) + "`\n"
                + " ".repeat(w - fk.length()) + fk + " `" + noteTy(f, foundSpan) + "`");
    }

    /** A found type in the note: a string literal's reference is `&'static str` there. */
    private String noteTy(Ty f, Span foundSpan) {
        if (f instanceof Ty.Ref r && !r.region().isNamed() && r.inner() instanceof Ty.Str && fcx.text(foundSpan).startsWith("\"")) {
            return "&'static str";
        }
        return fcx.show(f);
    }

    /** rustc's `Ty::is_simple_text`. */
    private boolean simpleText(Ty t) {
        return switch (t) {
            case Ty.Adt a -> a.args().isEmpty();
            case Ty.Ref r -> simpleText(fcx.icx.resolve(r.inner()));
            default -> simpleTy(t);
        };
    }

    /** rustc's `Ty::is_simple_ty`. */
    private boolean simpleTy(Ty t) {
        return switch (t) {
            case Ty.Bool b -> true;
            case Ty.Char c -> true;
            case Ty.Str s -> true;
            case Ty.Int i -> true;
            case Ty.Float x -> true;
            case Ty.Infer i -> i.kind() != Ty.InferKind.GENERAL;
            case Ty.Ref r -> simpleTy(fcx.behindRefs(fcx.icx.shallow(r.inner())));
            case Ty.Array a -> simpleTy(fcx.behindRefs(fcx.icx.shallow(a.elem())));
            case Ty.Slice s -> simpleTy(fcx.behindRefs(fcx.icx.shallow(s.elem())));
            case Ty.Tuple tu -> tu.elems().isEmpty();
            default -> false;
        };
    }

    /** rustc's `Ty::prefix_string`. */
    private String kind(Ty t) {
        return switch (t) {
            case Ty.Tuple tu when tu.elems().isEmpty() -> "unit type";
            case Ty.Tuple tu -> "tuple";
            case Ty.Adt a -> {
                AdtDef adt = fcx.cx.defs.adt(a.def());
                yield adt != null && adt.isEnum() ? "enum" : "struct";
            }
            case Ty.Array a -> "array";
            case Ty.Slice s -> "slice";
            case Ty.Ref r -> r.mutable() ? "mutable reference" : "reference";
            case Ty.RawPtr p -> "raw pointer";
            case Ty.FnDef fd -> "fn item";
            case Ty.FnPtr fp -> "fn pointer";
            case Ty.Dynamic dy -> "trait object";
            case Ty.Closure c -> "closure";
            case Ty.Param p -> "type parameter";
            case Ty.Projection p -> "associated type";
            case Ty.Opaque o -> "opaque type";
            default -> "type";
        };
    }

    /** rustc's "function defined here": the user function's name, and the parameter the argument was for. */
    private void definedHere(Diagnostic.Builder d, Because.Argument a) {
        FnDef fn = a.fn() == null ? null : fcx.cx.defs.fn(a.fn());
        if (fn == null || fn.decl() == null) return;
        if (CheckedStd.isStd(fn.span())) {
            String[] note = stdDefinedHere(fn);
            if (note != null) d.stdNoteInOrder(note[0] + " defined here", note[1], List.of());
            return;
        }
        var decl = fn.decl();
        List<Label> labels = new ArrayList<>();
        labels.add(Label.primary(decl.name().span(), ""));
        boolean hasSelf = decl.selfParam() != null;
        // A method called by path (`Counter::add(&mut c, 1)`) takes `self` as its first argument.
        int k = a.param() - (hasSelf && !a.method() ? 1 : 0);
        if (k == -1) labels.add(Label.secondary(decl.selfParam().span(), ""));
        else if (k >= 0 && k < decl.params().size()) labels.add(Label.secondary(decl.params().get(k).span(), ""));
        String noun = hasSelf ? "method" : fn.parentImpl() != null || fn.parentTrait() != null ? "associated function" : "function";
        d.spanNoteInOrder(noun + " defined here", labels);
    }

    /** rustc's noun and std location per "Type::method" (see scripts/std-defined-here.sh), read on the first error that needs it. */
    private static final class StdDefinedHere {
        static final java.util.Map<String, String[]> TABLE = dev.heaplab.core.source.ResourceLines.noteTable("/dev/heaplab/std/defined-here.txt");
    }

    /** The table's entry for a std method: keyed by its impl's self type (slices under `Vec`), or `Iterator`. */
    private String[] stdDefinedHere(FnDef fn) {
        var trait = fn.parentTrait() == null ? null : fcx.cx.defs.trait(fn.parentTrait());
        if (trait != null && trait.name().equals("Iterator")) return StdDefinedHere.TABLE.get("Iterator::" + fn.name());
        var impl = fn.parentImpl() == null ? null : fcx.cx.defs.impl(fn.parentImpl());
        if (impl == null) return null;
        String self = switch (impl.selfTy()) {
            case Ty.Adt ad when fcx.cx.defs.adt(ad.def()) != null -> fcx.cx.defs.adt(ad.def()).name();
            case Ty.Slice sl -> "Vec";
            case Ty.Str st -> "str";
            case Ty.Int in -> in.kind().rustName();
            case Ty.Float fl -> fl.kind().rustName();
            default -> null;
        };
        return self == null ? null : StdDefinedHere.TABLE.get(self + "::" + fn.name());
    }

}
