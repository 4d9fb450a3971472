//@ compile-fail
// A closure with an annotated `&String -> &String` signature gets two unrelated lifetimes.
fn main() {
    let outer = String::from("outer");
    let same = |s: &String| -> &String { s }; //~ ERROR lifetime may not live long enough
    println!("{}", same(&outer));
}
