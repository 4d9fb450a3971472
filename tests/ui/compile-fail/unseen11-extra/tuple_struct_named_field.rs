//@ compile-fail
// A tuple struct's field is read with a name instead of its index.
struct Point(i32, i32);

fn main() {
    let p = Point(3, 4);
    println!("x = {}", p.x); //~ ERROR E0609
    println!("y = {}", p.1);
}
