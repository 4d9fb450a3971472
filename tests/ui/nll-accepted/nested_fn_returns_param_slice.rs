// Returning a sub-slice of a parameter with an explicit lifetime.
fn head<'a>(v: &'a [i32], n: usize) -> &'a [i32] {
    &v[..n]
}

fn main() {
    let v = vec![1, 2, 3];
    let h = head(&v, 2);
    println!("{:?}", h);
}
