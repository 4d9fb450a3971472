//@ compile-fail
// Moving a String into a function while a reference to it is still used.
fn eat(s: String) {
    println!("ate {}", s);
}

fn main() {
    let s = String::from("cake");
    let r = &s;
    eat(s); //~ ERROR E0505
    println!("{}", r);
}
