//@ compile-fail
// A match arm binding a String by value moves it out of the scrutinee variable.
fn main() {
    let opt = Some(String::from("hi"));
    match opt {
        Some(s) => println!("{}", s),
        None => {}
    }
    println!("{:?}", opt); //~ ERROR E0382
}
