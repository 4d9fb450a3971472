//@ compile-fail
// A `Vec<&str>` struct field without a lifetime (E0106).
struct List { items: Vec<&str> } //~ ERROR E0106
fn main() {
    let l = List { items: vec!["a"] };
    println!("{}", l.items.len());
}
