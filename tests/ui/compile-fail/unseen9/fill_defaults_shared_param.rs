//@ compile-fail
// A helper meant to pad a vector with defaults receives it by shared reference.
fn pad(values: &Vec<i32>, len: usize) {
    while values.len() < len {
        values.push(0); //~ ERROR E0596
    }
}

fn main() {
    let mut v = vec![1, 2];
    pad(&v, 5);
    println!("{:?}", v);
}
