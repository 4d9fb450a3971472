//@ compile-fail
// `impl Iterator` capturing a reference used past its owner (E0597).
fn evens(v: &Vec<i32>) -> impl Iterator<Item = &i32> {
    v.iter().filter(|x| *x % 2 == 0)
}
fn main() {
    let it;
    {
        let v = vec![1, 2];
        it = evens(&v); //~ ERROR E0597
    }
    println!("{}", it.count());
}
