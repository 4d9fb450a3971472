//@ compile-fail
// `+=` with an i64 into an i32 (E0308).
fn main() {
    let mut a: i32 = 1;
    let b: i64 = 2;
    a += b; //~ ERROR E0308
    //~^ ERROR E0277
    println!("{}", a);
}
