// NLL: the shared borrow from `iter().max()` ends after its last use, so the Vec can be cleared.
fn main() {
    let mut temps = vec![12, 19, 7, 23, 15];
    let hottest = temps.iter().max().unwrap();
    println!("hottest: {}", hottest);
    temps.clear();
    temps.push(0);
    println!("{:?}", temps);
}
