//@ compile-fail
// A borrow of a local pushed into a vector the caller owns.
fn fill(v: &mut Vec<&i32>) {
    let x = 5;
    v.push(&x); //~ ERROR E0597
}

fn main() {
    let mut v = Vec::new();
    fill(&mut v);
    println!("{}", v.len());
}
