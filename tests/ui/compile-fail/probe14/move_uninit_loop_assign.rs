//@ compile-fail
// A variable assigned inside a `while` loop, read after it.
fn main() {
    let x: i32;
    let mut i = 0;
    while i < 3 {
        x = i; //~ ERROR E0384
        i += 1;
    }
    println!("{}", x); //~ ERROR E0381
}
