// A binding without `mut` has no W permission: this program is rejected (E0596).
fn main() {
    let s = String::from("a");
    s.push_str("b");
    println!("{}", s);
}
