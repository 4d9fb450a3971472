//@ compile-fail
// A `loop` breaking with a `u32` and a `&str`.
fn main() {
    let mut i = 0;
    let r = loop {
        i += 1;
        if i == 2 {
            break 7u32;
        }
        if i > 5 {
            break "done"; //~ ERROR E0308
        }
    };
    let _ = r;
}
