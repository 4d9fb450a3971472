//@ compile-fail
// A map closure returns a borrow of the local it captures: the collected Vec holds that borrow.
fn main() {
    let v = vec![1, 2, 3];
    let out: Vec<&String>;
    {
        let name = String::from("x");
        out = v.iter().map(|_| &name).collect(); //~ ERROR E0597
    }
    println!("{}", out.len());
}
