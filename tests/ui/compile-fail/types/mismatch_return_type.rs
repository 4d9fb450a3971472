//@ compile-fail
// A function declared to return i32 returns a String.
fn count() -> i32 {
    String::from("3") //~ ERROR E0308
}

fn main() {
    println!("{}", count());
}
