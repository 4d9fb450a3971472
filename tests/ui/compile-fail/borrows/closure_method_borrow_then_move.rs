//@ compile-fail
// A closure calling a method on a local `String` borrows it: moving the String while the closure lives is refused.
fn main() {
    let label = String::from("local");
    let len = || label.len();
    let moved = label; //~ ERROR E0505
    println!("{} {}", len(), moved);
}
