//@ compile-fail
// A String passed by value to a function is used again by the caller (E0382)
fn shout(s: String) -> String {
    s.to_uppercase()
}

fn main() {
    let greeting = String::from("hello");
    let loud = shout(greeting);
    println!("{} -> {}", greeting, loud); //~ ERROR E0382
}
