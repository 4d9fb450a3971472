// collect() from an exact-size iterator allocates once; from a filter it grows by reallocs.
fn main() {
    let exact: Vec<u64> = (0..1000).collect();
    let filtered: Vec<u64> = (0..1000).filter(|x| x % 3 == 0).collect();
    println!("{} {} {}", exact.len(), filtered.len(), filtered.capacity());
}
