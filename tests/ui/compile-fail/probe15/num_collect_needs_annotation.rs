//@ compile-fail
// collect() without a target type (E0283).
fn main() {
    let v = (0..3).collect(); //~ ERROR E0283
    println!("{:?}", v);
}
