//@ compile-fail
// A match on an Option<String> moves the String, then the Option is printed.
fn main() {
    let name: Option<String> = Some(String::from("ana"));
    match name {
        Some(n) => println!("{}", n),
        None => println!("nobody"),
    }
    println!("{:?}", name); //~ ERROR E0382
}
