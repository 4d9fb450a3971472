//@ compile-fail
// Returning a reference to a local computed inside the function (E0515)
fn biggest_plus_one(values: &[i32]) -> &i32 {
    let best = values.iter().max().unwrap() + 1;
    &best //~ ERROR E0515
}

fn main() {
    let v = vec![3, 9, 4];
    println!("{}", biggest_plus_one(&v));
}
