//@ compile-fail
// Returning a slice of a Vec that is local to the function.
fn evens(v: &[i32]) -> &[i32] {
    let out: Vec<i32> = v.iter().copied().filter(|x| x % 2 == 0).collect();
    &out[..] //~ ERROR E0515
}

fn main() {
    println!("{:?}", evens(&[1, 2, 3, 4]));
}
