//@ compile-fail
// a closure returning a reference to a captured-by-reference local that dies before the result is used
fn main() {
    let r: Vec<&String>;
    {
        let label = String::from("k");
        r = (0..2).map(|_| &label).collect(); //~ ERROR E0597
    }
    println!("{:?}", r);
}
