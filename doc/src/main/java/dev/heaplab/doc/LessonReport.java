package dev.heaplab.doc;

import java.util.List;

/**
 * The outcome of `heaplab doc` on one lesson: every block's result and the page. The exit code is
 * 1 when a block did not behave as marked, else 4 when heaplab failed internally on a block, else 0
 * (blocks outside heaplab's subset are listed but do not fail the lesson).
 */
public record LessonReport(String displayPath, Lang lang, List<BlockResult> results, String html) {
    public LessonReport {
        results = List.copyOf(results);
    }

    public List<BlockResult> failed() { return having(Verdict.Failed.class); }

    public List<BlockResult> passed() { return having(Verdict.Passed.class); }

    public List<BlockResult> internal() { return having(Verdict.Internal.class); }

    /** Rust blocks left unchecked: ignored, skipped, or outside the subset (non-Rust blocks are not counted). */
    public List<BlockResult> notChecked() {
        return results.stream().filter(r -> r.verdict() instanceof Verdict.NotChecked n
                && n.reason() != Verdict.Reason.NOT_RUST).toList();
    }

    private List<BlockResult> having(Class<? extends Verdict> kind) {
        return results.stream().filter(r -> kind.isInstance(r.verdict())).toList();
    }

    public int exitCode() {
        if (!failed().isEmpty()) return 1;
        return internal().isEmpty() ? 0 : 4;
    }

    /**
     * What the command prints on stderr after the progress lines: one `error:` per failing block
     * naming the block, its Markdown line and the Rust line, a `note:` per unchecked block, a summary.
     */
    public String summary() {
        StringBuilder out = new StringBuilder();
        for (BlockResult r : results) {
            CodeBlock b = r.block();
            String where = lang.t("block ", "bloc ") + b.number() + " (" + displayPath + ":" + b.line() + ")";
            switch (r.verdict()) {
                case Verdict.Failed f -> {
                    out.append(lang.t("error: ", "erreur : ")).append(where)
                            .append(lang.t(" does not behave as marked: expected ", " ne se comporte pas comme annoncé : devait "))
                            .append(b.info().expectation(lang)).append(lang.t(", but ", ", mais ")).append(f.why()).append('\n');
                    if (f.mdLine() > 0) {
                        out.append("  --> ").append(displayPath).append(':').append(f.mdLine())
                                .append(lang.t(" (Rust line ", " (ligne Rust ")).append(b.blockLine(f.mdLine()))
                                .append(lang.t(" of the block)", " du bloc)")).append('\n');
                        String text = lineText(r, f.mdLine());
                        if (text != null) out.append("   | ").append(text.strip()).append('\n');
                    }
                }
                case Verdict.Internal i -> out.append(lang.t("error: internal: ", "erreur : interne : ")).append(where)
                        .append(": ").append(i.message()).append('\n');
                case Verdict.NotChecked n when n.reason() != Verdict.Reason.NOT_RUST ->
                        out.append(lang.t("note: ", "note : ")).append(where).append(lang.t(" not checked: ", " non vérifié : "))
                                .append(n.reason() == Verdict.Reason.UNSUPPORTED ? n.detail() : n.detail()).append('\n');
                case Verdict.NotChecked n -> {
                    if (b.info().heaplabOnNonRust()) {
                        out.append(lang.t("warning: ", "avertissement : ")).append(where).append(lang.t(
                                " has heaplab attributes but is not Rust for rustdoc; write ```rust,",
                                " porte des attributs heaplab mais n'est pas du Rust pour rustdoc ; écrivez ```rust,"))
                                .append(b.info().raw()).append('\n');
                    }
                }
                case Verdict.Passed p -> { }
            }
        }
        long rust = results.stream().filter(r -> r.block().info().rust()).count();
        out.append(lang.t("doc: ", "doc : ")).append(displayPath).append(": ").append(rust)
                .append(lang.t(" Rust blocks: ", " blocs Rust : ")).append(passed().size()).append(lang.t(" passed, ", " réussis, "))
                .append(failed().size()).append(lang.t(" failed, ", " en échec, ")).append(notChecked().size())
                .append(lang.t(" not checked", " non vérifiés"));
        if (!internal().isEmpty()) out.append(", ").append(internal().size()).append(lang.t(" internal errors", " erreurs internes"));
        return out.append('\n').toString();
    }

    private static String lineText(BlockResult r, int mdLine) {
        int i = mdLine - r.block().firstLine();
        return i >= 0 && i < r.block().lines().size() ? r.block().lines().get(i) : null;
    }
}
