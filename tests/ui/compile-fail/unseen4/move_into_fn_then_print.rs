//@ compile-fail
// A String passed by value to a function and then printed: the caller no longer owns it.
fn shout(s: String) -> usize {
    println!("{}!", s.to_uppercase());
    s.len()
}

fn main() {
    let greeting = String::from("hello");
    let n = shout(greeting);
    println!("{} has {} bytes", greeting, n); //~ ERROR E0382
}
