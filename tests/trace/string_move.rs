// A String moves: the stack handle is copied, the heap bytes stay where they are.
fn main() {
    let x = 5;
    let y = x;
    let s1 = String::from("hello");
    let s2 = s1;
    let r = &s2;
    println!("{} {} {}", x, y, r);
}
