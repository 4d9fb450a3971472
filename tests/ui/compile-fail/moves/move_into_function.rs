//@ compile-fail
// Passing a String by value to a function moves it; the caller cannot use it afterwards.
fn take(s: String) -> usize {
    s.len()
}

fn main() {
    let name = String::from("Ferris");
    let n = take(name);
    println!("{} has {} letters", name, n); //~ ERROR E0382
}
