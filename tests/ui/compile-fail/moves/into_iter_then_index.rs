//@ compile-fail
// `into_iter()` consumes the vector; indexing it afterwards uses a moved value.
fn main() {
    let v = vec![String::from("a"), String::from("b")];
    for s in v.into_iter() {
        println!("{}", s);
    }
    println!("{}", v[0]); //~ ERROR E0382
}
