//@ compile-fail
// A range from an i32 to a usize (E0308).
fn main() {
    let n: usize = 3;
    let start: i32 = 0;
    for i in start..n { //~ ERROR E0308
        println!("{}", i);
    }
}
