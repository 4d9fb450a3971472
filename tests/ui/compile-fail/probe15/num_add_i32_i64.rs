//@ compile-fail
// Adding an i32 and an i64 (E0308).
fn main() {
    let a: i32 = 1;
    let b: i64 = 2;
    let c = a + b; //~ ERROR E0308
    //~^ ERROR E0277
    println!("{}", c);
}
