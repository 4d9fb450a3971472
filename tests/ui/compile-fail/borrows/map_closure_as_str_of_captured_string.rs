//@ compile-fail
// a closure returning `as_str()` of a captured String: the collected items borrow the String
fn main() {
    let r: Vec<&str>;
    {
        let label = String::from("k");
        r = (0..2).map(|_| label.as_str()).collect(); //~ ERROR E0597
    }
    println!("{:?}", r);
}
