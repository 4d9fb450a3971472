//@ compile-fail
// A lazy filter adapter keeps the closure that borrows a local: the adapter outlives the local.
fn main() {
    let v = vec![1, 2, 3];
    let it;
    {
        let limit = 2;
        it = v.iter().filter(|x| **x > limit); //~ ERROR E0597
    }
    println!("{}", it.count());
}
