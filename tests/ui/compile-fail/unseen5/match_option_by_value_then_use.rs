//@ compile-fail
// Matching an Option<String> by value moves the String into the arm's binding.
fn main() {
    let nickname: Option<String> = Some(String::from("Zed"));
    match nickname {
        Some(n) => println!("hello {}", n),
        None => println!("hello stranger"),
    }
    if nickname.is_some() { //~ ERROR E0382
        println!("had a nickname");
    }
}
