//@ compile-fail
// A labelled block breaking with a `u32` but ending in a `&str`.
fn main() {
    let c = true;
    let r = 'b: {
        if c {
            break 'b 1u32;
        }
        "two" //~ ERROR E0308
    };
    let _ = r;
}
