package dev.heaplab.doc;

import java.util.ArrayList;
import java.util.List;

/**
 * A code block's info string read with rustdoc's rules (`LangString::parse` of rustdoc 1.95):
 * tokens are separated by commas, spaces and tabs; an empty string means Rust; any unknown token
 * makes the block non-Rust unless a Rust tag (`rust`, `ignore`, `should_panic`, …) came first.
 * Tokens `heaplab-trace`, `heaplab-stats`, `heaplab-skip` are heaplab's own; rustdoc counts them as
 * unknown tags and so does this parser, so that both tools agree on which blocks are Rust (write
 * `rust,heaplab-stats`). {@link #heaplabOnNonRust()} lets the report warn about a forgotten `rust`.
 *
 * @param language   the first token, lower-cased ("" when none): shown on non-Rust blocks
 * @param errorCodes codes like E0382 that a `compile_fail` block must report
 * @param unknown    tokens neither rustdoc nor heaplab knows
 */
public record InfoString(String raw, String language, boolean rust, boolean ignore, boolean shouldPanic,
                         boolean noRun, boolean compileFail, List<String> errorCodes, String edition,
                         boolean heaplabTrace, boolean heaplabStats, boolean heaplabSkip, List<String> unknown) {
    public InfoString {
        errorCodes = List.copyOf(errorCodes);
        unknown = List.copyOf(unknown);
    }

    public static InfoString parse(String raw) {
        String info = raw == null ? "" : raw.strip();
        List<String> tokens = tokens(info);
        boolean seenRust = false, seenOther = false, seenCustom = false;
        boolean ignore = false, shouldPanic = false, noRun = false, compileFail = false;
        boolean trace = false, stats = false, skip = false;
        String edition = null;
        List<String> codes = new ArrayList<>(), unknown = new ArrayList<>();
        for (String tok : tokens) {
            switch (tok) {
                case "should_panic" -> { shouldPanic = true; seenRust = !seenOther; }
                case "no_run" -> { noRun = true; seenRust = !seenOther; }
                case "ignore" -> { ignore = true; seenRust = !seenOther; }
                case "rust" -> seenRust = true;
                case "custom" -> seenCustom = true;
                case "test_harness", "standalone_crate" -> seenRust = !seenOther || seenRust;
                case "compile_fail" -> { compileFail = true; noRun = true; seenRust = !seenOther || seenRust; }
                // Unknown to rustdoc, so they count as "other" tags exactly as rustdoc counts them:
                // ```rust,heaplab-stats is Rust for both tools, ```heaplab-stats alone for neither.
                case "heaplab-trace" -> { trace = true; seenOther = true; }
                case "heaplab-stats" -> { stats = true; seenOther = true; }
                case "heaplab-skip" -> { skip = true; seenOther = true; }
                default -> {
                    if (tok.startsWith("edition") && tok.substring(7).matches("20(15|18|21|24)")) {
                        edition = tok.substring(7);
                        seenRust = !seenOther || seenRust;
                    } else if (tok.startsWith("ignore-")) {
                        // Per-target ignores are unstable in rustdoc; heaplab has no target, so they do not apply.
                        seenRust = !seenOther;
                    } else if (tok.length() == 5 && tok.charAt(0) == 'E' && tok.substring(1).chars().allMatch(Character::isDigit)) {
                        codes.add(tok);
                        seenRust = !seenOther || seenRust;
                    } else {
                        seenOther = true;
                        unknown.add(tok);
                    }
                }
            }
        }
        boolean rust = !seenCustom && (!seenOther || seenRust);
        String language = tokens.isEmpty() ? "" : tokens.get(0);
        return new InfoString(info, language, rust, ignore, shouldPanic, noRun, compileFail, codes, edition,
                trace, stats, skip, unknown);
    }

    /** Splits on `,`, spaces and tabs; `{…}` attribute groups (`{.rust}`) contribute their class names. */
    static List<String> tokens(String info) {
        List<String> out = new ArrayList<>();
        for (String t : info.split("[,\\s]+")) {
            String s = t;
            if (s.startsWith("{")) s = s.substring(1);
            if (s.endsWith("}")) s = s.substring(0, s.length() - 1);
            if (s.startsWith(".")) s = s.substring(1);
            if (!s.isEmpty()) out.add(s);
        }
        return out;
    }

    /** A heaplab attribute on a block that is not Rust (probably a forgotten `rust,` before it). */
    public boolean heaplabOnNonRust() { return !rust && (heaplabTrace || heaplabStats || heaplabSkip); }

    /** A marking that says what the block is expected to do, for messages. */
    public String expectation(Lang lang) {
        if (compileFail) {
            return errorCodes.isEmpty() ? lang.t("to be rejected by the compiler", "être rejeté par le compilateur")
                    : lang.t("to be rejected with ", "être rejeté avec ") + String.join(", ", errorCodes);
        }
        if (noRun) return lang.t("to compile (no_run)", "compiler (no_run)");
        if (shouldPanic) return lang.t("to compile and panic (should_panic)", "compiler puis paniquer (should_panic)");
        return lang.t("to compile and run with exit code 0", "compiler et s'exécuter avec le code de sortie 0");
    }
}
