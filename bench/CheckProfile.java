import dev.heaplab.core.Driver;
import dev.heaplab.core.source.SourceFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where `heaplab check` spends its time, per program: JFR execution samples (every millisecond)
 * of the checking thread over N warm runs of `Driver.compile`, attributed to the stage the sample
 * is in (the method `Driver.compile` called: parse, type-check, match checks, lowering, borrow
 * checker), to the step inside that stage (the method the stage called), to a few components
 * wherever they sit on the stack (trait solving, substitution, the std copy, the dataflows), and
 * to the methods on top of the stack, to the innermost heaplab method, and to every heaplab method on
 * the stack (inclusive).
 * Usage: java -XX:FlightRecorderOptions:stackdepth=2048 -cp cli/target/heaplab.jar
 *        bench/CheckProfile.java [-w W] [-focus Class.method] N FILE.rs...
 */
public final class CheckProfile {
    /** Components counted wherever they are on the stack (inclusive), by class simple name. */
    private static final List<String> COMPONENTS = List.of("TraitSolver", "TySubst", "ProgramDefs.copy", "ProgramCx.<init>",
            "Intrinsics", "InitAnalysis", "Liveness", "MovePaths", "LoanFlow", "LoanCheck", "PlaceConflict", "TypeQueries",
            "KnownPanics", "Usefulness", "MethodProbe", "Normalize", "CheckedStd", "Tables");

    /** With `-focus Class.method`: the samples under that method, by the frames right above it and by top of stack. */
    private static String focus;

    public static void main(String[] args) throws Exception {
        int a = 0, warm = 200;
        if (args[a].equals("-w")) { warm = Integer.parseInt(args[a + 1]); a += 2; }
        if (args[a].equals("-focus")) { focus = args[a + 1]; a += 2; }
        int n = Integer.parseInt(args[a++]);
        List<SourceFile> files = new ArrayList<>();
        for (int i = a; i < args.length; i++) files.add(new SourceFile(args[i], Files.readString(Path.of(args[i]))));
        for (int k = 0; k < warm; k++) for (SourceFile f : files) Driver.compile(f);
        for (SourceFile f : files) profile(f, n);
    }

    private static void profile(SourceFile f, int n) throws Exception {
        Path out = Files.createTempFile("check", ".jfr");
        try (Recording r = new Recording()) {
            r.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(1));
            r.start();
            for (int k = 0; k < n; k++) if (!Driver.compile(f).ok()) throw new IllegalStateException(f.displayPath() + " does not compile");
            r.stop();
            r.dump(out);
        }
        String thread = Thread.currentThread().getName();
        Map<String, Integer> stage = new HashMap<>(), step = new HashMap<>(), comp = new HashMap<>(), top = new HashMap<>(), incl = new HashMap<>(), own = new HashMap<>();
        int total = 0, focusTotal = 0;
        Map<String, Integer> under = new HashMap<>(), focusTop = new HashMap<>(), libCallers = new HashMap<>();
        for (RecordedEvent e : RecordingFile.readAllEvents(out)) {
            if (!e.getEventType().getName().equals("jdk.ExecutionSample") || e.getThread("sampledThread") == null
                    || !thread.equals(e.getThread("sampledThread").getJavaName()) || e.getStackTrace() == null) continue;
            List<RecordedFrame> frames = e.getStackTrace().getFrames();
            int d = -1;
            for (int i = 0; i < frames.size() && d < 0; i++) if (name(frames.get(i)).equals("Driver.compile")) d = i; // innermost
            if (d < 0) continue;
            total++;
            // frames[0] is the top; the stage is the frame right above the innermost Driver.compile
            String st = d >= 1 ? name(frames.get(d - 1)) : "Driver.compile";
            stage.merge(st, 1, Integer::sum);
            if (d >= 2) step.merge(st + " > " + name(frames.get(d - 2)), 1, Integer::sum);
            Set<String> seen = new HashSet<>(), methods = new HashSet<>();
            for (int i = 0; i < d; i++) {
                String m = name(frames.get(i));
                if (frames.get(i).getMethod().getType().getName().startsWith("dev.heaplab") && methods.add(m)) incl.merge(m, 1, Integer::sum);
                for (String c : COMPONENTS) if ((c.contains(".") ? m.equals(c) : m.startsWith(c + ".")) && seen.add(c)) comp.merge(c, 1, Integer::sum);
            }
            top.merge(name(frames.get(0)), 1, Integer::sum);
            // A library method on top (a collection's iterator, a map lookup): which heaplab line called it.
            if (!frames.get(0).getMethod().getType().getName().startsWith("dev.heaplab")) for (int i = 1; i < d; i++) {
                if (!frames.get(i).getMethod().getType().getName().startsWith("dev.heaplab")) continue;
                libCallers.merge(name(frames.get(0)) + " < " + name(frames.get(i)) + ":" + frames.get(i).getLineNumber(), 1, Integer::sum);
                break;
            }
            for (int i = 0; i < d; i++) {
                if (!frames.get(i).getMethod().getType().getName().startsWith("dev.heaplab")) continue;
                own.merge(name(frames.get(i)), 1, Integer::sum);
                break;
            }
            if (focus != null) for (int i = d - 1; i >= 0; i--) {
                if (!name(frames.get(i)).equals(focus)) continue;
                focusTotal++;
                if (i >= 1) under.merge(name(frames.get(i - 1)) + (i >= 2 ? " > " + name(frames.get(i - 2)) : ""), 1, Integer::sum);
                focusTop.merge(name(frames.get(0)), 1, Integer::sum);
                break;
            }
        }
        Files.delete(out);
        System.out.printf("== %s: %d samples (1 ms period) over %d runs%n", Path.of(f.displayPath()).getFileName(), total, n);
        print("stage", stage, total, 10);
        print("step", step, total, 14);
        print("component (inclusive)", comp, total, COMPONENTS.size());
        print("top of stack", top, total, 14);
        print("innermost heaplab method (its own code and the library calls it makes)", own, total, 30);
        print("heaplab methods (inclusive)", incl, total, Integer.getInteger("incl", 40));
        print("library method on top < the heaplab line that called it", libCallers, total, Integer.getInteger("lib", 25));
        if (focus != null) {
            System.out.printf("  under %s: %.1f%% of the samples%n", focus, 100.0 * focusTotal / Math.max(1, total));
            print("called from it (two levels)", under, total, 25);
            print("top of stack under it", focusTop, total, 15);
        }
    }

    private static String name(RecordedFrame fr) {
        String c = fr.getMethod().getType().getName();
        return c.substring(c.lastIndexOf('.') + 1) + "." + fr.getMethod().getName();
    }

    private static void print(String title, Map<String, Integer> m, int total, int limit) {
        System.out.println("  " + title + ":");
        m.entrySet().stream().sorted((x, y) -> y.getValue() - x.getValue()).limit(limit)
                .forEach(e -> System.out.printf("    %5.1f%%  %s%n", 100.0 * e.getValue() / Math.max(1, total), e.getKey()));
    }
}
