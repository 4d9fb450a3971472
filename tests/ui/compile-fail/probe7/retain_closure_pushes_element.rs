//@ compile-fail
// `retain`'s closure gets `&T` for one call only (`F: FnMut(&T) -> bool`): pushing it into a captured Vec lets it escape.
fn main() {
    let mut keep: Vec<&String> = Vec::new();
    let mut v = vec![String::from("b")];
    v.retain(|s| { keep.push(s); true }); //~ ERROR E0521
    println!("{}", v.len());
}
