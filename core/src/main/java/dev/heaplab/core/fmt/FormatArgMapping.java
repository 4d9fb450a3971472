package dev.heaplab.core.fmt;

import dev.heaplab.core.diag.Diagnostic;
import dev.heaplab.core.fmt.FormatSyntax.Count;
import dev.heaplab.core.fmt.FormatSyntax.Piece;
import dev.heaplab.core.fmt.FormatSyntax.Position;
import dev.heaplab.core.fmt.FormatTemplate.FormatSpec;
import dev.heaplab.core.fmt.FormatTemplate.Trait;
import dev.heaplab.core.source.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Maps the holes of a parsed format string to argument indices, as rustc's format_args! does:
 * <ul>
 *   <li>`{}` takes the next positional argument; `{:.*}` takes one for the precision first;</li>
 *   <li>`{N}` / `N$` refer to explicit arguments (positional, then named, in order);</li>
 *   <li>`{name}` / `name$` refer to the named argument, else capture the variable `name`, appended
 *   after all explicit arguments (once per name);</li>
 *   <li>then errors: references past the explicit arguments, unknown traits, unused arguments.</li>
 * </ul>
 */
final class FormatArgMapping {
    private static final Map<String, Trait> TRAITS = Map.of("", Trait.DISPLAY, "?", Trait.DEBUG,
            "x", Trait.LOWER_HEX, "X", Trait.UPPER_HEX, "o", Trait.OCTAL, "b", Trait.BINARY,
            "e", Trait.LOWER_EXP, "E", Trait.UPPER_EXP, "p", Trait.POINTER);

    /** One argument reference, kept to report invalid ones. */
    private record Ref(int index, Span span, boolean implicit, boolean star, boolean count) {}

    private final LiteralMap map;
    private final MacroArgs args;
    private final List<Ref> refs = new ArrayList<>();
    private final List<FormatParse.Capture> captures = new ArrayList<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private int next;

    private FormatArgMapping(LiteralMap map, MacroArgs args) {
        this.map = map;
        this.args = args;
    }

    static FormatParse map(FormatSyntax syntax, LiteralMap map, MacroArgs args) {
        return new FormatArgMapping(map, args).run(syntax);
    }

    private FormatParse run(FormatSyntax syntax) {
        List<FormatTemplate.Piece> pieces = new ArrayList<>();
        List<Span> holeSpans = new ArrayList<>();
        List<Span> allHoles = new ArrayList<>();
        boolean allImplicit = true;
        for (Piece piece : syntax.pieces()) {
            switch (piece) {
                case Piece.Text t -> pieces.add(new FormatTemplate.Piece.Literal(t.text()));
                case Piece.Hole h -> {
                    Span holeSpan = map.span(h.start(), h.end());
                    FormatTemplate.Count precision = count(h.spec().precision());
                    FormatTemplate.Count width = count(h.spec().width());
                    int index = position(h.position(), holeSpan);
                    if (!(h.position() instanceof Position.Next)) allImplicit = false;
                    if (h.spec().width() instanceof Count.Index || h.spec().precision() instanceof Count.Index) allImplicit = false;
                    Trait trait = TRAITS.get(h.spec().traitName());
                    if (trait == null) {
                        diagnostics.add(unknownTrait(h.spec()));
                        trait = Trait.DISPLAY;
                    }
                    var s = h.spec();
                    pieces.add(new FormatTemplate.Piece.Argument(index, new FormatSpec(s.fill(), s.align(), s.plus(),
                            s.minus(), s.alternate(), s.zeroPad(), width, precision, trait, s.debugHex())));
                    holeSpans.add(holeSpan);
                    allHoles.add(holeSpan);
                }
            }
        }
        Diagnostic invalid = new InvalidReferences(args, refs, allHoles, allImplicit).report();
        if (invalid != null) diagnostics.add(0, invalid);
        Diagnostic unused = unusedArguments();
        if (unused != null) diagnostics.add(unused);
        return new FormatParse(new FormatTemplate(pieces), captures, holeSpans, diagnostics);
    }

    private int position(Position p, Span holeSpan) {
        return switch (p) {
            case Position.Next n -> reference(next++, holeSpan, true, false, false);
            case Position.Index ix -> reference(ix.index(), map.span(ix.start(), ix.end()), false, false, false);
            case Position.Name nm -> named(nm.name(), map.span(nm.start(), nm.end()));
        };
    }

    private FormatTemplate.Count count(Count c) {
        return switch (c) {
            case Count.Absent a -> new FormatTemplate.Count.Absent();
            case Count.Literal l -> new FormatTemplate.Count.Literal(l.value());
            case Count.Index ix -> new FormatTemplate.Count.FromArg(
                    reference(ix.index(), map.span(ix.start(), ix.end()), false, false, true));
            case Count.Name nm -> new FormatTemplate.Count.FromArg(named(nm.name(), map.span(nm.start(), nm.end())));
            case Count.Star st -> new FormatTemplate.Count.FromArg(
                    reference(next++, map.span(st.start(), st.end()), true, true, true));
        };
    }

    private int reference(int index, Span span, boolean implicit, boolean star, boolean isCount) {
        refs.add(new Ref(index, span, implicit, star, isCount));
        return index;
    }

    private int named(String name, Span span) {
        for (int k = 0; k < args.named().size(); k++) {
            if (args.named().get(k).name().equals(name)) {
                refs.add(new Ref(args.positional().size() + k, span, false, false, false));
                return args.positional().size() + k;
            }
        }
        for (FormatParse.Capture c : captures) if (c.name().equals(name)) return c.argIndex();
        int index = args.total() + captures.size();
        captures.add(new FormatParse.Capture(name, span, index));
        return index;
    }

    private Diagnostic unknownTrait(FormatSyntax.Spec spec) {
        int at = spec.traitStart();
        return Diagnostic.error(null, "unknown format trait `" + spec.traitName() + "`")
                .primary(map.span(at, at + spec.traitName().length()), "")
                .note("""
                        the only appropriate formatting traits are:
                        - ``, which uses the `Display` trait
                        - `?`, which uses the `Debug` trait
                        - `e`, which uses the `LowerExp` trait
                        - `E`, which uses the `UpperExp` trait
                        - `o`, which uses the `Octal` trait
                        - `p`, which uses the `Pointer` trait
                        - `b`, which uses the `Binary` trait
                        - `x`, which uses the `LowerHex` trait
                        - `X`, which uses the `UpperHex` trait""").build();
    }

    /** "argument never used" for one unused explicit argument, "multiple unused formatting arguments" for several. */
    private Diagnostic unusedArguments() {
        boolean[] used = new boolean[args.total()];
        for (Ref r : refs) if (r.index() >= 0 && r.index() < used.length) used[r.index()] = true;
        List<Integer> unused = new ArrayList<>();
        for (int k = 0; k < used.length; k++) if (!used[k]) unused.add(k);
        if (unused.isEmpty()) return null;
        if (unused.size() == 1) {
            int k = unused.get(0);
            String what = k < args.positional().size() ? "argument never used" : "named argument never used";
            return Diagnostic.error(null, what).primary(argSpan(k), what)
                    .secondary(map.literal(), "formatting specifier missing").build();
        }
        var b = Diagnostic.error(null, "multiple unused formatting arguments");
        for (int k : unused) {
            b.primary(argSpan(k), k < args.positional().size() ? "argument never used" : "named argument never used");
        }
        return b.secondary(map.literal(), "multiple missing formatting specifiers")
                .note("consider adding " + unused.size() + " format specifiers").build();
    }

    private Span argSpan(int k) {
        int npos = args.positional().size();
        return k < npos ? args.positional().get(k) : args.named().get(k - npos).span();
    }

    /** Builds rustc's error for references past the explicit arguments. */
    private record InvalidReferences(MacroArgs args, List<Ref> refs, List<Span> holes, boolean allImplicit) {
        Diagnostic report() {
            List<Ref> invalid = new ArrayList<>();
            for (Ref r : refs) if (r.index() >= args.total()) invalid.add(r);
            if (invalid.isEmpty()) return null;
            int total = args.total();
            String desc = total == 0 ? "no arguments were given"
                    : total == 1 ? "there is 1 argument" : "there are " + total + " arguments";
            boolean anyCount = false, anyStar = false;
            for (Ref r : refs) { anyCount |= r.count(); anyStar |= r.star(); }
            Diagnostic.Builder b;
            if (allImplicit) {
                int n = 0;
                for (Ref r : refs) if (r.implicit()) n++;
                b = Diagnostic.error(null, n + " positional argument" + (n == 1 ? "" : "s")
                        + " in format string, but " + desc);
                for (Span h : holes) b.primary(h, "");
                for (Ref r : refs) {
                    if (r.star()) {
                        b.secondary(r.span(), "this precision flag adds an extra required argument at position "
                                + r.index() + ", which is why there " + (n == 1 ? "is 1 argument" : "are " + n + " arguments")
                                + " expected");
                    }
                }
                for (Span s : args.positional()) b.secondary(s, "");
                for (MacroArgs.Named nm : args.named()) b.secondary(nm.span(), "");
                if (anyStar) b.note("positional arguments are zero-based");
            } else {
                List<Integer> indexes = new ArrayList<>();
                for (Ref r : invalid) if (!indexes.contains(r.index())) indexes.add(r.index());
                indexes.sort(null);
                String list;
                if (indexes.size() == 1) {
                    list = "argument " + indexes.get(0);
                } else {
                    StringBuilder head = new StringBuilder();
                    for (int k = 0; k < indexes.size() - 1; k++) head.append(k == 0 ? "" : ", ").append(indexes.get(k));
                    list = "arguments " + head + " and " + indexes.get(indexes.size() - 1);
                }
                b = Diagnostic.error(null, "invalid reference to positional " + list + " (" + desc + ")");
                for (Ref r : invalid) b.primary(r.span(), "");
                b.note("positional arguments are zero-based");
            }
            if (anyCount) b.note("for information about formatting flags, visit https://doc.rust-lang.org/std/fmt/index.html");
            return b.build();
        }
    }
}
