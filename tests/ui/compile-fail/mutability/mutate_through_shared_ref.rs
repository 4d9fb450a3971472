//@ compile-fail
// A function receiving `&Vec` cannot push into it.
fn add_one(v: &Vec<i32>) {
    v.push(1); //~ ERROR E0596
}

fn main() {
    let mut v = vec![0];
    add_one(&v);
    println!("{:?}", v);
}
