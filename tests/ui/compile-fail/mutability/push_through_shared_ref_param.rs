//@ compile-fail
// Pushing through a `&Vec` parameter.
fn add(v: &Vec<i32>) {
    v.push(1); //~ ERROR E0596
}

fn main() {
    let mut v = vec![];
    add(&v);
    println!("{:?}", v);
}
