//@ compile-fail
// The bound's item type is substituted by the call's arguments: a `u8` item is no `String`.
fn items<T: Clone>(v: Vec<T>) -> impl Iterator<Item = T> {
    v.into_iter()
}

fn main() {
    let total: Vec<String> = items(vec![1u8, 2]).collect(); //~ ERROR E0277
    println!("{}", total.len());
}
