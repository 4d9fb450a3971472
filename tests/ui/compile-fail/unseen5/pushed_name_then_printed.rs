//@ compile-fail
// A String pushed into a Vec is moved there; printing the old variable is a use after move.
fn main() {
    let mut guests = Vec::new();
    let name = String::from("Odile");
    guests.push(name);
    println!("welcome {}", name); //~ ERROR E0382
    println!("{} guests", guests.len());
}
