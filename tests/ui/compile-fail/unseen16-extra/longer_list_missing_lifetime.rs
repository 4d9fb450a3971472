//@ compile-fail
// A helper returning the longer of two borrowed lists, written without a lifetime.
struct List {
    items: Vec<i32>,
}

fn longer(a: &List, b: &List) -> &List { //~ ERROR E0106
    if a.items.len() >= b.items.len() { a } else { b }
}

fn main() {
    let a = List { items: vec![1, 2] };
    let b = List { items: vec![3] };
    println!("{:?}", longer(&a, &b).items);
}
