//@ compile-fail
// parse into a type without FromStr (E0277).
#[derive(Debug)]
struct Point { x: i32 }
fn main() {
    let p: Point = "1".parse().unwrap(); //~ ERROR E0277
    println!("{:?}", p);
}
