// Where values live: integers on the stack, a String's bytes on the heap behind a stack header.
fn main() {
    let x: i32 = 5;
    let s = String::from("hello");
    let len = s.len();
    println!("x = {x}, s = {s}, len = {len}");
    let t = s; // moves the header; the heap bytes stay where they are
    println!("t = {t}");
}
