//@ compile-fail
// Returning a reference into a vector created inside the function.
fn biggest() -> &'static i32 {
    let v = vec![1, 5, 3];
    v.iter().max().unwrap() //~ ERROR E0515
}

fn main() {
    println!("{}", biggest());
}
