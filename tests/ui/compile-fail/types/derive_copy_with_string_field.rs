//@ compile-fail
// `Copy` cannot be derived for a struct owning a heap block.
#[derive(Debug, Clone, Copy)]
struct Point { //~ ERROR E0204
    x: i32,
    name: String,
}

fn main() {
    let p = Point { x: 1, name: String::from("a") };
    println!("{:?} {:?}", p, p.clone());
}
