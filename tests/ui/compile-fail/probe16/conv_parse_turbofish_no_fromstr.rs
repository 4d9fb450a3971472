//@ compile-fail
// parse::<T>() for a T without FromStr (E0277).
struct Point;
fn main() {
    let p = "1".parse::<Point>(); //~ ERROR E0277
    let _ = p;
}
