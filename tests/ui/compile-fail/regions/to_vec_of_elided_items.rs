//@ compile-fail
// Items of a `&[&str]` parameter have a lifetime of their own, shorter than the struct's `'static`.
struct Graph {
    names: Vec<&'static str>,
}
fn new(names: &[&str]) -> Graph {
    Graph { names: names.to_vec() } //~ ERROR E0521
}
fn main() {
    let g = new(&["a"]);
    println!("{}", g.names.len());
}
