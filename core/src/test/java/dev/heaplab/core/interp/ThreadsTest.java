package dev.heaplab.core.interp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.heaplab.core.Driver;
import dev.heaplab.core.diag.Diagnostic;
import dev.heaplab.core.source.SourceFile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Threads on the deterministic schedule, Arc/Mutex/channels with std's allocations, Send/Sync and 'static checks. */
class ThreadsTest {
    private record Out(int exit, String stdout, String stderr, HeapStats stats, List<Diagnostic> diags) {}

    private static Out run(String src) {
        StringBuilder o = new StringBuilder(), e = new StringBuilder();
        Driver.Run r = Driver.run(new SourceFile("t.rs", src), Limits.DEFAULT, new ProgramOutput() {
            @Override public void stdout(String text) { o.append(text); }
            @Override public void stderr(String text) { e.append(text); }
        }, List.of());
        HeapStats stats = r.execution() == null ? null : r.execution().stats();
        return new Out(r.exitCode(), o.toString(), e.toString(), stats, r.compiled().diagnostics());
    }

    /** The schedule: spawned threads wait until the current one blocks, then run in creation order. */
    @Test
    void threadsRunWhenMainBlocksInCreationOrder() {
        Out r = run("""
                use std::thread;
                fn main() {
                    let a = thread::spawn(|| println!("a"));
                    let b = thread::spawn(|| { println!("b"); 2 });
                    println!("main first");
                    let x = b.join().unwrap();
                    println!("joined b: {x}");
                    a.join().unwrap();
                    println!("end");
                }
                """);
        assertThat(r.stdout()).isEqualTo("main first\na\nb\njoined b: 2\nend\n");
        assertThat(r.exit()).isZero();
    }

    /**
     * rustc 1.95 with the corpus' counting allocator: allocs=11 reallocs=2 deallocs=11 bytes=2380
     * peak=1840 leaked=0 (list channel 512@128 and 504-byte blocks of 31 u64 slots; array channel
     * buffer then 640@128 counter; ArcInner of a Mutex).
     */
    @Test
    void channelAndArcMutexAllocationsMatchRustc() {
        Out r = run("""
                use std::sync::mpsc;
                use std::sync::{Arc, Mutex};
                fn main() {
                    let (tx, rx) = mpsc::channel::<u64>();
                    for i in 0..40 { tx.send(i).unwrap(); }
                    let mut s = 0;
                    for _ in 0..35 { s += rx.recv().unwrap(); }
                    let tx2 = tx.clone();
                    drop(tx);
                    tx2.send(7).unwrap();
                    drop(tx2);
                    let rest: Vec<u64> = rx.iter().collect();
                    println!("{s} {rest:?}");
                    let (st, sr) = mpsc::sync_channel::<String>(2);
                    st.send(String::from("a")).unwrap();
                    st.send(String::from("b")).unwrap();
                    println!("{}", sr.recv().unwrap());
                    drop(sr);
                    println!("{:?}", st.send(String::from("c")).is_err());
                    let m = Arc::new(Mutex::new(vec![1u8]));
                    m.lock().unwrap().push(2);
                    let m2 = Arc::clone(&m);
                    println!("{:?} {}", m2.lock().unwrap(), Arc::strong_count(&m));
                    let inner = Arc::try_unwrap(m).unwrap_err();
                    drop(m2);
                    println!("{}", Arc::strong_count(&inner));
                    let v = Arc::try_unwrap(inner).unwrap().into_inner().unwrap();
                    println!("{v:?}");
                }
                """);
        assertThat(r.stdout()).isEqualTo("595 [35, 36, 37, 38, 39, 7]\na\ntrue\n[1, 2] 2\n1\n[1, 2]\n");
        assertThat(r.stats()).isEqualTo(new HeapStats(11, 2, 11, 2380, 1840, 0));
    }

    /** rustc: a panic while holding the lock poisons it; join gives Err, whose unwrap shows `Any { .. }`. */
    @Test
    void panickingThreadPoisonsTheMutexAndJoinReturnsErr() {
        Out r = run("""
                use std::sync::{Arc, Mutex};
                use std::thread;
                fn main() {
                    let m = Arc::new(Mutex::new(1));
                    let m2 = Arc::clone(&m);
                    let r = thread::spawn(move || {
                        let _g = m2.lock().unwrap();
                        if *_g == 1 { panic!("boom"); }
                    })
                    .join();
                    println!("{} {}", r.is_err(), m.is_poisoned());
                    match m.lock() {
                        Ok(_) => println!("ok"),
                        Err(e) => println!("poisoned: {}", *e.into_inner()),
                    }
                    let h = thread::spawn(|| -> i32 { panic!("second") });
                    h.join().unwrap();
                }
                """);
        assertThat(r.stdout()).isEqualTo("true true\npoisoned: 1\n");
        assertThat(r.stderr()).isEqualTo("""

                thread '<unnamed>' panicked at t.rs:8:23:
                boom
                note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace

                thread '<unnamed>' panicked at t.rs:16:39:
                second

                thread 'main' panicked at t.rs:17:14:
                called `Result::unwrap()` on an `Err` value: Any { .. }
                """);
        assertThat(r.exit()).isEqualTo(101);
    }

    @Test
    void everyThreadBlockedIsADeadlockLimit() {
        Out r = run("""
                use std::sync::mpsc;
                fn main() {
                    let (tx, rx) = mpsc::channel::<i32>();
                    let n = rx.recv().unwrap();
                    tx.send(n).unwrap();
                }
                """);
        assertThat(r.exit()).isEqualTo(3);
    }

    @Test
    void scopedThreadsBorrowAndAreJoinedAtTheEndOfTheScope() {
        Out r = run("""
                use std::thread;
                use std::sync::atomic::{AtomicUsize, Ordering};
                fn main() {
                    let v = vec![1, 2, 3];
                    let hits = AtomicUsize::new(0);
                    let total = thread::scope(|s| {
                        let h = s.spawn(|| v.iter().sum::<i32>());
                        s.spawn(|| { hits.fetch_add(5, Ordering::SeqCst); });
                        h.join().unwrap()
                    });
                    println!("{total} {} {v:?}", hits.load(Ordering::SeqCst));
                }
                """);
        assertThat(r.stdout()).isEqualTo("6 5 [1, 2, 3]\n");
    }

    @Test
    void rcInsideAStructCannotBeSent() {
        Out r = run("""
                use std::rc::Rc;
                use std::thread;
                struct Job { data: Rc<i32> }
                fn main() {
                    let j = Job { data: Rc::new(1) };
                    thread::spawn(move || println!("{}", j.data)).join().unwrap();
                }
                """);
        assertThat(r.exit()).isEqualTo(1);
        Diagnostic d = r.diags().get(0);
        assertThat(d.code()).isEqualTo("E0277");
        assertThat(d.message()).isEqualTo("`Rc<i32>` cannot be sent between threads safely");
    }

    @Test
    void arcMutexIsSendAndANonMoveClosureIsE0373() {
        assertThat(run("""
                use std::sync::{Arc, Mutex};
                use std::thread;
                fn main() {
                    let m = Arc::new(Mutex::new(0));
                    let m2 = Arc::clone(&m);
                    thread::spawn(move || *m2.lock().unwrap() += 1).join().unwrap();
                    println!("{}", m.lock().unwrap());
                }
                """).stdout()).isEqualTo("1\n");
        Out bad = run("""
                use std::thread;
                fn main() {
                    let n = 5;
                    thread::spawn(|| println!("{}", n)).join().unwrap();
                }
                """);
        assertThat(bad.diags().get(0).code()).isEqualTo("E0373");
        assertThat(bad.diags().get(0).message())
                .isEqualTo("closure may outlive the current function, but it borrows `n`, which is owned by the current function");
    }

    /** rustc: a `&'static str` parameter may go into a thread; a `&String` parameter is E0521. */
    @Test
    void referenceParametersEscapeOnlyWhenNotStatic() {
        assertThat(run("""
                use std::thread;
                fn greet(name: &'static str) -> thread::JoinHandle<usize> {
                    thread::spawn(move || name.len())
                }
                fn main() {
                    println!("{}", greet("worker").join().unwrap());
                }
                """).stdout()).isEqualTo("6\n");
        Out bad = run("""
                use std::thread;
                fn show(s: &String) {
                    thread::spawn(move || println!("{}", s)).join().unwrap();
                }
                fn main() { show(&String::from("x")); }
                """);
        assertThat(bad.diags().get(0).code()).isEqualTo("E0521");
        assertThat(bad.diags().get(0).message()).isEqualTo("borrowed data escapes outside of function");
    }
}
