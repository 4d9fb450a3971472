//@ compile-fail
// Option::unwrap_or with a default of another type (E0308).
fn main() {
    let o: Option<i32> = None;
    println!("{}", o.unwrap_or("none")); //~ ERROR E0308
}
