//@ compile-fail
// References to the `&'static str` items themselves point into the parameter's Vec.
fn refs(v: &Vec<&'static str>) -> Vec<&'static &'static str> {
    v.iter().collect() //~ ERROR lifetime may not live long enough
}

fn main() {
    println!("{:?}", refs(&vec!["a"]));
}
