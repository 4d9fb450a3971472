//@ compile-fail
// A vector of structs borrowing a String from an inner block.
struct Item<'a> {
    name: &'a str,
}

fn main() {
    let mut items = Vec::new();
    {
        let n = String::from("pen");
        items.push(Item { name: &n }); //~ ERROR E0597
    }
    println!("{}", items.len());
}
