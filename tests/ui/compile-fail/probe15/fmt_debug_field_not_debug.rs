//@ compile-fail
// derive(Debug) on a struct whose field type is not Debug (E0277).
struct Inner;
#[derive(Debug)]
struct Outer { i: Inner } //~ ERROR E0277
fn main() {
    let o = Outer { i: Inner };
    println!("{:?}", o);
}
