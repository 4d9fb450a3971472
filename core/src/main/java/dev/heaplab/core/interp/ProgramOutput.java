package dev.heaplab.core.interp;

/** Where the running program's stdout and stderr go (the CLI streams them; tests capture them). */
public interface ProgramOutput {
    void stdout(String text);

    void stderr(String text);
}
