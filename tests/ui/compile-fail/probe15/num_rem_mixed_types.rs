//@ compile-fail
// `%` between an i64 and an i32 (E0308).
fn main() {
    let a: i64 = 10;
    let b: i32 = 3;
    println!("{}", a % b); //~ ERROR E0308
    //~^ ERROR E0277
}
