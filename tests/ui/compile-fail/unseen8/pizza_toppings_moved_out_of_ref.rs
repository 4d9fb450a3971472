//@ compile-fail
// Matching on `*item` by value tries to move the toppings Vec out of a borrowed menu item.
enum Item {
    Pizza { toppings: Vec<String>, large: bool },
    Drink(String),
}

fn describe(item: &Item) -> usize {
    match *item { //~ ERROR E0507
        Item::Pizza { toppings, .. } => toppings.len(),
        Item::Drink(_) => 0,
    }
}

fn main() {
    let order = vec![Item::Pizza { toppings: vec!["ham".into()], large: true }, Item::Drink("cola".into())];
    let n: usize = order.iter().map(describe).sum();
    println!("{}", n);
}
