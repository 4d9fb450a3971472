//@ compile-fail
// `for x in v` consumes the Vec; `v.len()` afterwards.
fn main() {
    let v = vec![String::from("a")];
    for s in v {
        println!("{}", s);
    }
    println!("{}", v.len()); //~ ERROR E0382
}
