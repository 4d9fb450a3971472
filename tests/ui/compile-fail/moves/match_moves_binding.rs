//@ compile-fail
// Matching by value on an Option<String> moves the String into the arm's binding.
fn main() {
    let opt = Some(String::from("inside"));
    match opt {
        Some(s) => println!("{}", s),
        None => println!("none"),
    }
    println!("{:?}", opt); //~ ERROR E0382
}
