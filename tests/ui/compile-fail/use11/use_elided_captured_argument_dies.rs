//@ compile-fail
// `use<'_>` captures the argument's lifetime: the result may not outlive the vector.
fn evens(v: &[i32]) -> impl Iterator<Item = i32> + use<'_> {
    v.iter().copied().filter(|x| x % 2 == 0)
}

fn main() {
    let it;
    {
        let v = vec![1, 2, 3, 4];
        it = evens(&v); //~ ERROR E0597
    }
    println!("{}", it.count());
}
