// Assigning to a variable after the last use of a borrow of it.
fn main() {
    let mut x = 5;
    let r = &x;
    println!("{}", r);
    x = 6;
    println!("{}", x);
    let mut s = String::from("a");
    let len = &s.len();
    s = String::from("bbb");
    println!("{} {}", len, s);
}
