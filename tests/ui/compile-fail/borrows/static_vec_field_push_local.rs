//@ compile-fail
// Pushing a borrow of a local into a field written `Vec<&'static str>`.
struct Menu {
    items: Vec<&'static str>,
}

fn main() {
    let mut m = Menu { items: vec!["soup"] };
    let special = format!("{} of the day", "fish");
    m.items.push(&special); //~ ERROR E0597
    println!("{}", m.items.len());
}
