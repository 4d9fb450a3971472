
// ---- appended by scripts/bless-rustc.sh: counting allocator harness ----
mod __heaplab_stats {
    use std::alloc::{GlobalAlloc, Layout, System};
    use std::sync::atomic::{AtomicBool, AtomicI64, AtomicU64, Ordering::SeqCst};

    static ON: AtomicBool = AtomicBool::new(false);
    static ALLOCS: AtomicU64 = AtomicU64::new(0);
    static REALLOCS: AtomicU64 = AtomicU64::new(0);
    static DEALLOCS: AtomicU64 = AtomicU64::new(0);
    static BYTES: AtomicU64 = AtomicU64::new(0);
    static LIVE: AtomicI64 = AtomicI64::new(0);
    static PEAK: AtomicI64 = AtomicI64::new(0);

    pub struct Counting;

    fn grow(delta: i64) {
        let now = LIVE.fetch_add(delta, SeqCst) + delta;
        PEAK.fetch_max(now, SeqCst);
    }

    unsafe impl GlobalAlloc for Counting {
        unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
            let p = unsafe { System.alloc(layout) };
            if ON.load(SeqCst) && !p.is_null() {
                ALLOCS.fetch_add(1, SeqCst);
                BYTES.fetch_add(layout.size() as u64, SeqCst);
                grow(layout.size() as i64);
            }
            p
        }
        unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
            let p = unsafe { System.alloc_zeroed(layout) };
            if ON.load(SeqCst) && !p.is_null() {
                ALLOCS.fetch_add(1, SeqCst);
                BYTES.fetch_add(layout.size() as u64, SeqCst);
                grow(layout.size() as i64);
            }
            p
        }
        unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
            unsafe { System.dealloc(ptr, layout) };
            if ON.load(SeqCst) {
                DEALLOCS.fetch_add(1, SeqCst);
                grow(-(layout.size() as i64));
            }
        }
        unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
            let p = unsafe { System.realloc(ptr, layout, new_size) };
            if ON.load(SeqCst) && !p.is_null() {
                REALLOCS.fetch_add(1, SeqCst);
                BYTES.fetch_add(new_size as u64, SeqCst);
                grow(new_size as i64 - layout.size() as i64);
            }
            p
        }
    }

    #[global_allocator]
    static GLOBAL: Counting = Counting;

    pub fn run<T: std::process::Termination>(user_main: fn() -> T) -> std::process::ExitCode {
        use std::io::Write;
        let path = std::env::var("HEAPLAB_STATS_PATH").expect("HEAPLAB_STATS_PATH not set");
        // std allocates stdout's line buffer lazily on first use: do it before counting.
        print!("");
        std::io::stdout().flush().unwrap();
        ON.store(true, SeqCst);
        let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(user_main));
        ON.store(false, SeqCst);
        let code = match outcome {
            Ok(value) => value.report(),
            Err(_) => return std::process::ExitCode::from(101),
        };
        if code != std::process::ExitCode::SUCCESS {
            return code;
        }
        let json = format!(
            "{{\"allocs\":{},\"reallocs\":{},\"deallocs\":{},\"bytes_allocated\":{},\"peak_bytes\":{},\"leaked_bytes\":{}}}\n",
            ALLOCS.load(SeqCst),
            REALLOCS.load(SeqCst),
            DEALLOCS.load(SeqCst),
            BYTES.load(SeqCst),
            PEAK.load(SeqCst),
            LIVE.load(SeqCst).max(0)
        );
        std::fs::write(&path, json).expect("cannot write stats");
        code
    }
}

fn main() -> std::process::ExitCode {
    __heaplab_stats::run(__heaplab_user_main)
}
