//@ compile-fail
// A `self`-consuming method called on the `&Item` that `iter()` hands to `map`.
struct Item {
    name: String,
}

impl Item {
    fn into_name(self) -> String {
        self.name
    }
}

fn main() {
    let items = vec![Item { name: String::from("pen") }, Item { name: String::from("ink") }];
    let total: usize = items.iter().map(|it| it.into_name().len()).sum(); //~ ERROR E0507
    println!("{} {}", total, items.len());
}
