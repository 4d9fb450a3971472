//@ compile-fail
// impl Iterator<Item = u32> returned by an iterator of String (E0271).
fn names() -> impl Iterator<Item = u32> { //~ ERROR E0271
    vec![String::from("a")].into_iter()
}
fn main() { println!("{}", names().count()); }
