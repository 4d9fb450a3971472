//@ compile-fail
// Matching an Option<String> by value moves the String out; the Option is printed afterwards.
fn main() {
    let nickname: Option<String> = Some(String::from("ace"));
    match nickname {
        Some(n) => println!("call me {}", n),
        None => println!("no nickname"),
    }
    println!("{:?}", nickname); //~ ERROR E0382
}
