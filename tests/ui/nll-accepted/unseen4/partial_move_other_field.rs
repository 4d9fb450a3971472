// Moving one field out of a struct and still using the other fields.
#[derive(Debug)]
struct Order {
    id: u32,
    customer: String,
    items: Vec<String>,
}

fn main() {
    let o = Order { id: 7, customer: "Eve".into(), items: vec!["tea".into(), "jam".into()] };
    let items = o.items;
    println!("order {} for {} has {} items", o.id, o.customer, items.len());
    let customer = o.customer;
    println!("{} {:?}", customer, items);
    let pair = (String::from("left"), String::from("right"));
    let (l, _) = (pair.0, 0);
    println!("{} {}", l, pair.1);
}
