//@ compile-fail
// A `let ... else` whose block ends in a value (E0308).
fn get(o: Option<u32>) -> u32 {
    let Some(x) = o else { 0 }; //~ ERROR E0308
    x
}
fn main() {
    println!("{}", get(None));
}
