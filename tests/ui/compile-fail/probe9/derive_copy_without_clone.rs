//@ compile-fail
// `Copy` has `Clone` as a supertrait: deriving `Copy` alone leaves `Clone` unimplemented.
#[derive(Copy)]
struct Point { //~ ERROR E0277
    x: i32,
    y: i32,
}
fn main() {
    let p = Point { x: 1, y: 2 };
    let q = p;
    println!("{} {}", p.x, q.y);
}
