//@ compile-fail
// A function receiving `&Vec` cannot push into it.
fn add_default(list: &Vec<String>) {
    list.push(String::from("default")); //~ ERROR E0596
}

fn main() {
    let mut list = vec![String::from("x")];
    add_default(&list);
    println!("{:?}", list);
}
