//@ compile-fail
// Two live mutable borrows of the same Vec field of a struct.
struct Inventory {
    items: Vec<String>,
}

fn main() {
    let mut inv = Inventory { items: Vec::new() };
    let a = &mut inv.items;
    let b = &mut inv.items; //~ ERROR E0499
    a.push(String::from("rope"));
    b.push(String::from("lamp"));
}
