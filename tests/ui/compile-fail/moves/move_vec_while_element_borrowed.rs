//@ compile-fail
// Moving a Vec while a reference to one of its elements is alive.
fn main() {
    let v = vec![String::from("a"), String::from("b")];
    let first = &v[0];
    let moved = v; //~ ERROR E0505
    println!("{} {}", first, moved.len());
}
