//@ compile-fail
// Iterating with `&v` yields references; matching a String out of them moves.
fn main() {
    let v = vec![Some(String::from("a")), None];
    for item in &v {
        let inner: Option<String> = *item; //~ ERROR E0507
        println!("{:?}", inner);
    }
}
