// An impl FnMut result bound with mut and called twice; an impl Iterator with Clone in its bound.
fn counter() -> impl FnMut() -> u32 {
    let mut n = 0;
    move || { n += 1; n }
}
fn make() -> impl Iterator<Item = u32> + Clone { vec![1, 2].into_iter() }
fn main() {
    let mut c = counter();
    let it = make();
    let again = it.clone();
    println!("{} {} {} {}", c(), c(), it.count(), again.sum::<u32>());
}
