package dev.heaplab.core.robust;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Seeded source mutations: deletes, duplicates and swaps tokens or lines, changes literals and
 * operators, truncates. Tokens are found by a rough regular expression, independent of heaplab's
 * own lexer so that the mutations do not share its assumptions.
 */
final class Mutator {
    private static final Pattern TOKEN = Pattern.compile(
            "\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)'|'[A-Za-z_]\\w*|[A-Za-z_]\\w*!?|\\d[\\w.]*"
            + "|::|->|=>|\\.\\.=?|[-+*/%^&|<>=!]=|&&|\\|\\||<<|>>|\\S");
    private static final String[] OPERATORS = {"+", "-", "*", "/", "%", "<", ">", "<=", ">=", "==", "!=", "&", "&&",
        "|", "||", "^", "<<", ">>", "=", "+=", "-=", "..", "..=", "&mut", "*", "!", "?", ".", "::", ";", ","};
    private static final String[] LITERALS = {"0", "1", "-1", "255", "256", "2147483647", "-2147483648",
        "18446744073709551615", "340282366920938463463374607431768211456", "0u8", "1e308", "0.0", "-0.0",
        "1_000_000_000", "usize::MAX", "i64::MIN", "'\\u{10FFFF}'", "\"\"", "\"{}\"", "\"{:?}\"", "true", "()"};
    private static final String[] KEYWORDS = {"let", "mut", "ref", "move", "fn", "struct", "enum", "impl", "trait",
        "match", "if", "else", "while", "loop", "for", "in", "return", "break", "continue", "Box", "Rc", "Vec",
        "String", "Some", "None", "Ok", "Err", "self", "Self", "&'static", "dyn", "as", "u8", "i32", "usize", "_",
        "clone()", ".drop()", "vec![]", "panic!()", "unreachable!()", "x", "T", "'a"};

    /** Same-kind replacements: the mutant usually still type-checks and so reaches the machine. */
    private static final String[][] SAME_KIND = {{"0", "1", "2", "3", "7", "100", "255", "1000000"},
        {"+", "-", "*", "/", "%"}, {"<", "<=", ">", ">=", "==", "!="}, {"&&", "||"}, {"..", "..="}};

    private Mutator() {}

    /** One mutant of {@code src}: one or two random mutations, reproducible from {@code rnd}. */
    static String mutate(String src, Random rnd) {
        String s = src;
        int n = rnd.nextInt(4) == 0 ? 2 : 1;
        for (int i = 0; i < n; i++) s = mutateOnce(s, rnd);
        return s;
    }

    static String mutateOnce(String src, Random rnd) {
        List<int[]> toks = tokens(src);
        if (toks.isEmpty()) return src + KEYWORDS[rnd.nextInt(KEYWORDS.length)];
        int[] t = toks.get(rnd.nextInt(toks.size()));
        String text = src.substring(t[0], t[1]);
        return switch (rnd.nextInt(18)) {
            case 14, 15, 16, 17 -> sameKind(src, toks, rnd);
            case 0 -> splice(src, t, "");
            case 1 -> splice(src, t, text + " " + text);
            case 2 -> { // swap with another token
                int[] u = toks.get(rnd.nextInt(toks.size()));
                if (u[0] == t[0]) yield src;
                int[] a = u[0] < t[0] ? u : t, b = u[0] < t[0] ? t : u;
                yield src.substring(0, a[0]) + src.substring(b[0], b[1]) + src.substring(a[1], b[0])
                        + src.substring(a[0], a[1]) + src.substring(b[1]);
            }
            case 3 -> lines(src, rnd);
            case 4, 5 -> splice(src, literalToken(toks, src, rnd, t), LITERALS[rnd.nextInt(LITERALS.length)]);
            case 6, 7 -> splice(src, operatorToken(toks, src, rnd, t), OPERATORS[rnd.nextInt(OPERATORS.length)]);
            case 8 -> splice(src, t, KEYWORDS[rnd.nextInt(KEYWORDS.length)]);
            case 9 -> src.substring(0, t[0]);
            case 10, 11 -> { // one identifier of the program in place of another
                int[] id = pick(toks, src, rnd, t, "[a-z_]\\w*");
                int[] other = pick(toks, src, rnd, t, "[A-Za-z_]\\w*");
                yield splice(src, id, src.substring(other[0], other[1]));
            }
            case 12 -> splice(src, new int[] {t[0], t[0]}, OPERATORS[rnd.nextInt(OPERATORS.length)] + " ");
            default -> splice(src, t, KEYWORDS[rnd.nextInt(KEYWORDS.length)] + " " + text);
        };
    }

    /** A random sequence of tokens drawn from the corpus vocabulary. */
    static String soup(Random rnd, int length) {
        StringBuilder sb = new StringBuilder("fn main() { ");
        for (int i = 0; i < length; i++) {
            String[] pool = switch (rnd.nextInt(3)) {
                case 0 -> OPERATORS;
                case 1 -> LITERALS;
                default -> KEYWORDS;
            };
            sb.append(pool[rnd.nextInt(pool.length)]).append(rnd.nextInt(4) == 0 ? "\n" : " ");
        }
        return sb.append(rnd.nextBoolean() ? "}\n" : "\n").toString();
    }

    static List<int[]> tokens(String src) {
        List<int[]> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(src);
        while (m.find()) {
            if (src.startsWith("//", m.start())) { // skip line comments whole
                int end = src.indexOf('\n', m.start());
                if (end < 0) break;
                m.region(end, src.length());
                continue;
            }
            out.add(new int[] {m.start(), m.end()});
        }
        return out;
    }

    /** An integer literal or an operator replaced by another of its kind. */
    private static String sameKind(String src, List<int[]> toks, Random rnd) {
        List<int[]> fit = new ArrayList<>();
        List<String[]> kinds = new ArrayList<>();
        for (int[] t : toks) {
            String text = src.substring(t[0], t[1]);
            for (String[] kind : SAME_KIND) {
                if (List.of(kind).contains(text) || kind == SAME_KIND[0] && text.matches("\\d+")) {
                    fit.add(t);
                    kinds.add(kind);
                    break;
                }
            }
        }
        if (fit.isEmpty()) return src;
        int i = rnd.nextInt(fit.size());
        String[] kind = kinds.get(i);
        return splice(src, fit.get(i), kind[rnd.nextInt(kind.length)]);
    }

    private static int[] literalToken(List<int[]> toks, String src, Random rnd, int[] fallback) {
        return pick(toks, src, rnd, fallback, "\\d.*|\".*|'.'|true|false");
    }

    private static int[] operatorToken(List<int[]> toks, String src, Random rnd, int[] fallback) {
        return pick(toks, src, rnd, fallback, "[-+*/%^&|<>=!.]+|::|;|,");
    }

    private static int[] pick(List<int[]> toks, String src, Random rnd, int[] fallback, String regex) {
        List<int[]> fit = new ArrayList<>();
        for (int[] t : toks) if (src.substring(t[0], t[1]).matches(regex)) fit.add(t);
        return fit.isEmpty() ? fallback : fit.get(rnd.nextInt(fit.size()));
    }

    private static String lines(String src, Random rnd) {
        List<String> ls = new ArrayList<>(List.of(src.split("\n", -1)));
        int i = rnd.nextInt(ls.size()), j = rnd.nextInt(ls.size());
        switch (rnd.nextInt(3)) {
            case 0 -> ls.remove(i);
            case 1 -> ls.add(i, ls.get(i));
            default -> {
                String a = ls.get(i);
                ls.set(i, ls.get(j));
                ls.set(j, a);
            }
        }
        return String.join("\n", ls);
    }

    private static String splice(String src, int[] t, String with) {
        return src.substring(0, t[0]) + with + src.substring(t[1]);
    }
}
