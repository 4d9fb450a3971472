//@ compile-fail
// matches! with a pattern of another type (E0308).
fn main() {
    let x: Option<i32> = Some(1);
    println!("{}", matches!(x, Ok(_))); //~ ERROR E0308
}
