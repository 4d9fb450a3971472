//@ compile-fail
// Keeping a reference to a `for` loop's by-value variable.
fn main() {
    let mut last: &String = &String::new();
    let names = vec![String::from("a")];
    for n in names {
        last = &n; //~ ERROR E0597
    }
    println!("{}", last);
}
