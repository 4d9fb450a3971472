// Storing a reference with the Vec's own lifetime 'a is allowed.
fn add<'a>(list: &mut Vec<&'a str>, item: &'a str) {
    list.push(item);
}

fn main() {
    let mut list = Vec::new();
    add(&mut list, "one");
    add(&mut list, "two");
    println!("{:?}", list);
}
