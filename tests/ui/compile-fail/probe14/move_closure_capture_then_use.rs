//@ compile-fail
// A `move` closure takes the String; the variable is used afterwards.
fn main() {
    let name = String::from("n");
    let greet = move || println!("hi {}", name);
    greet();
    println!("{}", name); //~ ERROR E0382
}
