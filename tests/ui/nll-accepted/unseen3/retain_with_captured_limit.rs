// `retain` with a closure reading another local and counting removals in a third.
fn main() {
    let mut temps = vec![12, 35, 7, 40, 22];
    let limit = 30;
    let mut removed = 0;
    temps.retain(|&t| {
        if t > limit {
            removed += 1;
            false
        } else {
            true
        }
    });
    println!("{:?} removed {} limit {}", temps, removed, limit);
}
