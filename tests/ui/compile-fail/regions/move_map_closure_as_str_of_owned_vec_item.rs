//@ compile-fail
// A `move` map closure returning `as_str()` of an item of the Vec it owns (FnMut by `map`'s bound).
fn apply<F: Fn() -> usize>(f: F) -> usize { f() }
fn main() {
    let words = vec![String::from("a")];
    let firsts: Vec<&str> = (0..1).map(move |i| words[i].as_str()).collect(); //~ ERROR captured variable cannot escape `FnMut` closure body
    println!("{:?} {}", firsts, apply(|| 3));
}
