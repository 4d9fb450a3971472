//@ compile-fail
// Storing a reference with an anonymous lifetime into a Vec<&'a str>.
fn remember<'a>(store: &mut Vec<&'a str>, word: &str) {
    store.push(word); //~ ERROR E0621
}

fn main() {
    let mut store = Vec::new();
    remember(&mut store, "hi");
    println!("{:?}", store);
}
