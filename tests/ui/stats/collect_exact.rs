// collect() from an exact-size iterator allocates once; from a filter it grows by reallocs.
fn main() {
    let exact: Vec<u64> = (0..1000).collect();
    let filtered: Vec<u64> = (0..1000).filter(|x| x % 3 == 0).collect();
    println!("{} {} {}", exact.len(), filtered.len(), filtered.capacity());
    let sized: Vec<u64> = (0..1000).map(|x| x * 3).collect();
    println!("{} {}", sized.len(), sized.capacity());
    let strings: Vec<String> = (0..3).map(|i| i.to_string()).collect();
    println!("{strings:?}");
}
