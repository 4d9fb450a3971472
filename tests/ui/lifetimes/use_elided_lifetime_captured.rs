// `use<'_>` captures the elided lifetime: the iterator may borrow its argument.
fn evens(v: &[i32]) -> impl Iterator<Item = &i32> + use<'_> {
    v.iter().filter(|x| **x % 2 == 0)
}

fn main() {
    let v = vec![1, 2, 3, 4];
    let n: Vec<&i32> = evens(&v).collect();
    println!("{:?}", n);
}
