//@ compile-fail
// A `for` loop over a Vec (not `&v`) consumes it.
fn main() {
    let v = vec![String::from("a"), String::from("b")];
    for s in v {
        println!("{}", s);
    }
    println!("{}", v.len()); //~ ERROR E0382
}
