//@ compile-fail
// Filtering a slice into a new Vec and returning a slice of that local Vec.
fn evens(v: &[i32]) -> &[i32] {
    let e: Vec<i32> = v.iter().copied().filter(|x| x % 2 == 0).collect();
    &e[..] //~ ERROR E0515
}

fn main() {
    let data = [1, 2, 3, 4, 6];
    println!("{:?}", evens(&data));
}
