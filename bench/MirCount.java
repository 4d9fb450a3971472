import dev.heaplab.core.Driver;
import dev.heaplab.core.mir.Body;
import dev.heaplab.core.mir.Terminator;
import dev.heaplab.core.source.SourceFile;
import dev.heaplab.core.typeck.CheckedStd;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The volume every dataflow of the borrow checker pays, per program: the MIR of the user's own bodies
 * (blocks, locals, statements, Drop terminators), as `heaplab check` builds it.
 * Usage: java -cp core/target/classes bench/MirCount.java FILE.rs...
 */
public final class MirCount {
    public static void main(String[] args) throws Exception {
        long[] all = new long[4];
        System.out.printf("%-24s %7s %7s %7s %6s%n", "program", "blocks", "locals", "stmts", "drops");
        for (String a : args) {
            Path p = Path.of(a);
            Driver.Compiled c = Driver.compile(new SourceFile(p.toString(), Files.readString(p)));
            if (!c.ok()) throw new IllegalStateException("does not compile: " + p);
            long[] n = new long[4];
            for (Body b : c.mir().bodies().values()) {
                if (CheckedStd.isStd(b.span())) continue;
                n[0] += b.blocks().size();
                n[1] += b.locals().size();
                for (Body.BasicBlock bb : b.blocks()) {
                    n[2] += bb.statements().size();
                    if (bb.terminator() instanceof Terminator.Drop) n[3]++;
                }
            }
            for (int i = 0; i < 4; i++) all[i] += n[i];
            String name = p.getFileName().toString().replace(".rs", "");
            System.out.printf("%-24s %7d %7d %7d %6d%n", name, n[0], n[1], n[2], n[3]);
        }
        System.out.printf("%-24s %7d %7d %7d %6d%n", "total", all[0], all[1], all[2], all[3]);
    }
}
