// A `'b: 'a` bound lets a `&'b str` be stored among `&'a str`.
fn add<'a, 'b: 'a>(list: &mut Vec<&'a str>, item: &'b str) {
    list.push(item);
}

fn main() {
    let mut list = Vec::new();
    let s = String::from("x");
    add(&mut list, &s);
    println!("{:?}", list);
}
