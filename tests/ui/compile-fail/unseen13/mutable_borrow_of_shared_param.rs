//@ compile-fail
// A function taking &String tries to append to it.
fn append(s: &String) {
    s.push_str("!"); //~ ERROR E0596
}

fn main() {
    let mut s = String::from("hi");
    append(&s);
    println!("{}", s);
}
