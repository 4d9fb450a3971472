//@ compile-fail
// A function declared to return i32 whose last expression is a String.
fn describe(n: i32) -> i32 {
    if n < 0 {
        return -n;
    }
    format!("{} is positive", n) //~ ERROR E0308
}

fn main() {
    println!("{}", describe(4));
}
