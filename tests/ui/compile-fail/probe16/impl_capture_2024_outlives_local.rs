//@ compile-fail
// Edition 2024: impl Trait captures the argument's lifetime, so the result cannot outlive it (E0597).
fn evens(v: &Vec<u32>) -> impl Iterator<Item = u32> {
    v.iter().copied().filter(|x| x % 2 == 0).collect::<Vec<_>>().into_iter()
}
fn main() {
    let it;
    {
        let v = vec![1, 2, 4];
        it = evens(&v); //~ ERROR E0597
    }
    println!("{}", it.count());
}
