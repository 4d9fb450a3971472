//@ compile-fail
// A closure returning a reference to a captured local that dies first.
fn main() {
    let get;
    {
        let s = String::from("x");
        get = || s.as_str(); //~ ERROR E0597
    }
    println!("{}", get());
}
