// Returning a reference found in a loop, else None.
fn find<'a>(items: &'a [String], prefix: &str) -> Option<&'a String> {
    for s in items {
        if s.starts_with(prefix) {
            return Some(s);
        }
    }
    None
}

fn main() {
    let mut items = vec![String::from("apple"), String::from("banana")];
    println!("{:?}", find(&items, "ba"));
    items.push(String::from("cherry"));
    println!("{:?} {:?}", find(&items, "ch"), find(&items, "z"));
}
