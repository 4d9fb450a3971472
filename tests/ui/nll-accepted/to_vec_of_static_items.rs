// `to_vec()` of a slice of `&'static str` copies out items that borrow nothing of the slice.
struct Graph {
    names: Vec<&'static str>,
}
fn new(names: &[&'static str]) -> Graph {
    Graph { names: names.to_vec() }
}
fn first(names: &[&'static str]) -> &'static str {
    names.to_vec()[0]
}
fn main() {
    let local = vec!["a", "b"];
    let g = new(&local);
    drop(local);
    println!("{:?} {}", g.names, first(&["z"]));
}
