//@ compile-fail
// A variable assigned only in one branch is read afterwards.
fn main() {
    let x: i32;
    let n = 3;
    if n > 2 {
        x = 1;
    }
    println!("{}", x); //~ ERROR E0381
}
