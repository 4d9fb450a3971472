//@ compile-fail
// sort_by given a closure returning bool instead of Ordering
fn main() {
    let mut hands = vec![("32T3K", 765), ("T55J5", 684), ("KK677", 28)];
    hands.sort_by(|a, b| a.1 < b.1); //~ ERROR E0308
    println!("{:?}", hands);
}
