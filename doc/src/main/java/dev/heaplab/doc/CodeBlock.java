package dev.heaplab.doc;

import java.util.List;

/**
 * One code block of the lesson as Markdown gives it.
 *
 * @param number    1-based, counting every code block in document order (as the page and messages number them)
 * @param line      1-based Markdown line where the block starts (its opening fence, or first line if indented)
 * @param firstLine 1-based Markdown line of the block's first content line
 * @param fenced    false for an indented code block (rustdoc treats those as Rust too)
 * @param lines     the content lines, without fence, indentation or block-quote markers
 */
public record CodeBlock(int number, int line, int firstLine, boolean fenced, InfoString info, List<String> lines) {
    public CodeBlock {
        lines = List.copyOf(lines);
    }

    /** The 1-based line of the block (hidden lines included) that Markdown line {@code mdLine} holds. */
    public int blockLine(int mdLine) { return mdLine - firstLine + 1; }
}
