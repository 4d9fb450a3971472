//@ compile-fail
// A match with a by-value binding moves the String out.
fn main() {
    let opt = Some(String::from("x"));
    match opt {
        Some(s) => println!("{}", s),
        None => {}
    }
    println!("{:?}", opt); //~ ERROR E0382
}
