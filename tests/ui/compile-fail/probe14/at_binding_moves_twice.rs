//@ compile-fail
// `s @ Some(_)` binding the whole by value then using the scrutinee.
fn main() {
    let o = Some(String::from("a"));
    if let whole @ Some(_) = o {
        println!("{:?}", whole);
    }
    println!("{:?}", o); //~ ERROR E0382
}
